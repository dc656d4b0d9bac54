/**
 * The national public service portal (Cổng Dịch vụ công quốc gia) as integrators' public
 * code calls it: a login to its own auth endpoint (`{ username, password }` → `session`),
 * then POSTs to an integration endpoint (`LayThuTuc`, `TraCuuHoSo`) and a share endpoint
 * (`LayDanhSachTTHC`), each with the `dstcode` header. Server-side only: it holds the
 * portal account.
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
import { DossierRecordSchema, EnvelopeSchema, ProcedureRecordSchema, ProcedureSummarySchema } from './wire.js';

export interface DvcqgEndpoints {
  /** The login path, added to `url` (OpenCPS: `auth_endpoint`). */
  auth: string;
  /** LayThuTuc, TraCuuHoSo (OpenCPS: `integration_endpoint`). */
  integration: string;
  /** LayDanhSachTTHC and the other lists (OpenCPS: `share_endpoint`). */
  share: string;
}

export interface DvcqgAdapterOptions {
  /** The portal's adapter URL, which the endpoints are added to (OpenCPS: `adapter_url`). */
  url: string;
  /** The three paths the province was given; no public source shows their values. */
  endpoints: DvcqgEndpoints;
  username: string;
  password: string;
  /** Sent as the `dstcode` header on every call, as OpenCPS does. */
  dstcode?: string;
  /** The province's or agency's unit code, sent with each call (as `madonvi` unless `params.agencyCode` says otherwise). */
  agencyCode?: string;
  /**
   * Parameter names, for services that differ: defaults `mahoso`, `maTTHC` and `madonvi`, as
   * OpenCPS sends them; TH's driving-licence connector sends the unit as `donViXuLy`.
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

export function dvcqgAdapter(options: DvcqgAdapterOptions): Adapter {
  if (!options?.endpoints?.auth || !options.endpoints.integration || !options.endpoints.share) {
    throw new TypeError('dvcqgAdapter: endpoints { auth, integration, share } are required — the paths the province was given for the national portal.');
  }
  const base = options.url.replace(/\/+$/, '');
  const at = (path: string) => `${base}/${path.replace(/^\/+/, '')}`;
  const param = { dossierCode: 'mahoso', procedureCode: 'maTTHC', agencyCode: 'madonvi', ...options.params };
  // These services only read, so retrying their POSTs is safe.
  const http = createHttp({ timeoutMs: options.timeoutMs ?? 15_000, retries: 2, headers: options.dstcode ? { dstcode: options.dstcode } : {}, ...(options.fetch ? { fetch: options.fetch } : {}) });
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
      const answer = await post(at(options.endpoints.auth), { username: options.username, password: options.password }, 'login');
      if (!ok(String(answer.error_code)) || !answer.session) {
        throw new MotcuaError('unauthorized', `dvcqg login refused by ${at(options.endpoints.auth)}: ${answer.message ?? `error_code ${answer.error_code}`} — check username and password`);
      }
      return { value: answer.session, ttlMs: (options.sessionMinutes ?? 10) * 60_000 };
    },
  });

  /** Calls a service with the session, logging in again once if it was refused. */
  async function callService(endpoint: keyof DvcqgEndpoints, service: string, params: Record<string, unknown>, signal?: AbortSignal, retried = false): Promise<unknown> {
    const token = await session.get();
    const answer = await post(at(options.endpoints[endpoint]), { session: token, ...(options.agencyCode ? { [param.agencyCode]: options.agencyCode } : {}), service, ...params }, service, signal);
    const code = String(answer.error_code);
    // Records under `result` (OpenCPS) or `data` (TH's GPLXService).
    if (ok(code)) return answer.result ?? answer.data ?? [];
    if (SESSION_ERRORS.has(code) && !retried) {
      await session.drop(token);
      return callService(endpoint, service, params, signal, true);
    }
    throw new MotcuaError(SESSION_ERRORS.has(code) ? 'unauthorized' : 'server', `dvcqg ${service}: error_code ${code} ${answer.message ?? ''}`.trim());
  }

  async function loadCatalogue() {
    const list = await callService('share', 'LayDanhSachTTHC', {});
    return { procedures: readRecords(list, ProcedureSummarySchema, toProcedureSummary, { label: 'dvcqg LayDanhSachTTHC', path: 'result', onSkipped: options.onSkippedRecords }) };
  }
  const catalogue = createCatalogue(loadCatalogue, {}, { key: `dvcqg:catalogue:${base}`, store: () => store });

  return {
    name: 'dvcqg',
    async lookupDossier(code, { signal }) {
      const result = await callService('integration', 'TraCuuHoSo', { [param.dossierCode]: code }, signal);
      const items = Array.isArray(result) ? result : result && typeof result === 'object' ? [result] : [];
      const records = items.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item));
      if (items.length && !records.length) throw new MotcuaError('bad-response', `dvcqg TraCuuHoSo: the answer holds no record (${JSON.stringify(result).slice(0, 120)})`, { field: 'result' });
      const match = records.find((item) => text(item.MaHoSo as string)?.toUpperCase() === code);
      // The portal says the dossier exists but not where it stands: say so, rather than invent a status.
      if (result === true || (match && ['TrangThaiHoSo', 'MaTrangThai', 'TenTTHC', 'TenDVC'].every((field) => match[field] === undefined))) {
        throw new MotcuaError('unsupported', `dvcqg TraCuuHoSo confirms ${code} exists but sends no status (${JSON.stringify(result).slice(0, 120)})`, {
          messages: {
            vi: `Hồ sơ ${code} có trên Cổng Dịch vụ công quốc gia, nhưng cổng không cho biết tình trạng xử lý. Vui lòng tra cứu tại hệ thống một cửa của tỉnh hoặc hỏi nơi đã nhận hồ sơ.`,
            en: `Dossier ${code} is on the national portal, which does not say where it stands. Please look it up in the province's one-door system or ask the office that received it.`,
          },
        });
      }
      // One record without a code is read as the answer (and fails on what it lacks).
      const record = match ?? (records.length === 1 && !text(records[0]!.MaHoSo as string) ? records[0] : undefined);
      if (!record) throw new MotcuaError('not-found', `dvcqg has no dossier ${code}`);
      return readDossier(record, DossierRecordSchema, toDossier, { label: 'dvcqg dossier', code, onDropped: options.onDroppedFields });
    },
    // The catalogue's search and sectors; a procedure's details from LayThuTuc, no agencies.
    ...catalogue,
    async getProcedure(code, { signal }) {
      const records = parseResponse(array(unknown()), await callService('integration', 'LayThuTuc', { [param.procedureCode]: code }, signal), 'dvcqg LayThuTuc');
      if (!records[0]) throw new MotcuaError('not-found', `dvcqg has no procedure ${code}`);
      const [procedure] = readRecords([records[0]], ProcedureRecordSchema, toProcedure, { label: 'dvcqg LayThuTuc', path: 'result', onSkipped: options.onSkippedRecords });
      return procedure!;
    },
    listAgencies: async () => [],
    attachStore(shared) {
      store = shared;
    },
    async ping({ signal }) {
      await session.get();
      if (signal?.aborted) throw signal.reason;
    },
  };
}
