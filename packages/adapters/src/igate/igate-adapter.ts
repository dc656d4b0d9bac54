/**
 * VNPT iGate (used in Hoài Ân and many provinces): REST with OAuth2 tokens from a Keycloak
 * realm (client credentials), so it runs server-side only. iGate's own status ids are not
 * the national 1–10 codes; `statusMap` translates them.
 */
import { isMotcuaError, MotcuaError, parseResponse, type Adapter, type Agency, type Level } from '@motcua/core';
import { unknown } from 'zod/mini';
import { createCatalogue } from '../catalogue.js';
import { createHttp } from '../http.js';
import { level, readRecords, text, type SkippedRecords } from '../wire.js';
import { named, toDossier, toProcedure, type StatusMap } from './map.js';
import { DossierRecordSchema, NamedRecordSchema, PageSchema, ProcedureRecordSchema, TokenSchema } from './wire.js';

/**
 * Best guess at iGate's status ids (they vary by deployment: check yours and pass `statusMap`).
 * Unknown ids fall back on the status name when it is a national label.
 */
export const DEFAULT_IGATE_STATUS_MAP: StatusMap = { '0': 1, '1': 2, '2': 4, '3': 5, '4': 9, '5': 10, '6': 3, '7': 7, '8': 8, '9': 6 };

export interface IgateAdapterOptions {
  /** e.g. `https://apiigate.binhdinh.gov.vn` */
  baseUrl: string;
  /** Keycloak token endpoint, e.g. `https://sso.…/auth/realms/digo/protocol/openid-connect/token` */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  statusMap?: StatusMap;
  /** API paths, for deployments that differ. */
  paths?: Partial<{ dossierSearch: string; procedures: string; sectors: string; agencies: string }>;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  /** Catalogue records that could not be read are skipped and reported here (default: a console warning). */
  onSkippedRecords?: (report: SkippedRecords) => void;
}

const PATHS = { dossierSearch: 'pa/dossier/search', procedures: 'basepad/procedure/search', sectors: 'basecat/sector', agencies: 'base/agency' };

export function igateAdapter(options: IgateAdapterOptions): Adapter {
  const paths = { ...PATHS, ...options.paths };
  const statusMap = { ...DEFAULT_IGATE_STATUS_MAP, ...options.statusMap };
  const now = options.now ?? Date.now;
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const http = createHttp({ timeoutMs: options.timeoutMs ?? 15_000, retries: 2, ...(options.fetch ? { fetch: options.fetch } : {}) });

  let token: { value: Promise<string>; expires: number } | undefined;
  /** One token for all callers, fetched again 30 s before it expires. */
  function accessToken(): Promise<string> {
    if (token && now() < token.expires) return token.value;
    const requested = now();
    const entry = { value: Promise.resolve(''), expires: Number.POSITIVE_INFINITY };
    entry.value = (async () => {
      let raw: unknown;
      try {
        raw = await http.json(options.tokenUrl, 'igate token', {
          method: 'POST',
          form: new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret }),
          retries: 0,
        });
      } catch (error) {
        if (isMotcuaError(error) && (error.status === 400 || error.status === 401)) {
          throw new MotcuaError('unauthorized', `igate token refused (HTTP ${error.status}): check clientId and clientSecret`);
        }
        throw error;
      }
      const t = parseResponse(TokenSchema, raw, 'igate token');
      entry.expires = requested + Math.max(0, (t.expires_in ?? 300) - 30) * 1000;
      return t.access_token;
    })();
    token = entry;
    entry.value.catch(() => {
      if (token === entry) token = undefined;
    });
    return entry.value;
  }

  async function get(path: string, searchParams: Record<string, string>, what: string, signal?: AbortSignal, retried = false): Promise<unknown> {
    const bearer = await accessToken();
    try {
      return await http.json(`${base}${path}`, `igate ${what}`, { searchParams, headers: { authorization: `Bearer ${bearer}` }, signal });
    } catch (error) {
      // An expired or revoked token: fetch a new one, once.
      if (isMotcuaError(error) && error.status === 401 && !retried) {
        token = undefined;
        return get(path, searchParams, what, signal, true);
      }
      throw error;
    }
  }

  async function allPages<T>(path: string, parse: (raw: unknown) => { content: T[]; last?: boolean | undefined; totalPages?: number | undefined }, what: string): Promise<T[]> {
    const out: T[] = [];
    for (let page = 0; page < 100; page++) {
      const body = parse(await get(path, { page: String(page), size: '500', spec: 'page' }, what));
      out.push(...body.content);
      if (body.last !== false || body.content.length === 0 || (body.totalPages !== undefined && page + 1 >= body.totalPages)) break;
    }
    return out;
  }

  const catalogue = createCatalogue(async () => {
    // Read record by record (after paging), so that one bad procedure does not empty the catalogue.
    const records = await allPages(paths.procedures, (raw) => parseResponse(PageSchema(unknown()), raw, 'igate procedures'), 'procedures');
    const sectors = await allPages(paths.sectors, (raw) => parseResponse(PageSchema(NamedRecordSchema), raw, 'igate sectors'), 'sectors');
    const agencies = await allPages(paths.agencies, (raw) => parseResponse(PageSchema(NamedRecordSchema), raw, 'igate agencies'), 'agencies');
    return {
      procedures: readRecords(records, ProcedureRecordSchema, toProcedure, { what: 'igate procedures', path: 'content', onSkipped: options.onSkippedRecords }),
      sectors: sectors.flatMap((s) => {
        const code = text(s.code) ?? text(s.id);
        const name = named(s);
        return code && name ? [{ code, name }] : [];
      }),
      agencies: agencies.flatMap((a): Agency[] => {
        const code = text(a.code) ?? text(a.id);
        const name = named(a);
        if (!code || !name) return [];
        const l: Level | undefined = level(name);
        return [{ code, name, ...(l ? { level: l } : {}) }];
      }),
    };
  });

  return {
    name: 'igate',
    async lookupDossier(code, { signal }) {
      const raw = await get(paths.dossierSearch, { page: '0', size: '20', spec: 'slice', code }, 'dossier search', signal);
      const { content } = parseResponse(PageSchema(DossierRecordSchema), raw, 'igate dossier search');
      const record = content.find((r) => String(r.code).trim().toUpperCase() === code.toUpperCase());
      if (!record) throw new MotcuaError('not-found', `igate has no dossier ${code}`);
      return toDossier(record, statusMap);
    },
    searchProcedures: catalogue.searchProcedures,
    getProcedure: catalogue.getProcedure,
    listSectors: catalogue.listSectors,
    listAgencies: catalogue.listAgencies,
    reload: catalogue.reload,
    async ping({ signal }) {
      await accessToken();
      if (signal?.aborted) throw signal.reason;
    },
  };
}
