/**
 * A procedure catalogue from a JSON file or URL, for ward portals without a backend.
 * Dossier look-ups fail with a clear `unsupported` error.
 *
 * The file: `{ "procedures": [Procedure…], "sectors"?: [Sector…], "agencies"?: [Agency…] }`
 * with the core model's field names (see docs/adapters.md for an example).
 */
import { foldVietnamese, MotcuaError, parseResponse, STORED_AT_HEADER, type Adapter } from '@motcua/core';
import { AgencySchema, ProcedureSchema, SectorSchema } from '@motcua/core/model';
import type { LexiconEntry, ProcedureIndexOptions } from '@motcua/core/search';
import * as z from 'zod/mini';
import { createCatalogue } from '../catalogue.js';
import { createHttp } from '../http.js';
import { level, onlineService, readRecords, type SkippedRecords } from '../wire-reading.js';

export const StaticCatalogueSchema = z.object({
  procedures: z.array(ProcedureSchema),
  sectors: z.optional(z.array(SectorSchema)),
  agencies: z.optional(z.array(AgencySchema)),
});
export type StaticCatalogue = z.infer<typeof StaticCatalogueSchema>;

/** The file's shape; its lists are read record by record (readRecords). */
const FileSchema = z.object({
  procedures: z.array(z.unknown()),
  sectors: z.optional(z.array(z.unknown())),
  agencies: z.optional(z.array(z.unknown())),
  lexicon: z.optional(z.array(z.unknown())),
});

/**
 * A ward's own words, in its file (issue 29: added without a release of motcua):
 * `"lexicon": [{ "say": ["giấy tờ nhà"], "means": "giấy chứng nhận quyền sử dụng đất" }]`.
 */
const LexiconEntrySchema = z.object({ say: z.array(z.string()), means: z.string(), also: z.optional(z.string()) });

/**
 * Where the file comes from: a URL (fetched with timeouts and retries), the data itself, or
 * `load` — your own reader (a file on a server; called again by `reload()`).
 */
export type StaticAdapterOptions = (
  { url: string | URL; timeoutMs?: number; fetch?: typeof fetch } | { data: unknown } | { load: () => unknown }
) & {
  search?: ProcedureIndexOptions;
  /** Records that could not be read are skipped and reported here (default: a console warning naming their fields). */
  onSkippedRecords?: (report: SkippedRecords) => void;
};

const NO_DOSSIERS = {
  vi: 'Trang này chỉ có danh mục thủ tục, chưa tra cứu được hồ sơ. Vui lòng tra cứu trên cổng dịch vụ công của tỉnh.',
  en: 'This page only lists procedures and cannot look up dossiers. Please use the province’s public service portal.',
};

/**
 * The file's contents: given, or fetched (again after a failure) with timeouts and retries;
 * `storedAt` when the page's service worker answered with its kept copy.
 */
function fileSource(options: StaticAdapterOptions, label: string): () => Promise<{ body: unknown; storedAt?: string }> {
  if ('data' in options) return async () => ({ body: options.data });
  if ('load' in options) return async () => ({ body: await options.load() });
  const http = createHttp({ timeoutMs: options.timeoutMs ?? 15_000, retries: 2, ...(options.fetch ? { fetch: options.fetch } : {}) });
  return async () => {
    let storedAt: string | null = null;
    const body = await http.json(String(options.url), label, { onHeaders: (h) => (storedAt = h.get(STORED_AT_HEADER)) });
    if (!options.fetch) keepInWorker(String(options.url));
    return storedAt ? { body, storedAt } : { body };
  };
}

/**
 * On a ward's first visit the page loads its catalogue before the service worker (registered
 * at `load`) controls it: once the worker is active, it is told what the page loaded — the
 * page, its own script, style and image files, and the catalogue — so that the directory
 * opens offline after this one visit (motcua-sw.js keeps them; see docs/components.md).
 */
let sent = false;
function keepInWorker(catalogue: string): void {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  // A page a worker served (workerStart set) had its files kept as they came.
  const navigation =
    typeof performance === 'undefined'
      ? undefined
      : (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined);
  if (!container || !navigation || navigation.workerStart > 0 || sent) return;
  sent = true;
  void container.ready.then((registration) => {
    const files = performance
      .getEntriesByType('resource')
      .filter(
        (e) =>
          !['fetch', 'xmlhttprequest', 'beacon'].includes((e as PerformanceResourceTiming).initiatorType) &&
          new URL(e.name).origin === location.origin,
      )
      .map((e) => e.name);
    registration.active?.postMessage({
      type: 'motcua-keep',
      page: location.href,
      urls: [new URL(catalogue, location.href).href, ...files],
    });
  });
}

const UNIT_WORDS: Array<[RegExp, string]> = [
  [/^(ngay lam viec|working[- ]?days?)$/, 'working-day'],
  [/^(ngay|days?)$/, 'day'],
  [/^(gio|hours?)$/, 'hour'],
  [/^(thang|months?)$/, 'month'],
];

function wordOf(value: unknown, words: Array<[RegExp, string]>): unknown {
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  const folded = foldVietnamese(String(value)).trim();
  return words.find(([pattern]) => pattern.test(folded))?.[1] ?? value;
}

/**
 * A ward writes its catalogue by hand, often in Vietnamese words: "ngày làm việc", "Cấp xã",
 * "Toàn trình". They become the model's values here; anything else still unreadable is left
 * out by readRecords, keeping the procedure.
 */
function modelWords(record: unknown): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  const r = { ...(record as Record<string, unknown>) };
  const time = r.processingTime;
  if (time && typeof time === 'object' && !Array.isArray(time))
    r.processingTime = { ...time, unit: wordOf((time as Record<string, unknown>).unit, UNIT_WORDS) };
  if (Array.isArray(r.levels)) r.levels = [...new Set(r.levels.map((l) => level(l) ?? l))];
  if (typeof r.level === 'string') r.level = level(r.level) ?? r.level;
  if (typeof r.onlineService === 'string' || typeof r.onlineService === 'number')
    r.onlineService = onlineService(r.onlineService) ?? r.onlineService;
  return r;
}

export function staticAdapter(options: StaticAdapterOptions): Adapter {
  const label = 'url' in options ? `static catalogue ${String(options.url)}` : 'static catalogue';
  const fetchFile = fileSource(options, label);
  const load = async (): Promise<StaticCatalogue & { storedAt?: string; lexicon?: LexiconEntry[] }> => {
    const { body, storedAt } = await fetchFile();
    const file = parseResponse(FileSchema, body, label);
    const read = <S extends z.ZodMiniType>(list: unknown[], schema: S, path: string) =>
      readRecords(list, schema, (r: z.infer<S>) => r, { label, path, onSkipped: options.onSkippedRecords });
    return {
      procedures: read(file.procedures.map(modelWords), ProcedureSchema, 'procedures'),
      ...(file.sectors ? { sectors: read(file.sectors, SectorSchema, 'sectors') } : {}),
      ...(file.agencies ? { agencies: read(file.agencies.map(modelWords), AgencySchema, 'agencies') } : {}),
      ...(storedAt ? { storedAt } : {}),
      ...(file.lexicon ? { lexicon: read(file.lexicon, LexiconEntrySchema, 'lexicon') } : {}),
    };
  };
  const catalogue = createCatalogue(load, options.search);
  return {
    name: 'static',
    lookupDossier: async () => {
      throw new MotcuaError('unsupported', 'the static adapter has no dossiers', { messages: NO_DOSSIERS });
    },
    ...catalogue,
    ping: async () => {
      await catalogue.listSectors({});
    },
  };
}
