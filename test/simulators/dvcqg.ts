/**
 * A national-portal (DVCQG) simulator on loopback, speaking the protocol integrators'
 * public code uses (OpenCPS `DVCQGIntegrationActionImpl`, a provincial
 * `SyncLocalDataToDVCQGService`):
 * - login: POST `{ username, password }` to the auth endpoint → `{ error_code: 0, session }`;
 * - POST `{ session, madonvi, service, …params }` to the integration endpoint (`LayThuTuc`
 *   with `maTTHC`, `TraCuuHoSo` with `mahoso`) or the share endpoint (`LayDanhSachTTHC`);
 * - every call carries the `dstcode` header; a session expires (`error_code: -1`).
 * Records: the fields provinces push (`MaHoSo`, `TrangThaiHoSo`, `NgayTiepNhan` as
 * `yyyyMMddHHmmss`, `HinhThuc` as the way the result is returned…); LayThuTuc in the shape
 * OpenCPS reads (`DOITUONGTHUCHIEN: [{ TENDOITUONG }]`, `TRINHTUTHUCHIEN: [{ TRUONGHOP,
 * TRINHTU: [{ TENTRINHTU }] }]`, `COQUANTHUCHIEN: [{ MADONVI, TENDONVI }]`); list items with
 * only `MATTHC` and `TENTTHC`. What TraCuuHoSo sends a provincial account is not public:
 * `traCuuHoSo: 'record'` answers a pushed record, `'exists'` only `[{ MaHoSo }]`.
 *
 * `traCuuHoSo: 'gplx'` answers as the one public client that reads a look-up record shows it
 * (HuanVu201/DichVuCong_KhoaLuan_PASETO, the driving-licence connector:
 * `Infrastructure/KetNoi/BGTVT/GPLXService.cs` l. 270–279, 347–349, 403 and
 * `Core/Application/Common/KetNoi/BGTVT/GPLXParams.cs` l. 105–141): POST `{ session, service:
 * "TraCuuHoSo", donViXuLy, mahoso }` → `{ error_code: "0", data: [{ MaTTHC, MaDVC, TenDVC,
 * MaHoSo, HoTenNguoiNop, MaTrangThai, TrangThaiHoSo, DonViXuLy, MaDonViXuLy, NgayNop,
 * NgayTiepNhan, NgayHenTra, HinhThucNhanKQ }] }`, dates `dd/MM/yyyy HH:mm:ss`, HinhThucNhanKQ
 * "1" by post; the login answers `error_code` as text. Our guesses: `MaTrangThai` holds the
 * national code and `TrangThaiHoSo` its name (both are text there; the client reads neither),
 * and a call without `donViXuLy` is refused.
 *
 * `proxy: true` answers as the provincial data platform TH calls (HuanVu201/DichVuCong_KhoaLuan_PASETO
 * `Core/Application/Catalog/ThuTucApp/Service.cs` l. 30–32, 81–90, 152–157; `Host/appsettings.json`
 * l. 59–62): plain `GET {base}/LayDanhSachTTHCDonVi?maDonVi=H56` and `GET {base}/LayThuTuc?maTTHC=`,
 * with no login, no session and no Authorization header, each answered `{ message: "<JSON as
 * text>" }` whose JSON holds `result` (TH parses `message` and reads `result`, nothing else: no
 * error_code). TH reads only `MATTHC` from the list; we send `TENTTHC` too (a guess). The same
 * proxy for `TraCuuHoSo?mahoso=` is a guess: no public client calls it.
 */
import type { Dossier, Procedure } from '@motcua/core';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer, type SeenRequest } from '../helpers/http-server.js';
import { compactTime, opencpsTime } from './wire-time.js';

/** Where the proxy answers (TH's appsettings: `https://apidvc.thanhhoa.gov.vn/KetNoiMotCuaQuocGia`). */
export const DVCQG_PROXY_BASE = '/KetNoiMotCuaQuocGia';

export const DVCQG_ENDPOINTS = { auth: '/dvcqg/api/auth', integration: '/dvcqg/api/integration', share: '/dvcqg/api/share' } as const;

export interface DvcqgSimulatorOptions {
  dossiers: readonly Dossier[];
  procedures: readonly Procedure[];
  username?: string;
  password?: string;
  dstcode?: string;
  sessionTtlSeconds?: number;
  /** What a lookup answers (default: the pushed record). */
  traCuuHoSo?: 'record' | 'exists' | 'gplx';
  /** Answer as a provincial GET proxy (see above) under DVCQG_PROXY_BASE, besides the portal's POSTs. */
  proxy?: boolean;
  /** The success code this portal version writes (0, "0" or "00"). */
  success?: 0 | '0' | '00';
  override?: (req: SeenRequest, body: Record<string, unknown>) => ScriptedAnswer | undefined;
}

export interface DvcqgSimulator extends ScriptedServer {
  logins(): number;
  expireSessions(): void;
  /** The services called, in order (login as `login`). */
  services(): string[];
  record(code: string): Record<string, unknown> | undefined;
}

const KINDS = { citizen: '1', business: '2', 'public-body': '3', organisation: '4' } as const;
const CHANNEL = { 'in-person': '1', online: '2', postal: '3' } as const;

/** A dossier as a province pushes it (DongBoHoSoMC + CapNhatTienDoHoSoMC); `i` picks variants. */
export function dvcqgDossier(d: Dossier, i: number): Record<string, unknown> {
  // Nested lists built from .NET DateTime arrive as ISO 8601 in some provinces.
  const nested = (iso: string | undefined) => (i % 3 === 0 ? iso : compactTime(iso));
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedure.code,
    TenTTHC: d.procedure.name,
    MaLinhVuc: d.sector?.code,
    TenLinhVuc: d.sector?.name,
    KenhThucHien: d.channel ? CHANNEL[d.channel] : undefined,
    ChuHoSo: d.applicant?.name,
    LoaiDoiTuong: KINDS[d.applicant?.kind ?? 'citizen'],
    SoDienThoai: d.applicant?.phone,
    // As a provincial sync pushes the owner's ID (SyncLocalDataToDVCQGService FormatData): every
    // third record in DinhDanhCHS only, 9 digits as type 2, 12 as type 1; one in seven with none,
    // which that sync sends as "000000001".
    ...(i % 3 === 1
      ? {
          DinhDanhCHS: [
            i % 7 === 1 || !d.applicant?.idNumber
              ? { LoaiDinhDanh: '2', SoDinhDanh: '000000001' }
              : { LoaiDinhDanh: d.applicant.idNumber.length === 9 ? '2' : '1', SoDinhDanh: d.applicant.idNumber },
          ],
        }
      : { SoGiayToChuHoSo: d.applicant?.idNumber }),
    TrichYeuHoSo: d.summary,
    NgayTiepNhan: compactTime(d.receivedAt),
    NgayHenTra: compactTime(d.appointmentAt),
    NgayKetThucXuLy: compactTime(d.completedAt),
    NgayTra: compactTime(d.returnedAt),
    TrangThaiHoSo: String(d.status),
    HinhThuc: i % 4 === 0 ? '1' : '0',
    DonViXuLy: d.agency?.name,
    DanhSachLePhi: (d.fees ?? []).map((f) => ({
      TenPhiLePhi: f.name,
      MaPhiLePhi: f.code,
      Gia: f.amount,
      HinhThucThu: '1',
      LoaiPhiLePhi: '1',
    })),
    DanhSachHoSoBoSung: (d.supplementRequests ?? []).map((s) => ({
      NguoiYeuCauBoSung: s.requestedBy,
      NoiDungBoSung: s.content,
      NgayBoSung: nested(s.requestedAt),
      NgayHenTraTruoc: nested(s.previousAppointmentAt),
      NgayHenTraMoi: nested(s.newAppointmentAt),
    })),
    DanhSachGiayToKetQua: (d.results ?? []).map((r, n) => ({ TenGiayTo: r.name, MaGiayToKetQua: r.code ?? `KQ${n + 1}` })),
    QuaTrinhXuLy: (d.steps ?? [])
      .filter((s) => s.status !== 'pending')
      .map((s) => ({
        NguoiXuLy: s.handler?.name,
        ChucDanh: s.handler?.title,
        PhongBanXuLy: s.department,
        NoiDungXuLy: s.name,
        NgayBatDau: nested(s.startedAt),
        ThoiDiemXuLy: nested(s.finishedAt),
        NgayKetThucTheoQuyDinh: nested(s.dueAt),
      })),
  };
}

const NAMES: Record<number, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** A look-up record as TH's driving-licence connector reads it (GPLXParams.HoSoGPLXChiTiet). */
export function gplxDossier(d: Dossier, i: number): Record<string, unknown> {
  return {
    MaTTHC: d.procedure.code,
    MaDVC: d.procedure.code,
    TenDVC: d.procedure.name,
    MaHoSo: d.code,
    HoTenNguoiNop: d.applicant?.name,
    MaTrangThai: String(d.status),
    TrangThaiHoSo: NAMES[d.status],
    DonViXuLy: d.agency?.name,
    MaDonViXuLy: d.agency?.code,
    NgayNop: opencpsTime(d.receivedAt),
    NgayTiepNhan: opencpsTime(d.receivedAt),
    NgayHenTra: opencpsTime(d.appointmentAt),
    HinhThucNhanKQ: i % 4 === 0 ? '1' : '0',
  };
}

const LEVEL = {
  province: { MACAP: '1', TENCAP: 'Cấp Tỉnh' },
  district: { MACAP: '2', TENCAP: 'Cấp Huyện' },
  commune: { MACAP: '3', TENCAP: 'Cấp Xã' },
} as const;
const UNIT = { 'working-day': 'Ngày làm việc', day: 'Ngày', hour: 'Giờ', month: 'Tháng' } as const;

/** A LayThuTuc record in the shape OpenCPS reads. */
export function dvcqgProcedure(p: Procedure): Record<string, unknown> {
  return {
    MATTHC: p.code,
    TENTTHC: p.name,
    MACOQUANCONGBO: 'H42',
    TRANGTHAI: 1,
    CAPTHUCHIEN: (p.levels ?? []).map((l) => LEVEL[l]),
    MUCDO: p.onlineService === 'full' ? 'Toàn trình' : p.onlineService === 'partial' ? 'Một phần' : '2',
    LINHVUCTHUCHIEN: p.sector ? [{ MALINHVUC: p.sector.code, TENLINHVUC: p.sector.name }] : [],
    DOITUONGTHUCHIEN: [{ TENDOITUONG: 'Công dân Việt Nam' }, { TENDOITUONG: 'Người nước ngoài' }],
    TRINHTUTHUCHIEN: [{ TRUONGHOP: '', TRINHTU: (p.steps ?? []).map((s) => ({ TENTRINHTU: s })) }],
    COQUANTHUCHIEN: p.agency ? [{ MADONVI: 'H42', TENDONVI: p.agency }] : [],
    KETQUATHUCHIEN: [{ MAKETQUA: 'KQ1', TENKETQUA: p.result ?? 'Văn bản giải quyết' }],
    CANCUPHAPLY: (p.legalBasis ?? []).map((l) => ({
      SOVANBAN: l.number,
      TENVANBAN: l.title,
      NGAYBANHANH: l.issuedOn?.split('-').reverse().join('/'),
      COQUANBANHANH: l.issuer,
    })),
    THANHPHANHOSO: [
      {
        TRUONGHOP: 'Trường hợp chung',
        GIAYTO: (p.documents ?? []).map((g) => ({
          TENGIAYTO: g.name,
          SOBANCHINH: g.originals,
          SOBANSAO: g.copies,
          TENMAUDON: g.form?.name,
          URL: g.form?.url,
        })),
      },
    ],
    CACHTHUCTHUCHIEN: [
      {
        KENH: '1',
        THOIGIAN: p.processingTime
          ? [
              {
                THOIGIANGIAIQUYET: p.processingTime.value,
                DONVITINH: UNIT[p.processingTime.unit ?? 'day'],
                MOTA: p.processingTime.description,
                PHILEPHI: (p.fees ?? []).map((f) => ({ SOTIEN: f.amount, DONVI: 'Đồng', MOTA: f.name })),
              },
            ]
          : [],
      },
    ],
  };
}

/** A provincial proxy's GET answer: `{ message: "<JSON as text>" }` (TH ThuTucApp/Service.cs). */
function proxyAnswer(
  req: SeenRequest,
  records: Record<string, unknown>[],
  procedures: Map<string, Record<string, unknown>>,
): ScriptedAnswer {
  if (req.method !== 'GET')
    return { status: 405, body: { message: "The requested resource does not support http method '" + req.method + "'." } };
  const wrapped = (inner: unknown) => ({ body: { message: JSON.stringify(inner) } });
  const service = req.path.slice(DVCQG_PROXY_BASE.length + 1);
  if (service === 'LayDanhSachTTHCDonVi') {
    if (!req.query.get('maDonVi')) return wrapped({ result: [] });
    return wrapped({ result: [...procedures.values()].map((p) => ({ MATTHC: p.MATTHC, TENTTHC: p.TENTTHC })) });
  }
  if (service === 'LayThuTuc') {
    const p = procedures.get(req.query.get('maTTHC') ?? '');
    return wrapped({ result: p ? [p] : [] });
  }
  if (service === 'TraCuuHoSo') {
    const record = records.find((r) => r.MaHoSo === (req.query.get('mahoso') ?? '').toUpperCase());
    return wrapped({ result: record ? [record] : [] });
  }
  return { status: 404, body: { message: `No HTTP resource was found that matches the request URI '${req.path}'.` } };
}

export async function startDvcqgSimulator(options: DvcqgSimulatorOptions): Promise<DvcqgSimulator> {
  const username = options.username ?? 'hatinh.motcua';
  const password = options.password ?? 'dvcqg-secret';
  const dstcode = options.dstcode ?? 'H42';
  const ttl = options.sessionTtlSeconds ?? 1800;
  const success = options.success ?? 0;
  const sessions = new Map<string, number>();
  let logins = 0;
  const called: string[] = [];
  const records = options.dossiers.map((d, i) => dvcqgDossier(d, i));
  const procedures = new Map(options.procedures.map((p) => [p.code, dvcqgProcedure(p)]));

  const server = await scriptedServer((req) => {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body || '{}') as Record<string, unknown>;
    } catch {
      return { status: 400, body: { error_code: '400', message: 'Dữ liệu không hợp lệ' } };
    }
    const special = options.override?.(req, body);
    if (special) return special;
    if (options.proxy && req.path.startsWith(`${DVCQG_PROXY_BASE}/`)) return proxyAnswer(req, records, procedures);
    if (req.method !== 'POST') return { status: 405, body: { error_code: '405', message: 'Method not allowed' } };
    if (req.headers.dstcode !== dstcode) return { body: { error_code: '-2', message: 'dstcode không hợp lệ' } };
    if (req.path === DVCQG_ENDPOINTS.auth) {
      called.push('login');
      if (body.username !== username || body.password !== password)
        return { body: { error_code: 1, message: 'Tài khoản hoặc mật khẩu không đúng' } };
      const session = `S${++logins}-${Math.random().toString(36).slice(2, 10)}`;
      sessions.set(session, Date.now() + ttl * 1000);
      return { body: { error_code: options.traCuuHoSo === 'gplx' ? String(success) : success, session } };
    }
    const service = String(body.service ?? '');
    called.push(service);
    if (!((sessions.get(String(body.session)) ?? 0) > Date.now())) return { body: { error_code: -1, message: 'Phiên làm việc hết hạn' } };
    if (req.path === DVCQG_ENDPOINTS.integration && service === 'TraCuuHoSo') {
      const code = String(body.mahoso ?? '').toUpperCase();
      if (options.traCuuHoSo === 'gplx') {
        if (!body.donViXuLy) return { body: { error_code: '1', message: 'Thiếu mã đơn vị xử lý (donViXuLy)' } };
        const i = options.dossiers.findIndex((d) => d.code === code);
        return { body: { error_code: '0', data: i < 0 ? [] : [gplxDossier(options.dossiers[i]!, i)] } };
      }
      const record = records.find((r) => r.MaHoSo === code);
      if (!record) return { body: { error_code: success, result: [] } };
      return { body: { error_code: success, result: options.traCuuHoSo === 'exists' ? [{ MaHoSo: record.MaHoSo }] : [record] } };
    }
    if (req.path === DVCQG_ENDPOINTS.integration && service === 'LayThuTuc') {
      const p = procedures.get(String(body.maTTHC ?? ''));
      return { body: { error_code: success, result: p ? [p] : [] } };
    }
    if (req.path === DVCQG_ENDPOINTS.share && service === 'LayDanhSachTTHC') {
      return { body: { error_code: success, result: [...procedures.values()].map((p) => ({ MATTHC: p.MATTHC, TENTTHC: p.TENTTHC })) } };
    }
    return { body: { error_code: '99', message: `Dịch vụ ${service} không có tại ${req.path}` } };
  });
  return {
    ...server,
    logins: () => logins,
    expireSessions: () => sessions.clear(),
    services: () => [...called],
    record: (code) => records.find((r) => r.MaHoSo === code),
  };
}
