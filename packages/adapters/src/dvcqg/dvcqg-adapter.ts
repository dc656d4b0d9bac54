/**
 * The national public service portal (Cổng Dịch vụ công quốc gia) as integrators' public
 * code calls it: a login to its own auth endpoint (`{ username, password }` → `session`),
 * then POSTs to an integration endpoint (`LayThuTuc`, `TraCuuHoSo`) and a share endpoint
 * (`LayDanhSachTTHC`), each with the `dstcode` header. Server-side only: it holds the
 * portal account. With `method: 'get'` it calls a provincial proxy of the portal instead, as
 * TH does (`GET {url}/LayThuTuc?maTTHC=`, `LayDanhSachTTHCDonVi?maDonVi=`, no login, answers
 * wrapped in `{ message: "<JSON as text>" }`).
 *
 * What TraCuuHoSo returns to a provincial account is not shown by any public source:
 * OpenCPS uses it to ask whether a dossier exists. A record with a status is read; an answer
 * that only confirms the dossier exists is a clear `unsupported` (docs/adapters.md).
 */
import { MotcuaError, parseResponse, type Adapter, type SharedStore } from '@motcua/core';
import { array, unknown } from 'zod/mini';
import { createCatalogue } from '../catalogue.js';
import { createHttp } from '../http.js';
import { sharedValue } from '../shared-value.js';
import { readDossier, readRecords, text, type DroppedFields, type SkippedRecords } from '../wire-reading.js';
import { toDossier, toProcedure, toProcedureSummary } from './map.js';
import { DossierRecordSchema, EnvelopeSchema, ProcedureRecordSchema, ProcedureSummarySchema, ProxyEnvelopeSchema } from './wire.js';

export interface DvcqgEndpoints {
  /** The login path, added to `url` (OpenCPS: `auth_endpoint`). */
  auth: string;
  /** LayThuTuc, TraCuuHoSo (OpenCPS: `integration_endpoint`). */
  integration: string;
  /** LayDanhSachTTHC and the other lists (OpenCPS: `share_endpoint`). */
  share: string;
}

export interface DvcqgServices {
  /** A dossier by its code (default `TraCuuHoSo`). */
  dossier: string;
  /** A procedure by its code (default `LayThuTuc`). */
  procedure: string;
  /** The procedure list (default `LayDanhSachTTHC`; TH's provincial proxy: `LayDanhSachTTHCDonVi`). */
  list: string;
}

export interface DvcqgAdapterOptions {
  /**
   * The portal's adapter URL, which the endpoints are added to (OpenCPS: `adapter_url`); with
   * `method: 'get'`, the proxy's base, which the service names are added to
   * (TH: `https://apidvc.thanhhoa.gov.vn/KetNoiMotCuaQuocGia`).
   */
  url: string;
  /**
   * `post` (default): the portal as OpenCPS calls it — a login, then POST `{ session, madonvi,
   * service, … }`. `get`: a provincial proxy as TH calls it — `GET {url}/{service}?{param}=…`,
   * no login, no session, no Authorization header; the unit only on the list call.
   */
  method?: 'post' | 'get';
  /** The three paths the province was given (required with `post`); no public source shows their values. */
  endpoints?: DvcqgEndpoints;
  /** The portal account (required with `post`). */
  username?: string;
  password?: string;
  /** Service names, for proxies that rename them. */
  services?: Partial<DvcqgServices>;
  /** Sent as the `dstcode` header on every call, as OpenCPS does. */
  dstcode?: string;
  /**
   * The province's or agency's unit code: with `post` sent with each call (as `madonvi` unless
   * `params.agencyCode` says otherwise); with `get` on the list call only (as `maDonVi`).
   */
  agencyCode?: string;
  /**
   * Parameter names, for services that differ: defaults `mahoso`, `maTTHC` and `madonvi` (`maDonVi`
   * with `get`), as OpenCPS and TH send them; TH's driving-licence connector sends the unit as `donViXuLy`.
   */
  params?: { dossierCode?: string; procedureCode?: string; agencyCode?: string };
  /**
   * How long a session is reused before a new login, in minutes (default 10, as OpenCPS keeps the
   * portal's session: AccessTokenLocalServiceImpl.addAccessToken; a refused one is replaced at once).
   */
  sessionMinutes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Catalogue records that could not be read are skipped and reported here (default: a console warning). */
  onSkippedRecords?: (report: SkippedRecords) => void;
  /** Fields of a dossier that could not be read, left out of the answer (default: a console warning). */
  onDroppedFields?: (report: DroppedFields) => void;
}

/** Success: 0 (OpenCPS compares getInt("error_code") == 0), "0" (TH compares the text); "00" reads as 0 to OpenCPS's getInt. */
const ok = (code: string) => /^0+$/.test(code);
/** error_code for an expired or unknown session (a guess: -1 or 401); any refusal gets one new login. */
const SESSION_ERRORS = new Set(['-1', '401', '403']);

/**
 * A provincial proxy's answer: `{ message: "<the JSON as text>" }` (TH ThuTucApp/Service.cs) is
 * unwrapped; an answer with its own `error_code` is kept as it is.
 */
function unwrapMessage(raw: unknown, label: string): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || 'error_code' in raw) return raw;
  const { message } = raw as { message?: unknown };
  if (typeof message !== 'string') return raw;
  const inner = message.trim();
  if (!/^[[{]/.test(inner))
    throw new MotcuaError('bad-response', `${label}: the proxy's message is not JSON: ${inner.slice(0, 120)}`, { field: 'message' });
  try {
    const parsed = JSON.parse(inner) as unknown;
    return Array.isArray(parsed) ? { result: parsed } : parsed;
  } catch (error) {
    throw new MotcuaError('bad-response', `${label}: the proxy's message is not JSON: ${inner.slice(0, 120)}`, {
      field: 'message',
      cause: error,
    });
  }
}

export function dvcqgAdapter(options: DvcqgAdapterOptions): Adapter {
  const viaGet = options?.method === 'get';
  const { endpoints } = options ?? {};
  if (!viaGet && (!endpoints?.auth || !endpoints.integration || !endpoints.share)) {
    throw new TypeError(
      'dvcqgAdapter: endpoints { auth, integration, share } are required — the paths the province was given for the national portal (or method: "get" for a provincial proxy).',
    );
  }
  if (!viaGet && (!options.username || !options.password))
    throw new TypeError('dvcqgAdapter: username and password are required — the portal account (or method: "get" for a provincial proxy).');
  const base = options.url.replace(/\/+$/, '');
  const at = (path: string) => `${base}/${path.replace(/^\/+/, '')}`;
  const param = { dossierCode: 'mahoso', procedureCode: 'maTTHC', agencyCode: viaGet ? 'maDonVi' : 'madonvi', ...options.params };
  const services: DvcqgServices = { dossier: 'TraCuuHoSo', procedure: 'LayThuTuc', list: 'LayDanhSachTTHC', ...options.services };
  // These services only read, so retrying their POSTs is safe.
  const http = createHttp({
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: 2,
    headers: options.dstcode ? { dstcode: options.dstcode } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  let store: SharedStore | undefined;

  async function post(url: string, body: Record<string, unknown>, label: string, signal?: AbortSignal) {
    const raw = await http.json(url, `dvcqg ${label}`, { method: 'POST', json: body, signal });
    return parseResponse(EnvelopeSchema, raw, `dvcqg ${label}`);
  }

  /** One session for every caller (and every gateway instance); a refused one is dropped for all. */
  const session = sharedValue<string>({
    key: `dvcqg:session:${base}:${options.username}`,
    store: () => store,
    async fetch() {
      const auth = at(endpoints!.auth);
      const answer = await post(auth, { username: options.username, password: options.password }, 'login');
      if (!ok(String(answer.error_code)) || !answer.session) {
        throw new MotcuaError(
          'unauthorized',
          `dvcqg login refused by ${auth}: ${answer.message ?? `error_code ${answer.error_code}`} — check username and password`,
        );
      }
      return { value: answer.session, ttlMs: (options.sessionMinutes ?? 10) * 60_000 };
    },
  });

  /** A service through a provincial proxy: GET, parameters in the query, records in `result` (or `data`). */
  async function getService(service: string, params: Record<string, string>, signal?: AbortSignal): Promise<unknown> {
    const label = `dvcqg ${service}`;
    const raw = await http.json(at(service), label, { searchParams: params, signal });
    const answer = parseResponse(ProxyEnvelopeSchema, unwrapMessage(raw, label), label);
    const code = text(answer.error_code);
    // TH reads `result` and nothing else: an answer without error_code is not a refusal.
    if (code !== undefined && !ok(code)) throw new MotcuaError('server', `${label}: error_code ${code} ${answer.message ?? ''}`.trim());
    const records = answer.result ?? answer.data;
    if (records === undefined)
      throw new MotcuaError(
        'bad-response',
        `${label}: the answer holds neither result nor data (${JSON.stringify(answer).slice(0, 120)})`,
        { field: 'result' },
      );
    return records ?? [];
  }

  /** Calls a service: through a proxy with GET, or with the session (logging in again once if it was refused). */
  async function callService(
    endpoint: keyof DvcqgEndpoints,
    service: string,
    params: Record<string, string>,
    signal?: AbortSignal,
    retried = false,
  ): Promise<unknown> {
    if (viaGet) {
      // TH sends the unit only with the list (LayDanhSachTTHCDonVi?maDonVi=).
      const unit = service === services.list && options.agencyCode ? { [param.agencyCode]: options.agencyCode } : {};
      return getService(service, { ...unit, ...params }, signal);
    }
    const token = await session.get();
    const answer = await post(
      at(endpoints![endpoint]),
      { session: token, ...(options.agencyCode ? { [param.agencyCode]: options.agencyCode } : {}), service, ...params },
      service,
      signal,
    );
    const code = String(answer.error_code);
    // Records under `result` (OpenCPS) or `data` (TH's GPLXService).
    if (ok(code)) return answer.result ?? answer.data ?? [];
    if (SESSION_ERRORS.has(code) && !retried) {
      await session.drop(token);
      return callService(endpoint, service, params, signal, true);
    }
    throw new MotcuaError(
      SESSION_ERRORS.has(code) ? 'unauthorized' : 'server',
      `dvcqg ${service}: error_code ${code} ${answer.message ?? ''}`.trim(),
    );
  }

  async function loadCatalogue() {
    const list = await callService('share', services.list, {});
    return {
      procedures: readRecords(list, ProcedureSummarySchema, toProcedureSummary, {
        label: `dvcqg ${services.list}`,
        path: 'result',
        onSkipped: options.onSkippedRecords,
      }),
    };
  }
  const catalogue = createCatalogue(loadCatalogue, {}, { key: `dvcqg:catalogue:${base}`, store: () => store });

  return {
    name: 'dvcqg',
    // Its records carry no receipt key: the applicant's ID number (SoGiayToChuHoSo / DinhDanhCHS) opens the details.
    keyKind: 'id-number',
    async lookupDossier(code, { signal }) {
      const result = await callService('integration', services.dossier, { [param.dossierCode]: code }, signal);
      const items = Array.isArray(result) ? result : result && typeof result === 'object' ? [result] : [];
      const records = items.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item));
      if (items.length && !records.length)
        throw new MotcuaError('bad-response', `dvcqg TraCuuHoSo: the answer holds no record (${JSON.stringify(result).slice(0, 120)})`, {
          field: 'result',
        });
      const match = records.find((item) => text(item.MaHoSo as string)?.toUpperCase() === code);
      // The portal says the dossier exists but not where it stands: say so, rather than invent a status.
      if (
        result === true ||
        (match && ['TrangThaiHoSo', 'MaTrangThai', 'TenTTHC', 'TenDVC'].every((field) => match[field] === undefined))
      ) {
        throw new MotcuaError(
          'unsupported',
          `dvcqg TraCuuHoSo confirms ${code} exists but sends no status (${JSON.stringify(result).slice(0, 120)})`,
          {
            messages: {
              vi: `Hồ sơ ${code} có trên Cổng Dịch vụ công quốc gia, nhưng cổng không cho biết tình trạng xử lý. Vui lòng tra cứu tại hệ thống một cửa của tỉnh hoặc hỏi nơi đã nhận hồ sơ.`,
              en: `Dossier ${code} is on the national portal, which does not say where it stands. Please look it up in the province's one-door system or ask the office that received it.`,
            },
          },
        );
      }
      // One record without a code is read as the answer (and fails on what it lacks).
      const record = match ?? (records.length === 1 && !text(records[0]!.MaHoSo as string) ? records[0] : undefined);
      if (!record) throw new MotcuaError('not-found', `dvcqg has no dossier ${code}`);
      return readDossier(record, DossierRecordSchema, toDossier, { label: 'dvcqg dossier', code, onDropped: options.onDroppedFields });
    },
    // The catalogue's search and sectors; a procedure's details from LayThuTuc, no agencies.
    ...catalogue,
    async getProcedure(code, { signal }) {
      const records = parseResponse(
        array(unknown()),
        await callService('integration', services.procedure, { [param.procedureCode]: code }, signal),
        `dvcqg ${services.procedure}`,
      );
      if (!records[0]) throw new MotcuaError('not-found', `dvcqg has no procedure ${code}`);
      const [procedure] = readRecords([records[0]], ProcedureRecordSchema, toProcedure, {
        label: `dvcqg ${services.procedure}`,
        path: 'result',
        onSkipped: options.onSkippedRecords,
      });
      return procedure!;
    },
    listAgencies: async () => [],
    attachStore(shared) {
      store = shared;
    },
    async ping({ signal }) {
      if (viaGet) {
        // No login to try: a procedure that is not there is the cheapest question; any answer will do.
        await http.json(at(services.procedure), `dvcqg ping`, { searchParams: { [param.procedureCode]: '0' }, signal, retries: 0 });
        return;
      }
      await session.get();
      if (signal?.aborted) throw signal.reason;
    },
  };
}
