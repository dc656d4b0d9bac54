/**
 * The national portal's (Cổng Dịch vụ công quốc gia) sync format, from the field names in
 * its published records. The envelope — `{ error_code, message, session?, result }` over POST
 * with a `service` name and a session token — is our best reading; see docs/adapters.md.
 */
import * as z from 'zod/mini';
import { looseText, nonBlank, optionalLoose } from '../wire.js';

const optionalList = <T extends z.ZodMiniType>(item: T) => z.optional(z.nullable(z.array(item)));

export const EnvelopeSchema = z.object({
  error_code: looseText,
  message: z.optional(z.nullable(z.string())),
  session: z.optional(z.nullable(z.string())),
  result: z.optional(z.unknown()),
});

export const ProgressSchema = z.object({
  NguoiXuLy: optionalLoose,
  ChucDanh: optionalLoose,
  ThoiDiemXuLy: optionalLoose,
  PhongBanXuLy: optionalLoose,
  NoiDungXuLy: optionalLoose,
  TrangThai: optionalLoose,
  NgayBatDau: optionalLoose,
  NgayKetThucTheoQuyDinh: optionalLoose,
});

export const DossierRecordSchema = z.object({
  MaHoSo: looseText,
  MaTTHC: looseText,
  TenTTHC: nonBlank,
  MaLinhVuc: optionalLoose,
  TenLinhVuc: optionalLoose,
  SoBienNhan: optionalLoose,
  ChuHoSo: optionalLoose,
  LoaiDoiTuong: optionalLoose,
  SoDienThoai: optionalLoose,
  Email: optionalLoose,
  TrichYeuHoSo: optionalLoose,
  NgayTiepNhan: looseText,
  NgayHenTra: optionalLoose,
  TrangThaiHoSo: looseText,
  NgayTra: optionalLoose,
  HinhThuc: optionalLoose,
  KenhThucHien: optionalLoose,
  NgayKetThucXuLy: optionalLoose,
  DonViXuLy: optionalLoose,
  GhiChu: optionalLoose,
  MaTraCuu: optionalLoose,
  DanhSachLePhi: optionalList(z.object({ TenPhiLePhi: looseText, MaPhiLePhi: optionalLoose, HinhThucThu: optionalLoose, Gia: optionalLoose, LoaiPhiLePhi: optionalLoose })),
  DanhSachHoSoBoSung: optionalList(
    z.object({ NguoiYeuCauBoSung: optionalLoose, NoiDungBoSung: looseText, NgayBoSung: optionalLoose, NgayHenTraTruoc: optionalLoose, NgayHenTraMoi: optionalLoose }),
  ),
  DanhSachGiayToKetQua: optionalList(z.object({ TenGiayTo: looseText, MaGiayTo: optionalLoose })),
  QuaTrinhXuLy: optionalList(ProgressSchema),
});

const Sector = z.object({ MALINHVUC: looseText, TENLINHVUC: looseText });

export const ProcedureRecordSchema = z.object({
  MATTHC: looseText,
  TENTTHC: nonBlank,
  CAPTHUCHIEN: z.optional(z.nullable(z.union([looseText, z.array(z.union([looseText, z.object({ MACAP: optionalLoose, TENCAP: optionalLoose })]))]))),
  LINHVUCTHUCHIEN: z.array(Sector).check(z.minLength(1)),
  TRINHTUTHUCHIEN: z.optional(z.nullable(z.union([z.string(), z.array(z.union([z.string(), z.object({ TRINHTU: optionalLoose, TENBUOC: optionalLoose })]))]))),
  CACHTHUCTHUCHIEN: optionalList(
    z.object({
      KENH: optionalLoose,
      THOIGIAN: optionalList(
        z.object({
          THOIGIANGIAIQUYET: optionalLoose,
          DONVITINH: optionalLoose,
          MOTA: optionalLoose,
          PHILEPHI: optionalList(z.object({ SOTIEN: optionalLoose, DONVI: optionalLoose, MOTA: optionalLoose })),
        }),
      ),
    }),
  ),
  THANHPHANHOSO: optionalList(
    z.object({
      TRUONGHOP: optionalLoose,
      GIAYTO: optionalList(z.object({ TENGIAYTO: looseText, TENMAUDON: optionalLoose, SOBANCHINH: optionalLoose, SOBANSAO: optionalLoose, URL: optionalLoose })),
    }),
  ),
  DOITUONGTHUCHIEN: optionalLoose,
  COQUANTHUCHIEN: z.optional(z.nullable(z.union([looseText, z.array(z.object({ TENCOQUAN: optionalLoose }))]))),
  KETQUATHUCHIEN: z.optional(z.nullable(z.union([looseText, z.array(z.object({ TENKETQUA: optionalLoose }))]))),
  CANCUPHAPLY: optionalList(z.object({ SOVANBAN: optionalLoose, TENVANBAN: looseText, NGAYBANHANH: optionalLoose, COQUANBANHANH: optionalLoose })),
  YEUCAU: optionalLoose,
  MUCDO: optionalLoose,
});

export const ProcedureSummarySchema = z.object({
  MATTHC: looseText,
  TENTTHC: nonBlank,
  MALINHVUC: optionalLoose,
  TENLINHVUC: optionalLoose,
  LINHVUCTHUCHIEN: optionalList(Sector),
  CAPTHUCHIEN: ProcedureRecordSchema.shape.CAPTHUCHIEN,
  MUCDO: optionalLoose,
});

export type DossierRecord = z.infer<typeof DossierRecordSchema>;
export type ProcedureRecord = z.infer<typeof ProcedureRecordSchema>;
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;
