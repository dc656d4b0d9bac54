/**
 * The SDK's entry point: validates input before any backend call, validates every answer,
 * caches catalogue reads and coalesces identical concurrent calls.
 *
 * The schemas (and zod with them) load with the first answer rather than with the page:
 * they are 8 of the lookup element's KB min+gzip, and the form a citizen types into needs
 * none of them. The import starts with the first call, in parallel with the backend's answer.
 */
import type * as z from 'zod/mini';
import type { Adapter, BoardQuery, DossierLookupOptions, FollowApi, ProcedureQuery, RequestOptions, StatsQuery } from './adapter.js';
import { parseDossierCode } from './dossier-code.js';
import { compactKey } from './key-kind.js';
import { fieldPath, parseResponse } from './validate.js';
import {
  INVALID_CODE_MESSAGE,
  INVALID_KEY_MESSAGE,
  KEY_NEEDED_MESSAGE,
  MotcuaError,
  isAbortError,
  isMotcuaError,
  type LocalizedText,
} from './errors.js';
import { localized } from './language.js';
import type { Agency, Dossier, HallBoard, OfficeStats, Procedure, ProcedureSearchResult, Sector } from './model.js';
import { RequestCache } from './request-cache.js';
import { LEVELS, ONLINE_SERVICES } from './vocabulary.js';
import type * as SchemaModule from './answer-schemas.js';

type Schemas = typeof SchemaModule;
let schemas: Promise<Schemas> | undefined;
/** Loads the schemas once; a failed load (a dropped connection) is tried again next time. */
function loadSchemas(): Promise<Schemas> {
  schemas ??= import('./answer-schemas.js').catch((error: unknown) => {
    schemas = undefined;
    throw new MotcuaError('network', `could not load the answer schemas: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  });
  return schemas;
}

export interface ClientOptions {
  adapter: Adapter;
  /** How long catalogue answers (procedures, sectors, agencies) are reused; default 5 minutes. */
  catalogueTtlMs?: number;
  /** Most answers kept in memory; default 200. */
  cacheSize?: number;
  /**
   * How long a dossier answer is reused; default 0 (never: a citizen checking again wants
   * news). A gateway sets a few seconds to absorb bursts.
   */
  dossierTtlMs?: number;
  /**
   * An answer's fields left out because they could not be read (the rest was served). Default:
   * a console warning, where a portal's webmaster sees it; a server gives its own log (the
   * gateway's JSON lines), so that nothing else is printed among them.
   */
  onDroppedFields?: (report: DroppedAnswerFields) => void;
}

/** Fields of an adapter's answer the client left out because they could not be read. */
export interface DroppedAnswerFields {
  /** The adapter's name, e.g. `rest`. */
  backend: string;
  /** Which answer: `dossier`, `procedure search`, `procedure`, `sectors`, `agencies`, `stats`, `board`. */
  answer: string;
  /** The dossier's code, for a dossier. */
  code?: string;
  /** The fields' paths, e.g. `[0].name`, `steps[2].dueAt` (at most 20). */
  fields: string[];
}

/** The default report: one console line (a browser's console, a script's stderr). */
function warnDroppedFields({ backend, answer, fields }: DroppedAnswerFields): void {
  console.warn(`motcua: ${backend} ${answer}: left out fields that could not be read (${fields.slice(0, 5).join(', ')})`);
}

export interface MotcuaClient {
  readonly adapter: Adapter;
  dossiers: {
    /** Looks a dossier up by its code (normalised first); with the lookup key for full details. */
    lookup(code: string, options?: DossierLookupOptions): Promise<Dossier>;
  };
  procedures: {
    search(query: string, filters?: Omit<ProcedureQuery, 'q'> & RequestOptions): Promise<ProcedureSearchResult>;
    get(code: string, options?: RequestOptions): Promise<Procedure>;
  };
  sectors: { list(options?: RequestOptions): Promise<Sector[]> };
  agencies: { list(options?: RequestOptions): Promise<Agency[]> };
  /** An office's statistics for a period; `unsupported` when the backend has none. */
  stats: { get(query: StatsQuery, options?: RequestOptions): Promise<OfficeStats> };
  /** The one-door hall's screen; `unsupported` when the backend has none. Never cached: it is a live view. */
  board: { get(query?: BoardQuery, options?: RequestOptions): Promise<HallBoard> };
  /** Following a dossier by Web Push (a gateway with `follow` configured); `unsupported` otherwise. Never cached. */
  follow: {
    /** Where a service worker sends its stop (see `FollowApi.url`); undefined when the backend cannot follow. */
    readonly url: string | undefined;
    publicKey(options?: RequestOptions): Promise<string>;
    start(request: Parameters<FollowApi['start']>[0], options?: RequestOptions): Promise<void>;
    stop(request: Parameters<FollowApi['stop']>[0], options?: RequestOptions): Promise<void>;
  };
  /** Forgets cached catalogue answers, e.g. after the catalogue was updated. */
  clearCache(): void;
}

const LOOKUP_KEY = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * The key as a cache entry names it: a 53-bit hash (cyrb53) seeded per client, so an ID or
 * phone number never sits in clear among the keys of the page's or the gateway's memory.
 */
function keyDigest(key: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
const PROCEDURE_CODE = /^[0-9A-Za-z._-]{1,64}$/;

function invalid(detail: string, field: string, messages: LocalizedText): MotcuaError {
  return new MotcuaError('invalid-input', detail, { field, messages });
}

function checkQuery(query: string, filters: Omit<ProcedureQuery, 'q'>): ProcedureQuery {
  // (An untyped caller's number or object is not "too long": say what it is.)
  if (typeof query !== 'string')
    throw invalid(
      `query must be a string, got ${query === null ? 'null' : typeof query}`,
      'q',
      localized('search.not-text', 'Từ khoá tìm kiếm phải là chữ.'),
    );
  if (query.length > 200)
    throw invalid('query must be at most 200 characters', 'q', localized('search.too-long', 'Từ khoá tìm kiếm quá dài.'));
  const { sector, level, onlineService, limit, offset } = filters;
  const bad = (field: string) =>
    invalid(
      `invalid ${field}: ${String(filters[field as keyof typeof filters])}`,
      field,
      localized('search.bad-filter', 'Bộ lọc tìm kiếm không hợp lệ.'),
    );
  if (sector !== undefined && (typeof sector !== 'string' || sector.length > 64)) throw bad('sector');
  if (level !== undefined && !LEVELS.includes(level)) throw bad('level');
  if (onlineService !== undefined && !ONLINE_SERVICES.includes(onlineService)) throw bad('onlineService');
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100)) throw bad('limit');
  if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0)) throw bad('offset');
  const q: ProcedureQuery = { q: query.trim() };
  if (sector) q.sector = sector;
  if (level) q.level = level;
  if (onlineService) q.onlineService = onlineService;
  if (limit !== undefined) q.limit = limit;
  if (offset !== undefined) q.offset = offset;
  return q;
}

/** Anything an adapter throws that is not already typed becomes a network or server error. */
function toMotcuaError(error: unknown, adapter: Adapter): unknown {
  if (isMotcuaError(error) || isAbortError(error)) return error;
  const detail = `${adapter.name} adapter: ${error instanceof Error ? error.message : String(error)}`;
  return new MotcuaError(error instanceof TypeError ? 'network' : 'server', detail, { cause: error });
}

export function createClient(options: ClientOptions): MotcuaClient {
  const { adapter } = options;
  if (!adapter || typeof adapter.lookupDossier !== 'function') {
    throw new TypeError('createClient: options.adapter must implement the Adapter interface (see @motcua/core Adapter).');
  }
  const maxEntries = options.cacheSize ?? 200;
  const cache = new RequestCache({ ttlMs: options.catalogueTtlMs ?? 300_000, maxEntries });
  const dossierTtlMs = options.dossierTtlMs ?? 0;
  const dossierCache = new RequestCache({ ttlMs: dossierTtlMs, maxEntries });
  const seed = Math.floor(Math.random() * 2 ** 32);
  const report = options.onDroppedFields ?? warnDroppedFields;

  function callAdapter<S extends z.ZodMiniType>(
    key: string,
    schema: (schemas: Schemas) => S,
    label: string,
    load: (signal: AbortSignal) => Promise<unknown>,
    {
      signal,
      cacheable,
      store = cache,
      code,
    }: { signal: AbortSignal | undefined; cacheable: boolean; store?: RequestCache; code?: string },
  ): Promise<z.infer<S>> {
    const run = (s: AbortSignal) => {
      const ready = loadSchemas();
      return load(s).then(
        async (value) => {
          // Tolerant: a broken optional part (a newer gateway's new word, a bad date) is left out, not a failed lookup.
          const m = await ready;
          const answer = `${adapter.name} ${label}`;
          const read = m.readTolerant(schema(m), value);
          // Something required is broken: the strict parse names it.
          if (!read) return parseResponse(schema(m), value, answer);
          // A list of which not one record could be read is no answer (not an empty catalogue to cache and serve).
          if (Array.isArray(value) && value.length > 0 && Array.isArray(read.value) && read.value.length === 0)
            throw new MotcuaError(
              'bad-response',
              `${answer}: none of its ${value.length} records could be read (${read.dropped.slice(0, 5).map(fieldPath).join(', ')})`,
            );
          if (read.dropped.length)
            report({
              backend: adapter.name,
              answer: label,
              ...(code ? { code } : {}),
              fields: read.dropped.slice(0, 20).map(fieldPath),
            });
          return read.value;
        },
        (error: unknown) => {
          ready.catch(() => {}); // the backend's error is the one to report
          return Promise.reject(toMotcuaError(error, adapter));
        },
      );
    };
    return store.run(key, run, signal ? { signal, cache: cacheable } : { cache: cacheable });
  }

  /** A follow call through the adapter, its failures typed like every other call's. */
  function viaFollow<T>(run: (api: FollowApi) => Promise<T>): Promise<T> {
    const { follow } = adapter;
    if (!follow) return Promise.reject(new MotcuaError('unsupported', `the ${adapter.name} adapter cannot follow dossiers`));
    return run(follow).catch((error: unknown) => Promise.reject(toMotcuaError(error, adapter)));
  }

  return {
    adapter,
    dossiers: {
      lookup(code, { key, signal } = {}) {
        const parsed = parseDossierCode(code);
        if (!parsed) {
          return Promise.reject(
            invalid(
              // (Its digits hidden: a citizen may type an ID number into the code field, and this goes to logs.)
              `not a dossier code: ${JSON.stringify(
                String(code)
                  .slice(0, 60)
                  .replace(/\d{5,}/g, (d) => '#'.repeat(d.length)),
              )}`,
              'code',
              INVALID_CODE_MESSAGE,
            ),
          );
        }
        const lookupKey = compactKey(key) || undefined;
        if (lookupKey !== undefined && !LOOKUP_KEY.test(lookupKey)) {
          return Promise.reject(invalid('lookup key has invalid characters', 'key', INVALID_KEY_MESSAGE));
        }
        return callAdapter(
          `dossier ${parsed.code} ${lookupKey ? keyDigest(lookupKey, seed) : ''}`,
          (m) => m.DossierSchema,
          'dossier',
          (s) => adapter.lookupDossier(parsed.code, lookupKey ? { key: lookupKey, signal: s } : { signal: s }),
          { signal, cacheable: dossierTtlMs > 0, store: dossierCache, code: parsed.code },
        );
      },
    },
    procedures: {
      search(query, { signal, ...filters } = {}) {
        let q: ProcedureQuery;
        try {
          q = checkQuery(query, filters);
        } catch (error) {
          return Promise.reject(error);
        }
        return callAdapter(
          `search ${JSON.stringify(q)}`,
          (m) => m.ProcedureSearchResultSchema,
          'procedure search',
          (s) => adapter.searchProcedures(q, { signal: s }),
          {
            signal,
            cacheable: true,
          },
        );
      },
      get(code, { signal } = {}) {
        const c = typeof code === 'string' ? code.trim() : '';
        if (!PROCEDURE_CODE.test(c)) {
          return Promise.reject(
            invalid(
              `not a procedure code: ${JSON.stringify(String(code).slice(0, 60))}`,
              'code',
              localized('procedure.invalid', 'Mã thủ tục chưa đúng.'),
            ),
          );
        }
        return callAdapter(
          `procedure ${c}`,
          (m) => m.ProcedureSchema,
          'procedure',
          (s) => adapter.getProcedure(c, { signal: s }),
          { signal, cacheable: true },
        );
      },
    },
    sectors: {
      list({ signal } = {}) {
        return callAdapter(
          'sectors',
          (m) => m.SectorListSchema,
          'sectors',
          (s) => adapter.listSectors({ signal: s }),
          { signal, cacheable: true },
        );
      },
    },
    // An adapter with statistics or a board of its own (another gateway) answers; one that only
    // lists dossiers gets them counted here (office-screens.ts, loaded on first use).
    stats: {
      get(query, { signal } = {}) {
        const { officeStats, listDossiers } = adapter;
        if (!officeStats && !listDossiers)
          return Promise.reject(new MotcuaError('unsupported', `the ${adapter.name} adapter has no statistics and cannot list dossiers`));
        const load = officeStats
          ? (s: AbortSignal) => officeStats.call(adapter, query, { signal: s })
          : async (s: AbortSignal) => (await import('./office-screens.js')).statsFromList(adapter, query, s);
        return callAdapter(`stats ${JSON.stringify(query)}`, (m) => m.OfficeStatsSchema, 'stats', load, { signal, cacheable: true });
      },
    },
    board: {
      get(query = {}, { signal } = {}) {
        const { hallBoard, listDossiers } = adapter;
        if (!hallBoard && !listDossiers)
          return Promise.reject(new MotcuaError('unsupported', `the ${adapter.name} adapter has no hall board and cannot list dossiers`));
        const load = hallBoard
          ? (s: AbortSignal) => hallBoard.call(adapter, query, { signal: s })
          : async (s: AbortSignal) => (await import('./office-screens.js')).boardFromList(adapter, query, s);
        return callAdapter(`board ${JSON.stringify(query)}`, (m) => m.HallBoardSchema, 'board', load, { signal, cacheable: false });
      },
    },
    agencies: {
      list({ signal } = {}) {
        return callAdapter(
          'agencies',
          (m) => m.AgencyListSchema,
          'agencies',
          (s) => adapter.listAgencies({ signal: s }),
          { signal, cacheable: true },
        );
      },
    },
    follow: {
      get url() {
        return adapter.follow?.url;
      },
      publicKey: (options = {}) => viaFollow((f) => f.publicKey(options)),
      start(request, options = {}) {
        const parsed = parseDossierCode(request?.code ?? '');
        if (!parsed) return Promise.reject(invalid('not a dossier code', 'code', INVALID_CODE_MESSAGE));
        const key = compactKey(request.key);
        if (!LOOKUP_KEY.test(key))
          return Promise.reject(invalid('following needs the lookup key', 'key', key ? INVALID_KEY_MESSAGE : KEY_NEEDED_MESSAGE));
        return viaFollow((f) =>
          f.start({ code: parsed.code, key, subscription: request.subscription, ...(request.lang ? { lang: request.lang } : {}) }, options),
        );
      },
      stop: (request, options = {}) => viaFollow((f) => f.stop(request, options)),
    },
    clearCache() {
      cache.clear();
      dossierCache.clear();
    },
  };
}
