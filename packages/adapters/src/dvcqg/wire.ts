/**
 * The national portal's (Cổng Dịch vụ công quốc gia) sync format, from the field names that
 * integrators' public code sends and reads (OpenCPS DVCQGIntegrationActionImpl, a provincial
 * SyncLocalDataToDVCQGService; docs/adapters.md). The envelope is `{ error_code, message,
 * session?, result }` (OpenCPS) or `{ error_code, data }` (TH's GPLXService); `error_code` is
 * 0 or "0" on success ("00" is read as 0, as OpenCPS's getInt would).
 *
 * A look-up record comes in two shapes: the fields provinces push (`TenTTHC`, `TrangThaiHoSo`
 * 1–10, `ChuHoSo`, `HinhThuc`, dates `yyyyMMddHHmmss`) and the one TH's driving-licence
 * connector reads (`TenDVC`, `MaTrangThai` with `TrangThaiHoSo` as text, `HoTenNguoiNop`,
 * `MaDonViXuLy`, `NgayNop`, `HinhThucNhanKQ`, dates `dd/MM/yyyy HH:mm:ss`).
 */
import * as z from 'zod/mini';
import { looseText, nonBlank, optionalLoose } from '../wire-reading.js';

const optionalList = <T extends z.ZodMiniType>(item: T) => z.optional(z.nullable(z.array(item)));

export const EnvelopeSchema = z.object({
  error_code: looseText,
  message: z.optional(z.nullable(z.string())),
  session: z.optional(z.nullable(z.string())),
  /** The records as OpenCPS reads them. */
  result: z.optional(z.unknown()),
  /** The records as TH's driving-licence connector reads them (GPLXParams.DataGPLXChiTiet). */
  data: z.optional(z.unknown()),
});

/** A provincial proxy's answer once unwrapped from `{ message }`: TH reads only `result`; error_code may be absent. */
export const ProxyEnvelopeSchema = z.object({
  error_code: optionalLoose,
  message: z.optional(z.nullable(z.string())),
  result: z.optional(z.unknown()),
  data: z.optional(z.unknown()),
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
  MaTTHC: optionalLoose,
  /** The procedure's name; `TenDVC` in the GPLX shape. One of the two is required (map.ts). */
  TenTTHC: optionalLoose,
  TenDVC: optionalLoose,
  MaDVC: optionalLoose,
  MaLinhVuc: optionalLoose,
  TenLinhVuc: optionalLoose,
  SoBienNhan: optionalLoose,
  ChuHoSo: optionalLoose,
  /** The owner's ID document number (newer pushes). */
  SoGiayToChuHoSo: optionalLoose,
  /**
   * The owner's identifiers as a provincial sync pushes them (SyncLocalDataToDVCQGService
   * FormatData): LoaiDinhDanh "1" a 12-digit ID, "2" a 9-digit one — or "000000001" where the
   * owner's number is missing or malformed.
   */
  DinhDanhCHS: optionalList(z.object({ LoaiDinhDanh: optionalLoose, SoDinhDanh: optionalLoose })),
  LoaiDoiTuong: optionalLoose,
  SoDienThoai: optionalLoose,
  Email: optionalLoose,
  TrichYeuHoSo: optionalLoose,
  NgayTiepNhan: optionalLoose,
  NgayHenTra: optionalLoose,
  /** 1–10 as pushed; in the GPLX shape text beside `MaTrangThai`. One of the two is required (map.ts). */
  TrangThaiHoSo: optionalLoose,
  MaTrangThai: optionalLoose,
  /** The submitter (GPLX shape), read when there is no `ChuHoSo`. */
  HoTenNguoiNop: optionalLoose,
  MaDonViXuLy: optionalLoose,
  NgayNop: optionalLoose,
  /** How the result is returned in the GPLX shape: "1" by post (GPLXService l. 403). */
  HinhThucNhanKQ: optionalLoose,
  NgayTra: optionalLoose,
  HinhThuc: optionalLoose,
  KenhThucHien: optionalLoose,
  NgayKetThucXuLy: optionalLoose,
  DonViXuLy: optionalLoose,
  NoiNopHoSo: optionalLoose,
  GhiChu: optionalLoose,
  MaTraCuu: optionalLoose,
  DanhSachLePhi: optionalList(
    z.object({
      TenPhiLePhi: looseText,
      MaPhiLePhi: optionalLoose,
      HinhThucThu: optionalLoose,
      Gia: optionalLoose,
      LoaiPhiLePhi: optionalLoose,
    }),
  ),
  DanhSachHoSoBoSung: optionalList(
    z.object({
      NguoiYeuCauBoSung: optionalLoose,
      NoiDungBoSung: looseText,
      NgayBoSung: optionalLoose,
      NgayHenTraTruoc: optionalLoose,
      NgayHenTraMoi: optionalLoose,
    }),
  ),
  /** Items carry `MaGiayToKetQua` (OpenCPS, TH); older records `MaGiayTo`. */
  DanhSachGiayToKetQua: optionalList(z.object({ TenGiayTo: optionalLoose, MaGiayToKetQua: optionalLoose, MaGiayTo: optionalLoose })),
  QuaTrinhXuLy: optionalList(ProgressSchema),
});

const Sector = z.object({ MALINHVUC: looseText, TENLINHVUC: looseText });
const Fee = z.object({ SOTIEN: optionalLoose, DONVI: optionalLoose, MOTA: optionalLoose });
/** A string, or a list of objects whose name is under one of `keys`: both forms are seen. */
const textOrList = (...keys: string[]) =>
  z.optional(
    z.nullable(z.union([looseText, z.array(z.union([looseText, z.object(Object.fromEntries(keys.map((k) => [k, optionalLoose])))]))])),
  );

export const ProcedureRecordSchema = z.object({
  MATTHC: looseText,
  TENTTHC: nonBlank,
  CAPTHUCHIEN: z.optional(
    z.nullable(z.union([looseText, z.array(z.union([looseText, z.object({ MACAP: optionalLoose, TENCAP: optionalLoose })]))])),
  ),
  LINHVUCTHUCHIEN: optionalList(Sector),
  /** `[{ TRUONGHOP, TRINHTU: [{ TENTRINHTU }] }]` as OpenCPS reads it; older: strings or `{ TRINHTU: "…" }`. */
  TRINHTUTHUCHIEN: z.optional(
    z.nullable(
      z.union([
        z.string(),
        z.array(
          z.union([
            z.string(),
            z.object({
              TRUONGHOP: optionalLoose,
              TRINHTU: z.optional(z.nullable(z.union([looseText, z.array(z.union([looseText, z.object({ TENTRINHTU: optionalLoose })]))]))),
              TENBUOC: optionalLoose,
            }),
          ]),
        ),
      ]),
    ),
  ),
  CACHTHUCTHUCHIEN: optionalList(
    z.object({
      KENH: optionalLoose,
      THOIGIAN: optionalList(
        z.object({
          THOIGIANGIAIQUYET: optionalLoose,
          DONVITINH: optionalLoose,
          MOTA: optionalLoose,
          PHILEPHI: optionalList(Fee),
        }),
      ),
      PHILEPHI: optionalList(Fee),
    }),
  ),
  THANHPHANHOSO: optionalList(
    z.object({
      TRUONGHOP: optionalLoose,
      GIAYTO: optionalList(
        z.object({
          TENGIAYTO: looseText,
          TENMAUDON: optionalLoose,
          SOBANCHINH: optionalLoose,
          SOBANSAO: optionalLoose,
          URL: optionalLoose,
        }),
      ),
    }),
  ),
  /** `[{ TENDOITUONG }]` as OpenCPS reads it, or a string. */
  DOITUONGTHUCHIEN: textOrList('TENDOITUONG'),
  /** `[{ MADONVI, TENDONVI }]` as OpenCPS reads it; `TENCOQUAN` elsewhere. */
  COQUANTHUCHIEN: textOrList('MADONVI', 'TENDONVI', 'TENCOQUAN'),
  KETQUATHUCHIEN: textOrList('MAKETQUA', 'TENKETQUA'),
  MACOQUANCONGBO: optionalLoose,
  /** 1 = published. */
  TRANGTHAI: optionalLoose,
  CANCUPHAPLY: optionalList(
    z.object({ SOVANBAN: optionalLoose, TENVANBAN: looseText, NGAYBANHANH: optionalLoose, COQUANBANHANH: optionalLoose }),
  ),
  YEUCAU: textOrList('TENYEUCAU', 'NOIDUNG'),
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
