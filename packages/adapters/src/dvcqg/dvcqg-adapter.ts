/**
 * The national public service portal's sync services: session login, TraCuuHoSo (dossier
 * by MaHoSo), LayThuTuc (procedure by MaTTHC), LayDanhSachTTHC (the catalogue).
 * Server-side only: it holds the portal account.
 */
import { MotcuaError, parseResponse, type Adapter } from '@motcua/core';
import { array } from 'zod/mini';
import { createCatalogue } from '../catalogue.js';
import { createHttp } from '../http.js';
import { readRecords, type SkippedRecords } from '../wire.js';
import { toDossier, toProcedure, toProcedureSummary } from './map.js';
import { DossierRecordSchema, EnvelopeSchema, ProcedureRecordSchema, ProcedureSummarySchema } from './wire.js';

export interface DvcqgAdapterOptions {
  /** The sync service's URL (all services are POSTed there). */
  url: string;
  username: string;
  password: string;
  /** The province's or agency's unit code (madonvi), sent with each call. */
  agencyCode?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Catalogue records that could not be read are skipped and reported here (default: a console warning). */
  onSkippedRecords?: (report: SkippedRecords) => void;
}

/** error_code the portal uses for an expired or unknown session (best guess: -1 or 401). */
const SESSION_ERRORS = new Set(['-1', '401']);

export function dvcqgAdapter(options: DvcqgAdapterOptions): Adapter {
  // These services only read, so retrying their POSTs is safe.
  const http = createHttp({ timeoutMs: options.timeoutMs ?? 15_000, retries: 2, ...(options.fetch ? { fetch: options.fetch } : {}) });
  let session: Promise<string> | undefined;

  async function post(body: Record<string, unknown>, what: string, signal?: AbortSignal) {
    const raw = await http.json(options.url, `dvcqg ${what}`, { method: 'POST', json: body, signal });
    return parseResponse(EnvelopeSchema, raw, `dvcqg ${what}`);
  }

  function login(): Promise<string> {
    session ??= post({ service: 'LoginService', username: options.username, password: options.password }, 'login').then(
      (answer) => {
        if (String(answer.error_code) !== '0' || !answer.session) {
          throw new MotcuaError('unauthorized', `dvcqg login refused: ${answer.message ?? answer.error_code}`);
        }
        return answer.session;
      },
      (error: unknown) => {
        throw error;
      },
    );
    // A failed login is not remembered: the next call tries again.
    session.catch(() => (session = undefined));
    return session;
  }

  /** Calls a service with the session, logging in again once if it expired. */
  async function call(service: string, params: Record<string, unknown>, signal?: AbortSignal, retried = false): Promise<unknown> {
    const token = await login();
    const answer = await post({ service, session: token, ...(options.agencyCode ? { madonvi: options.agencyCode } : {}), ...params }, service, signal);
    const code = String(answer.error_code);
    if (code === '0') return answer.result ?? [];
    if (SESSION_ERRORS.has(code) && !retried) {
      session = undefined;
      return call(service, params, signal, true);
    }
    throw new MotcuaError(SESSION_ERRORS.has(code) ? 'unauthorized' : 'server', `dvcqg ${service}: error_code ${code} ${answer.message ?? ''}`.trim());
  }

  const catalogue = createCatalogue(async () => {
    const list = await call('LayDanhSachTTHC', {});
    return { procedures: readRecords(list, ProcedureSummarySchema, toProcedureSummary, { what: 'dvcqg LayDanhSachTTHC', path: 'result', onSkipped: options.onSkippedRecords }) };
  });

  return {
    name: 'dvcqg',
    async lookupDossier(code, { signal }) {
      const records = parseResponse(array(DossierRecordSchema), await call('TraCuuHoSo', { MaHoSo: code }, signal), 'dvcqg TraCuuHoSo');
      const record = records.find((r) => String(r.MaHoSo).trim().toUpperCase() === code.toUpperCase()) ?? records[0];
      if (!record) throw new MotcuaError('not-found', `dvcqg has no dossier ${code}`);
      return toDossier(record);
    },
    searchProcedures: catalogue.searchProcedures,
    async getProcedure(code, { signal }) {
      const records = parseResponse(array(ProcedureRecordSchema), await call('LayThuTuc', { MaTTHC: code }, signal), 'dvcqg LayThuTuc');
      if (!records[0]) throw new MotcuaError('not-found', `dvcqg has no procedure ${code}`);
      return toProcedure(records[0]);
    },
    listSectors: catalogue.listSectors,
    listAgencies: async () => [],
    reload: catalogue.reload,
    async ping({ signal }) {
      await login();
      if (signal?.aborted) throw signal.reason;
    },
  };
}
