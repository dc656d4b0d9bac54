/** DVCQG records → core model. */
import type { Channel, Dossier, Level, OnlineService, Procedure, ProcessingStep } from '@motcua/core';
import { isDossierStatusCode } from '@motcua/core/status';
import { fromCompactVietnamTime } from '../wire-dates.js';
import { badField, date, level, text } from '../wire.js';
import type { DossierRecord, ProcedureRecord, ProcedureSummary } from './wire.js';

const WHAT = 'dvcqg dossier';
const CHANNELS: Record<string, Channel> = { '1': 'in-person', '2': 'online', '3': 'postal' };
const d = (value: string | number | null | undefined, field: string) => date(value, fromCompactVietnamTime, WHAT, field);
/** A number the record really holds, not below zero: null and blank are not 0, -1 is no duration. */
const nonNegative = (value: string | number | null | undefined) => {
  const n = Number(value);
  return text(value) !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
};
const amount = (value: string | number | null | undefined) => {
  const n = Number(String(value ?? '').replace(/[.,\s]/g, ''));
  return Number.isFinite(n) && n >= 0 && text(value) !== undefined ? n : undefined;
};

function step(p: NonNullable<DossierRecord['QuaTrinhXuLy']>[number], i: number): ProcessingStep {
  const name = text(p.NoiDungXuLy) ?? text(p.PhongBanXuLy) ?? 'Xử lý hồ sơ';
  const out: ProcessingStep = { name };
  const department = text(p.PhongBanXuLy);
  if (department) out.department = department;
  const handler = text(p.NguoiXuLy);
  if (handler) out.handler = { name: handler, ...(text(p.ChucDanh) ? { title: text(p.ChucDanh)! } : {}) };
  const startedAt = d(p.NgayBatDau, `QuaTrinhXuLy[${i}].NgayBatDau`);
  const dueAt = d(p.NgayKetThucTheoQuyDinh, `QuaTrinhXuLy[${i}].NgayKetThucTheoQuyDinh`);
  const finishedAt = d(p.ThoiDiemXuLy, `QuaTrinhXuLy[${i}].ThoiDiemXuLy`);
  if (startedAt) out.startedAt = startedAt;
  if (dueAt) out.dueAt = dueAt;
  if (finishedAt) out.finishedAt = finishedAt;
  out.status = finishedAt ? 'done' : 'in-progress';
  return out;
}

export function toDossier(r: DossierRecord): Dossier {
  const status = Number(r.TrangThaiHoSo);
  if (!isDossierStatusCode(status)) throw badField(WHAT, 'TrangThaiHoSo', `not a national status 1–10: ${String(r.TrangThaiHoSo)}`);
  const out: Dossier = {
    code: String(r.MaHoSo).trim(),
    procedure: { code: String(r.MaTTHC).trim(), name: r.TenTTHC.trim() },
    receivedAt: d(r.NgayTiepNhan, 'NgayTiepNhan') ?? (() => { throw badField(WHAT, 'NgayTiepNhan', 'empty'); })(),
    status,
  };
  const sectorCode = text(r.MaLinhVuc);
  const sectorName = text(r.TenLinhVuc);
  if (sectorCode && sectorName) out.sector = { code: sectorCode, name: sectorName };
  const unit = text(r.DonViXuLy);
  if (unit) out.agency = { name: unit };
  const holder = text(r.ChuHoSo);
  if (holder) {
    out.applicant = { name: holder };
    const kind = text(r.LoaiDoiTuong);
    if (kind === '1' || kind === '2') out.applicant.kind = kind === '1' ? 'citizen' : 'business';
    const phone = text(r.SoDienThoai);
    const email = text(r.Email);
    if (phone) out.applicant.phone = phone;
    if (email) out.applicant.email = email;
  }
  const channel = CHANNELS[text(r.KenhThucHien) ?? text(r.HinhThuc) ?? ''];
  if (channel) out.channel = channel;
  const summary = text(r.TrichYeuHoSo);
  if (summary) out.summary = summary;
  const receipt = text(r.SoBienNhan);
  if (receipt) out.receiptNumber = receipt;
  const appointmentAt = d(r.NgayHenTra, 'NgayHenTra');
  const completedAt = d(r.NgayKetThucXuLy, 'NgayKetThucXuLy');
  const returnedAt = d(r.NgayTra, 'NgayTra');
  if (appointmentAt) out.appointmentAt = appointmentAt;
  if (completedAt) out.completedAt = completedAt;
  if (returnedAt) out.returnedAt = returnedAt;
  const note = text(r.GhiChu);
  if (note) out.note = note;
  const key = text(r.MaTraCuu);
  if (key) out.lookupKey = key;
  if (r.QuaTrinhXuLy?.length) out.steps = r.QuaTrinhXuLy.map(step);
  if (r.DanhSachLePhi?.length) {
    out.fees = r.DanhSachLePhi.map((f) => {
      const fee: NonNullable<Dossier['fees']>[number] = { name: String(f.TenPhiLePhi).trim() || 'Phí, lệ phí' };
      const code = text(f.MaPhiLePhi);
      const value = amount(f.Gia);
      if (code) fee.code = code;
      if (value !== undefined) fee.amount = value;
      return fee;
    });
  }
  if (r.DanhSachHoSoBoSung?.length) {
    out.supplementRequests = r.DanhSachHoSoBoSung.map((s, i) => {
      const req: NonNullable<Dossier['supplementRequests']>[number] = { content: String(s.NoiDungBoSung).trim() || 'Bổ sung hồ sơ' };
      const by = text(s.NguoiYeuCauBoSung);
      if (by) req.requestedBy = by;
      const at = d(s.NgayBoSung, `DanhSachHoSoBoSung[${i}].NgayBoSung`);
      const before = d(s.NgayHenTraTruoc, `DanhSachHoSoBoSung[${i}].NgayHenTraTruoc`);
      const after = d(s.NgayHenTraMoi, `DanhSachHoSoBoSung[${i}].NgayHenTraMoi`);
      if (at) req.requestedAt = at;
      if (before) req.previousAppointmentAt = before;
      if (after) req.newAppointmentAt = after;
      return req;
    });
  }
  if (r.DanhSachGiayToKetQua?.length) out.results = r.DanhSachGiayToKetQua.map((g) => ({ name: String(g.TenGiayTo).trim() || 'Giấy tờ kết quả', ...(text(g.MaGiayTo) ? { code: text(g.MaGiayTo)! } : {}) }));
  return out;
}

function levels(value: ProcedureRecord['CAPTHUCHIEN']): Level[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value : String(value).split(/[,;]/);
  const out = items.map((v) => level(typeof v === 'object' ? (v.TENCAP ?? v.MACAP) : v)).filter((l): l is Level => !!l);
  return out.length ? [...new Set(out)] : undefined;
}

/** Since Nghị định 42/2022 "toàn trình"/"một phần"; older systems say mức độ 2/3/4. */
function online(value: string | number | null | undefined): OnlineService | undefined {
  const s = text(value)?.toLowerCase();
  if (!s) return undefined;
  if (s === '4' || s.includes('toàn trình')) return 'full';
  if (s === '3' || s.includes('một phần')) return 'partial';
  if (s === '2' || s === '1') return 'none';
  return undefined;
}

export function toProcedureSummary(r: ProcedureSummary): Procedure {
  const sector = r.LINHVUCTHUCHIEN?.[0] ?? (text(r.MALINHVUC) && text(r.TENLINHVUC) ? { MALINHVUC: r.MALINHVUC!, TENLINHVUC: r.TENLINHVUC! } : undefined);
  if (!sector) throw badField('dvcqg procedure list', 'LINHVUCTHUCHIEN', 'missing sector');
  const out: Procedure = { code: String(r.MATTHC).trim(), name: r.TENTTHC.trim(), sector: { code: String(sector.MALINHVUC), name: String(sector.TENLINHVUC) } };
  const l = levels(r.CAPTHUCHIEN);
  if (l) out.levels = l;
  const o = online(r.MUCDO);
  if (o) out.onlineService = o;
  return out;
}

export function toProcedure(r: ProcedureRecord): Procedure {
  const out = toProcedureSummary(r);
  const time = r.CACHTHUCTHUCHIEN?.flatMap((c) => c.THOIGIAN ?? [])[0];
  if (time) {
    const value = nonNegative(time.THOIGIANGIAIQUYET);
    const unit = text(time.DONVITINH)?.toLowerCase() ?? '';
    out.processingTime = {
      ...(value !== undefined ? { value } : {}),
      unit: unit.includes('làm việc') ? 'working-day' : unit.includes('giờ') ? 'hour' : unit.includes('tháng') ? 'month' : 'day',
      ...(text(time.MOTA) ? { description: text(time.MOTA)! } : {}),
    };
    const fees = (time.PHILEPHI ?? []).map((f) => ({ name: text(f.MOTA) ?? 'Phí, lệ phí', ...(amount(f.SOTIEN) !== undefined ? { amount: amount(f.SOTIEN)! } : {}) }));
    if (fees.length) out.fees = fees;
  }
  const documents = (r.THANHPHANHOSO ?? []).flatMap((group) =>
    (group.GIAYTO ?? []).map((g) => {
      const doc: NonNullable<Procedure['documents']>[number] = { name: String(g.TENGIAYTO).trim() };
      const originals = nonNegative(g.SOBANCHINH);
      const copies = nonNegative(g.SOBANSAO);
      if (Number.isSafeInteger(originals)) doc.originals = originals!;
      if (Number.isSafeInteger(copies)) doc.copies = copies!;
      const form = text(g.TENMAUDON);
      const url = text(g.URL);
      if (form) doc.form = { name: form, ...(url && /^https?:\/\//.test(url) ? { url } : {}) };
      const situation = text(group.TRUONGHOP);
      if (situation) doc.case = situation;
      return doc;
    }),
  ).filter((doc) => doc.name);
  if (documents.length) out.documents = documents;
  const steps = typeof r.TRINHTUTHUCHIEN === 'string' ? [r.TRINHTUTHUCHIEN] : (r.TRINHTUTHUCHIEN ?? []).map((s) => (typeof s === 'string' ? s : (text(s.TRINHTU) ?? text(s.TENBUOC) ?? '')));
  if (steps.filter(Boolean).length) out.steps = steps.filter(Boolean);
  const agency = typeof r.COQUANTHUCHIEN === 'object' && r.COQUANTHUCHIEN ? r.COQUANTHUCHIEN.map((c) => text(c.TENCOQUAN)).filter(Boolean).join('; ') : text(r.COQUANTHUCHIEN as string | undefined);
  if (agency) out.agency = agency;
  const result = typeof r.KETQUATHUCHIEN === 'object' && r.KETQUATHUCHIEN ? r.KETQUATHUCHIEN.map((c) => text(c.TENKETQUA)).filter(Boolean).join('; ') : text(r.KETQUATHUCHIEN as string | undefined);
  if (result) out.result = result;
  const audience = text(r.DOITUONGTHUCHIEN);
  if (audience) out.audience = audience;
  const conditions = text(r.YEUCAU);
  if (conditions) out.conditions = [conditions];
  if (r.CANCUPHAPLY?.length) {
    out.legalBasis = r.CANCUPHAPLY.map((l) => {
      const issued = text(l.NGAYBANHANH);
      const iso = issued ? (/^\d{2}\/\d{2}\/\d{4}$/.test(issued) ? issued.split('/').reverse().join('-') : fromCompactVietnamTime(issued)?.slice(0, 10)) : undefined;
      return {
        title: String(l.TENVANBAN).trim() || 'Văn bản',
        ...(text(l.SOVANBAN) ? { number: text(l.SOVANBAN)! } : {}),
        ...(text(l.COQUANBANHANH) ? { issuer: text(l.COQUANBANHANH)! } : {}),
        ...(iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { issuedOn: iso } : {}),
      };
    });
  }
  return out;
}
