/**
 * VNPT iGate (Hoài Ân and many provinces): REST behind tokens from a Keycloak realm
 * (`digo`), so it runs server-side only. Paths, grant and the status table vary by
 * deployment: the defaults come from public client code (docs/adapters.md), every one can
 * be overridden.
 */
import {
  isMotcuaError,
  MotcuaError,
  parseResponse,
  type Adapter,
  type Agency,
  type Dossier,
  type DossierRange,
  type Level,
  type SharedStore,
} from '@motcua/core';
import { unknown } from 'zod/mini';
import { createCatalogue } from '../catalogue.js';
import { createHttp, type BearerToken } from '../http.js';
import { sharedValue } from '../shared-value.js';
import { level, readDossier, readRecords, text, warnDropped, type DroppedFields, type SkippedRecords } from '../wire-reading.js';
import { named, toDossier, toProcedure, type StatusMap } from './map.js';
import { DossierRecordSchema, NamedRecordSchema, PageSchema, ProcedureRecordSchema, TokenSchema } from './wire.js';

/**
 * A guess at iGate's status ids: they vary by deployment (id 4 is "có kết quả" in one and
 * "đã trả" in another), so check yours and pass `statusMap`. Ids not in it are read from
 * the status's words, and never fail a lookup.
 */
export const DEFAULT_IGATE_STATUS_MAP: StatusMap = { '0': 1, '1': 2, '2': 4, '3': 5, '4': 9, '5': 10, '6': 3, '7': 7, '8': 8, '9': 6 };

export interface IgatePaths {
  /** Dossier search, `?code=` (default `pa/dossier/search`). */
  dossierSearch: string;
  /** The query parameter that finds a dossier by its national code (default `nation-code-match`). */
  nationCodeParam: string;
  /** The parameters bounding a period by acceptance date (default `accepted-from`, `accepted-to`), for statistics and the hall board. */
  acceptedFromParam: string;
  acceptedToParam: string;
  /** Procedures a citizen can apply for, paged (default `bd/procedure/--can-apply`). */
  procedures: string;
  /** Agencies, paged (default `ba/agency`; a guess — a failure leaves the agency list empty). */
  agencies: string;
}

export interface IgateAdapterOptions {
  /** The API's base URL, e.g. `https://apiigate.binhdinh.gov.vn` (paths are added to it). */
  baseUrl: string;
  /** Keycloak token endpoint, e.g. `https://sso.…/auth/realms/digo/protocol/openid-connect/token`. */
  tokenUrl: string;
  clientId: string;
  /** For the client-credentials grant (a confidential client). */
  clientSecret?: string;
  /** With `password`: the password grant, as iGate's own scripts use (an account of the province). */
  username?: string;
  password?: string;
  statusMap?: StatusMap;
  /** API paths, for deployments that differ. */
  paths?: Partial<IgatePaths>;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  /** Catalogue records that could not be read are skipped and reported here (default: a console warning). */
  onSkippedRecords?: (report: SkippedRecords) => void;
  /** Fields of a dossier that could not be read, left out of the answer (default: a console warning). */
  onDroppedFields?: (report: DroppedFields) => void;
}

const PATHS: IgatePaths = {
  dossierSearch: 'pa/dossier/search',
  nationCodeParam: 'nation-code-match',
  acceptedFromParam: 'accepted-from',
  acceptedToParam: 'accepted-to',
  procedures: 'bd/procedure/--can-apply',
  agencies: 'ba/agency',
};

function grant(options: IgateAdapterOptions): URLSearchParams {
  const { clientId, clientSecret, username, password } = options;
  if (username !== undefined || password !== undefined) {
    if (!username || !password) throw new TypeError('igateAdapter: the password grant needs both username and password.');
    return new URLSearchParams({
      grant_type: 'password',
      client_id: clientId,
      username,
      password,
      ...(clientSecret ? { client_secret: clientSecret } : {}),
    });
  }
  if (!clientSecret)
    throw new TypeError('igateAdapter: give clientSecret (client-credentials grant) or username and password (password grant).');
  return new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
}

export function igateAdapter(options: IgateAdapterOptions): Adapter {
  const paths = { ...PATHS, ...options.paths };
  const statusMap = { ...DEFAULT_IGATE_STATUS_MAP, ...options.statusMap };
  const now = options.now ?? Date.now;
  const form = grant(options);
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const auth = createHttp({ timeoutMs, retries: 0, ...fetchOption });

  let store: SharedStore | undefined;
  /** One token for every caller (and every gateway instance), fetched again 30 s before it expires. */
  const token = sharedValue<string>({
    key: `igate:token:${options.tokenUrl}:${options.clientId}:${options.username ?? ''}`,
    store: () => store,
    now,
    async fetch() {
      const requested = now();
      let raw: unknown;
      try {
        raw = await auth.json(options.tokenUrl, 'igate token', { method: 'POST', form });
      } catch (error) {
        if (isMotcuaError(error) && (error.status === 400 || error.status === 401)) {
          const label = form.get('grant_type') === 'password' ? 'username and password' : 'clientId and clientSecret';
          throw new MotcuaError('unauthorized', `igate token refused (HTTP ${error.status}) by ${options.tokenUrl}: check ${label}`);
        }
        throw error;
      }
      const t = parseResponse(TokenSchema, raw, 'igate token');
      return { value: t.access_token, ttlMs: Math.max(0, (t.expires_in ?? 300) - 30) * 1000 - (now() - requested) };
    },
  });
  const bearer: BearerToken = { get: () => token.get(), drop: (refused) => token.drop(refused) };
  const http = createHttp({ timeoutMs, retries: 2, bearer, ...fetchOption });
  const get = (path: string, searchParams: Record<string, string>, label: string, signal?: AbortSignal) =>
    http.json(`${base}${path}`, `igate ${label}`, { searchParams, signal });

  async function allPages(path: string, label: string): Promise<unknown[]> {
    const out: unknown[] = [];
    for (let page = 0; page < 100; page++) {
      const body = parseResponse(
        PageSchema(unknown()),
        await get(path, { page: String(page), size: '500', spec: 'page' }, label),
        `igate ${label}`,
      );
      out.push(...body.content);
      if (body.last !== false || body.content.length === 0 || (body.totalPages !== undefined && page + 1 >= body.totalPages)) break;
    }
    return out;
  }

  async function agencies(): Promise<Agency[]> {
    let list: unknown[];
    try {
      list = await allPages(paths.agencies, 'agencies');
    } catch (error) {
      // The agency path is a guess: without it the directory still works, with no agency filter.
      console.warn(
        `motcua: igate agencies could not be read (${error instanceof Error ? error.message : String(error)}); set paths.agencies`,
      );
      return [];
    }
    return readRecords(list, NamedRecordSchema, (a) => a, {
      label: 'igate agencies',
      path: 'content',
      onSkipped: options.onSkippedRecords,
    }).flatMap((a): Agency[] => {
      const code = text(a.code) ?? text(a.id);
      const name = named(a);
      if (!code || !name) return [];
      const l: Level | undefined = level(name);
      return [{ code, name, ...(l ? { level: l } : {}) }];
    });
  }

  async function loadCatalogue() {
    // Read record by record (after paging), so that one bad procedure does not empty the catalogue.
    const records = await allPages(paths.procedures, 'procedures');
    // Sectors are the ones the procedures name: no guessed path needed.
    return {
      procedures: readRecords(records, ProcedureRecordSchema, toProcedure, {
        label: 'igate procedures',
        path: 'content',
        onSkipped: options.onSkippedRecords,
      }),
      agencies: await agencies(),
    };
  }
  const catalogue = createCatalogue(loadCatalogue, {}, { key: `igate:catalogue:${base}${paths.procedures}`, store: () => store });

  /** The record whose local or national code is `code`, from one search. */
  async function find(param: string, code: string, signal: AbortSignal | undefined): Promise<unknown> {
    const raw = await get(paths.dossierSearch, { page: '0', size: '20', spec: 'slice', [param]: code }, 'dossier search', signal);
    const { content } = parseResponse(PageSchema(unknown()), raw, 'igate dossier search');
    const same = (value: unknown) => typeof value === 'string' && value.trim().toUpperCase() === code;
    // Each code read on its own: a broken national code must not hide a matching local one.
    return content.find((item) => {
      const codes = (item ?? {}) as { code?: unknown; nationCode?: unknown };
      return typeof item === 'object' && (same(codes.code) || same(codes.nationCode));
    });
  }

  /** The dossiers accepted in [from, to), page by page; one that cannot be read is left out and reported. */
  async function listDossiers({ from, to, signal }: DossierRange): Promise<Dossier[]> {
    const out: Dossier[] = [];
    for (let page = 0; page < 200; page++) {
      const raw = await get(
        paths.dossierSearch,
        { page: String(page), size: '500', spec: 'page', [paths.acceptedFromParam]: from, [paths.acceptedToParam]: to },
        'dossier list',
        signal,
      );
      const body = parseResponse(PageSchema(unknown()), raw, 'igate dossier list');
      for (const record of body.content) {
        const code = String((record as { code?: unknown } | null)?.code ?? '?');
        try {
          out.push(
            readDossier(record, DossierRecordSchema, (r, dropped) => toDossier(r, statusMap, dropped), {
              label: 'igate dossier',
              code,
              onDropped: options.onDroppedFields,
            }),
          );
        } catch (error) {
          if (!(isMotcuaError(error) && error.kind === 'bad-response')) throw error;
          (options.onDroppedFields ?? warnDropped)({ label: 'igate dossier list', code, fields: [`the whole record: ${error.detail}`] });
        }
      }
      if (body.last !== false || body.content.length === 0 || (body.totalPages !== undefined && page + 1 >= body.totalPages)) break;
    }
    // The backend's period filter is trusted loosely: the range is checked here too.
    const start = Date.parse(from);
    const end = Date.parse(to);
    return out.filter((d) => d.receivedAt && Date.parse(d.receivedAt) >= start && Date.parse(d.receivedAt) < end);
  }

  return {
    name: 'igate',
    // Its records carry no receipt key: the applicant's ID number (identityNumber) opens the details.
    keyKind: 'id-number',
    listDossiers,
    async lookupDossier(code, { signal }) {
      // A citizen may hold the local code or the national one printed beside it.
      const record = (await find('code', code, signal)) ?? (await find(paths.nationCodeParam, code, signal));
      if (record === undefined) throw new MotcuaError('not-found', `igate has no dossier ${code}`);
      return readDossier(record, DossierRecordSchema, (r, dropped) => toDossier(r, statusMap, dropped), {
        label: 'igate dossier',
        code,
        onDropped: options.onDroppedFields,
      });
    },
    ...catalogue,
    attachStore(shared) {
      store = shared;
    },
    async ping({ signal }) {
      await bearer.get();
      if (signal?.aborted) throw signal.reason;
    },
  };
}
