/** National-portal records → core model, reading every optional field tolerantly. */
import type { Applicant, Channel, Dossier, Level, Procedure, ProcessingStep } from '@motcua/core';
import { foldVietnamese, isPlaceholderId } from '@motcua/core';
import { DOSSIER_STATUSES, isDossierStatusCode, type DossierStatusCode } from '@motcua/core/status';
import { statusFromWords, UNKNOWN_STATUS } from '../status-from-wording.js';
import { fromCompactVietnamTime, fromDayFirst } from '../wire-dates.js';
import { badField, level, onlineService, softDate, text } from '../wire-reading.js';
import type { DossierRecord, ProcedureRecord, ProcedureSummary } from './wire.js';

const WHAT = 'dvcqg dossier';
/** KenhThucHien: how the dossier was submitted. */
const CHANNELS: Record<string, Channel> = { '1': 'in-person', '2': 'online', '3': 'postal' };
/** HinhThuc: how the result is returned — not the channel (OpenCPS, TH). */
const DELIVERY: Record<string, NonNullable<Dossier['resultDelivery']>> = { '0': 'in-person', '1': 'postal' };
/** LoaiDoiTuong 1–4. */
const KINDS: Record<string, NonNullable<Applicant['kind']>> = { '1': 'citizen', '2': 'business', '3': 'public-body', '4': 'organisation' };
/** A table's own entry for a backend's word: "toString" or "__proto__" must not find Object's (a property test sent one). */
const own = <T>(table: Record<string, T>, word: string | undefined): T | undefined =>
  word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;

/**
 * `yyyyMMddHHmmss` as provinces push it; `dd/MM/yyyy HH:mm:ss` as TH's driving-licence connector
 * reads a look-up record (GPLXService l. 347–349); lists built from .NET DateTime may carry ISO 8601.
 */
const portalDate = (s: string) => fromCompactVietnamTime(s) ?? fromDayFirst(s);

/**
 * The status: the first national code 1–10 in `TrangThaiHoSo` (as pushed) or `MaTrangThai` (GPLX
 * shape); else read from a name in either (reported); a number that is not a national code is refused.
 */
function status(r: DossierRecord, dropped: string[]): { code: DossierStatusCode; label?: string } {
  const present = (['TrangThaiHoSo', 'MaTrangThai'] as const)
    .map((field) => [field, text(r[field])] as const)
    .filter((f): f is readonly [(typeof f)[0], string] => f[1] !== undefined);
  if (!present.length) throw badField(WHAT, 'TrangThaiHoSo', 'neither TrangThaiHoSo nor MaTrangThai');
  const names = present.filter(([, v]) => !/^-?\d+$/.test(v));
  const label = names[0]?.[1];
  const national = present.map(([, v]) => Number(v)).find((n) => /^\d+$/.test(String(n)) && isDossierStatusCode(n));
  // The office's words, where they differ from the national label.
  const own = (code: DossierStatusCode) =>
    label && foldVietnamese(label) !== foldVietnamese(DOSSIER_STATUSES[code].label.vi) ? { label } : {};
  if (national !== undefined && isDossierStatusCode(national)) return { code: national, ...own(national) };
  if (!names.length) throw badField(WHAT, present[0]![0], `not a national status 1–10: ${present.map(([, v]) => v).join(', ')}`);
  const byWords = names.map(([, v]) => statusFromWords(v)).find((c) => c !== undefined);
  const shown = present.map(([f, v]) => `${f} "${v.slice(0, 40)}"`).join(', ');
  dropped.push(
    `${present[0]![0]} (${shown}: no national code; ${byWords ? `read from its name as ${byWords}` : `shown as ${UNKNOWN_STATUS}`})`,
  );
  const code = byWords ?? UNKNOWN_STATUS;
  return { code, ...own(code) };
}

/** A number the record really holds, not below zero: null and blank are not 0, -1 is no duration. */
const nonNegative = (value: string | number | null | undefined) => {
  const n = Number(value);
  return text(value) !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
};

const amount = (value: string | number | null | undefined) => {
  const n = Number(String(value ?? '').replace(/[.,\s]/g, ''));
  return Number.isFinite(n) && n >= 0 && text(value) !== undefined ? n : undefined;
};

type TextOrList = string | number | ReadonlyArray<string | number | Record<string, string | number | null | undefined>> | null | undefined;

/** The names in a field that is a string or a list of strings or objects, joined; `keys` in order of preference. */
function names(value: TextOrList, ...keys: string[]): string | undefined {
  if (!Array.isArray(value)) return text(value as string | number | null | undefined);
  const list = value
    .map((v) => (typeof v === 'object' && v ? keys.map((k) => text(v[k])).find(Boolean) : text(v as string | number)))
    .filter(Boolean);
  return list.length ? [...new Set(list)].join('; ') : undefined;
}

function step(p: NonNullable<DossierRecord['QuaTrinhXuLy']>[number], i: number, dropped: string[]): ProcessingStep {
  const out: ProcessingStep = { name: text(p.NoiDungXuLy) ?? text(p.PhongBanXuLy) ?? 'Xử lý hồ sơ' };
  const department = text(p.PhongBanXuLy);
  if (department) out.department = department;
  const handler = text(p.NguoiXuLy);
  if (handler) out.handler = { name: handler, ...(text(p.ChucDanh) ? { title: text(p.ChucDanh)! } : {}) };
  const at = (value: string | number | null | undefined, field: string) =>
    softDate(value, portalDate, `QuaTrinhXuLy[${i}].${field}`, dropped);
  const startedAt = at(p.NgayBatDau, 'NgayBatDau');
  const dueAt = at(p.NgayKetThucTheoQuyDinh, 'NgayKetThucTheoQuyDinh');
  const finishedAt = at(p.ThoiDiemXuLy, 'ThoiDiemXuLy');
  if (startedAt) out.startedAt = startedAt;
  if (dueAt) out.dueAt = dueAt;
  if (finishedAt) out.finishedAt = finishedAt;
  out.status = finishedAt ? 'done' : 'in-progress';
  return out;
}

export function toDossier(r: DossierRecord, dropped: string[] = []): Dossier {
  const name = text(r.TenTTHC) ?? text(r.TenDVC);
  if (!name) throw badField(WHAT, 'TenTTHC', 'neither TenTTHC nor TenDVC names the procedure');
  const read = status(r, dropped);
  const procedureCode = text(r.MaTTHC) ?? text(r.MaDVC);
  const out: Dossier = {
    code: String(r.MaHoSo).trim(),
    procedure: { ...(procedureCode ? { code: procedureCode } : {}), name },
    status: read.code,
  };
  if (read.label) out.statusLabel = read.label;
  const date = (value: string | number | null | undefined, field: string) => softDate(value, portalDate, field, dropped);
  const receivedAt = date(r.NgayTiepNhan, 'NgayTiepNhan');
  if (receivedAt) out.receivedAt = receivedAt;
  const sectorCode = text(r.MaLinhVuc);
  const sectorName = text(r.TenLinhVuc);
  if (sectorCode && sectorName) out.sector = { code: sectorCode, name: sectorName };
  const unit = text(r.DonViXuLy) ?? text(r.NoiNopHoSo);
  const unitCode = text(r.MaDonViXuLy);
  if (unit) out.agency = { name: unit, ...(unitCode ? { code: unitCode } : {}) };
  // The owner as pushed; the submitter in the GPLX shape.
  const holder = text(r.ChuHoSo) ?? text(r.HoTenNguoiNop);
  if (holder) {
    out.applicant = { name: holder };
    const kind = own(KINDS, text(r.LoaiDoiTuong));
    if (kind) out.applicant.kind = kind;
    else if (text(r.LoaiDoiTuong)) dropped.push('LoaiDoiTuong');
    // The owner's ID as typed at the desk or as pushed in DinhDanhCHS, whichever is a real number
    // (the sync writes "000000001" where it had none: that must open nothing).
    const idNumber = [text(r.SoGiayToChuHoSo), ...(r.DinhDanhCHS ?? []).map((x) => text(x.SoDinhDanh))].find(
      (n) => n && !isPlaceholderId(n),
    );
    if (idNumber) out.applicant.idNumber = idNumber;
    const phone = text(r.SoDienThoai);
    const email = text(r.Email);
    if (phone) out.applicant.phone = phone;
    if (email) out.applicant.email = email;
  }
  const channel = own(CHANNELS, text(r.KenhThucHien));
  if (channel) out.channel = channel;
  const how = text(r.HinhThuc) ?? text(r.HinhThucNhanKQ);
  const delivery = own(DELIVERY, how);
  if (delivery) out.resultDelivery = delivery;
  else if (how) dropped.push(text(r.HinhThuc) ? 'HinhThuc' : 'HinhThucNhanKQ');
  const summary = text(r.TrichYeuHoSo);
  if (summary) out.summary = summary;
  const receipt = text(r.SoBienNhan);
  if (receipt) out.receiptNumber = receipt;
  const appointmentAt = date(r.NgayHenTra, 'NgayHenTra');
  const completedAt = date(r.NgayKetThucXuLy, 'NgayKetThucXuLy');
  const returnedAt = date(r.NgayTra, 'NgayTra');
  if (appointmentAt) out.appointmentAt = appointmentAt;
  if (completedAt) out.completedAt = completedAt;
  if (returnedAt) out.returnedAt = returnedAt;
  const note = text(r.GhiChu);
  if (note) out.note = note;
  const key = text(r.MaTraCuu);
  if (key) out.lookupKey = key;
  if (r.QuaTrinhXuLy?.length) out.steps = r.QuaTrinhXuLy.map((p, i) => step(p, i, dropped));
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
      const at = (value: string | number | null | undefined, field: string) => date(value, `DanhSachHoSoBoSung[${i}].${field}`);
      const when = at(s.NgayBoSung, 'NgayBoSung');
      const before = at(s.NgayHenTraTruoc, 'NgayHenTraTruoc');
      const after = at(s.NgayHenTraMoi, 'NgayHenTraMoi');
      if (when) req.requestedAt = when;
      if (before) req.previousAppointmentAt = before;
      if (after) req.newAppointmentAt = after;
      return req;
    });
  }
  if (r.DanhSachGiayToKetQua?.length) {
    out.results = r.DanhSachGiayToKetQua.map((g) => {
      const code = text(g.MaGiayToKetQua) ?? text(g.MaGiayTo);
      return { name: text(g.TenGiayTo) ?? 'Giấy tờ kết quả', ...(code ? { code } : {}) };
    });
  }
  return out;
}

function levels(value: ProcedureRecord['CAPTHUCHIEN']): Level[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value : String(value).split(/[,;]/);
  const out = items.map((v) => level(typeof v === 'object' ? (v.TENCAP ?? v.MACAP) : v)).filter((l): l is Level => !!l);
  return out.length ? [...new Set(out)] : undefined;
}

/** A list item: OpenCPS reads only MATTHC and TENTTHC from LayDanhSachTTHC, so the rest is optional. */
export function toProcedureSummary(r: ProcedureSummary): Procedure {
  const out: Procedure = { code: String(r.MATTHC).trim(), name: r.TENTTHC.trim() };
  const sector =
    r.LINHVUCTHUCHIEN?.[0] ??
    (text(r.MALINHVUC) && text(r.TENLINHVUC) ? { MALINHVUC: r.MALINHVUC!, TENLINHVUC: r.TENLINHVUC! } : undefined);
  if (sector) out.sector = { code: String(sector.MALINHVUC), name: String(sector.TENLINHVUC) };
  const l = levels(r.CAPTHUCHIEN);
  if (l) out.levels = l;
  const o = onlineService(r.MUCDO);
  if (o) out.onlineService = o;
  return out;
}

/** The steps as OpenCPS reads them (`[{ TRUONGHOP, TRINHTU: [{ TENTRINHTU }] }]`), or older strings. */
function procedureSteps(value: ProcedureRecord['TRINHTUTHUCHIEN']): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  return (value ?? [])
    .flatMap((s) => {
      if (typeof s === 'string') return [s.trim()];
      const inner = Array.isArray(s.TRINHTU)
        ? s.TRINHTU.map((t) => (typeof t === 'object' && t ? text(t.TENTRINHTU) : text(t)))
        : [text(s.TRINHTU as string | number | null | undefined) ?? text(s.TENBUOC)];
      const named = inner.filter((t): t is string => !!t);
      const situation = text(s.TRUONGHOP);
      return situation && named.length ? named.map((t) => `${situation}: ${t}`) : named;
    })
    .filter(Boolean);
}

export function toProcedure(r: ProcedureRecord): Procedure {
  const out = toProcedureSummary(r);
  const ways = r.CACHTHUCTHUCHIEN ?? [];
  const time = ways.flatMap((c) => c.THOIGIAN ?? [])[0];
  if (time) {
    const value = nonNegative(time.THOIGIANGIAIQUYET);
    const unit = text(time.DONVITINH)?.toLowerCase() ?? '';
    out.processingTime = {
      ...(value !== undefined ? { value } : {}),
      unit: unit.includes('làm việc') ? 'working-day' : unit.includes('giờ') ? 'hour' : unit.includes('tháng') ? 'month' : 'day',
      ...(text(time.MOTA) ? { description: text(time.MOTA)! } : {}),
    };
  }
  const feeList = [...(time?.PHILEPHI ?? []), ...ways.flatMap((c) => c.PHILEPHI ?? [])];
  const fees = feeList.map((f) => ({
    name: text(f.MOTA) ?? 'Phí, lệ phí',
    ...(amount(f.SOTIEN) !== undefined ? { amount: amount(f.SOTIEN)! } : {}),
  }));
  if (fees.length) out.fees = fees;
  const documents = (r.THANHPHANHOSO ?? [])
    .flatMap((group) =>
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
    )
    .filter((doc) => doc.name);
  if (documents.length) out.documents = documents;
  const steps = procedureSteps(r.TRINHTUTHUCHIEN);
  if (steps.length) out.steps = steps;
  const agency = names(r.COQUANTHUCHIEN, 'TENDONVI', 'TENCOQUAN');
  if (agency) out.agency = agency;
  const result = names(r.KETQUATHUCHIEN, 'TENKETQUA');
  if (result) out.result = result;
  const audience = names(r.DOITUONGTHUCHIEN, 'TENDOITUONG');
  if (audience) out.audience = audience;
  const conditions = names(r.YEUCAU, 'TENYEUCAU', 'NOIDUNG');
  if (conditions) out.conditions = [conditions];
  if (r.CANCUPHAPLY?.length) {
    out.legalBasis = r.CANCUPHAPLY.map((l) => {
      const issued = text(l.NGAYBANHANH);
      const iso = issued
        ? /^\d{2}\/\d{2}\/\d{4}$/.test(issued)
          ? issued.split('/').reverse().join('-')
          : fromCompactVietnamTime(issued)?.slice(0, 10)
        : undefined;
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
