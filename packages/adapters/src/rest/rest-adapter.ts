/**
 * The adapter for motcua's own REST API (the gateway): what the components use in browsers.
 *
 * Timeouts per attempt, bounded retries with backoff for these idempotent GETs, and
 * Retry-After on 429/503 — but only for short waits: a citizen shown a countdown beats a
 * request that silently hangs for a minute.
 */
import {
  ERROR_MESSAGES,
  isPersonalKey,
  KEY_KINDS,
  MotcuaError,
  STORED_AT_HEADER,
  type Adapter,
  type ErrorKind,
  type KeyKind,
  type Lang,
  type ProcedureQuery,
} from '@motcua/core';
import { createHttp } from '../http.js';

export interface RestAdapterOptions {
  /** The gateway's base URL, e.g. `https://gw.city.gov.vn` (a path prefix is kept). */
  endpoint: string;
  /** Per-attempt timeout in ms (default 10 000: slow rural networks). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** Longest Retry-After honoured by waiting, in seconds (default 5); longer ones are returned as rate-limited. */
  maxRetryAfterSeconds?: number;
  /** Language of error messages the gateway should return. */
  lang?: Lang;
  fetch?: typeof fetch;
}

/** The gateway's error body: `{ error: { kind, messages: { vi, en }, keyKind? } }`. */
function readGatewayError(body: unknown) {
  const error = (
    body as { error?: { kind?: unknown; messages?: { vi?: unknown; en?: unknown }; keyKind?: unknown; field?: unknown } } | undefined
  )?.error;
  if (!error) return undefined;
  // Every kind has a citizen message: the table doubles as the list of kinds.
  const kind = typeof error.kind === 'string' && Object.hasOwn(ERROR_MESSAGES, error.kind) ? (error.kind as ErrorKind) : undefined;
  const { vi, en } = error.messages ?? {};
  const messages = typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
  // What the gateway asks citizens to type, passed on (a key error from a backend that answers only with one).
  const keyKind = (KEY_KINDS as readonly unknown[]).includes(error.keyKind) ? (error.keyKind as KeyKind) : undefined;
  // Which input was refused (the key, not the code): the lookup marks that field.
  const field = typeof error.field === 'string' ? error.field.slice(0, 64) : undefined;
  return { ...(kind ? { kind } : {}), ...(messages ? { messages } : {}), ...(keyKind ? { keyKind } : {}), ...(field ? { field } : {}) };
}

function requiredMember<T>(body: unknown, name: string, label: string): T {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (value === undefined) throw new MotcuaError('bad-response', `${label}: the answer has no "${name}"`, { field: name });
  return value as T;
}

export function restAdapter(options: RestAdapterOptions): Adapter {
  if (!options?.endpoint)
    throw new TypeError('restAdapter: options.endpoint is required, e.g. restAdapter({ endpoint: "https://gw.city.gov.vn" }).');
  const base = options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`;
  const http = createHttp({
    timeoutMs: options.timeoutMs ?? 10_000,
    retries: options.retries ?? 2,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 5,
    headers: options.lang ? { 'accept-language': options.lang } : {},
    readErrorBody: readGatewayError,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const get = (path: string, label: string, signal: AbortSignal | undefined, searchParams?: Record<string, string>) =>
    http.json(`${base}${path}`, `rest ${label}`, { signal, ...(searchParams ? { searchParams } : {}) });

  /** A catalogue answer, with `storedAt` when it is the page's service worker's kept copy. */
  const getCatalogue = async (path: string, label: string, signal: AbortSignal | undefined, searchParams?: Record<string, string>) => {
    let storedAt: string | null = null;
    const body = await http.json(`${base}${path}`, `rest ${label}`, {
      signal,
      ...(searchParams ? { searchParams } : {}),
      onHeaders: (h) => (storedAt = h.get(STORED_AT_HEADER)),
    });
    return storedAt && body && typeof body === 'object' ? { ...body, storedAt } : body;
  };

  const enc = encodeURIComponent;
  return {
    name: 'rest',
    // Another motcua gateway: it checks the key and never sends it back.
    checksKeys: true,
    async lookupDossier(code, { key, signal }) {
      // An ID or phone number goes in the body, never in an address (which proxies and logs
      // keep); a receipt's key stays in the query, as the receipt's link and its preload ask.
      const body =
        key && isPersonalKey(key)
          ? await http.json(`${base}v1/dossiers/${enc(code)}`, 'rest dossier', {
              method: 'POST',
              form: new URLSearchParams({ key }),
              signal,
            })
          : await get(`v1/dossiers/${enc(code)}`, 'dossier', signal, key ? { key } : undefined);
      return requiredMember(body, 'dossier', 'rest dossier');
    },
    async searchProcedures(query: ProcedureQuery, { signal }) {
      const params: Record<string, string> = {};
      if (query.q) params.q = query.q;
      if (query.sector) params.sector = query.sector;
      if (query.level) params.level = query.level;
      if (query.onlineService) params.online = query.onlineService;
      if (query.limit !== undefined) params.limit = String(query.limit);
      if (query.offset !== undefined) params.offset = String(query.offset);
      const result = (await getCatalogue('v1/procedures', 'procedure search', signal, params)) as {
        storedAt?: string;
        items?: Array<{ procedure?: object }>;
      };
      // Each hit's procedure too: a detail opened from it says the data may be old.
      if (result.storedAt && Array.isArray(result.items))
        result.items = result.items.map((hit) =>
          hit?.procedure ? { ...hit, procedure: { ...hit.procedure, storedAt: result.storedAt } } : hit,
        );
      return result as never;
    },
    async getProcedure(code, { signal }) {
      const body = (await getCatalogue(`v1/procedures/${enc(code)}`, 'procedure', signal)) as { storedAt?: string };
      const procedure = requiredMember<object>(body, 'procedure', 'rest procedure');
      return (body.storedAt ? { ...procedure, storedAt: body.storedAt } : procedure) as never;
    },
    async listSectors({ signal }) {
      return requiredMember(await get('v1/sectors', 'sectors', signal), 'sectors', 'rest sectors');
    },
    async listAgencies({ signal }) {
      return requiredMember(await get('v1/agencies', 'agencies', signal), 'agencies', 'rest agencies');
    },
    async officeStats(query, { signal }) {
      const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as Record<string, string>;
      return (await get('v1/stats', 'stats', signal, params)) as never;
    },
    async hallBoard(query, { signal }) {
      const params: Record<string, string> = {};
      if (query.agency) params.agency = query.agency;
      if (query.days) params.days = String(query.days);
      return (await get('v1/board', 'board', signal, params)) as never;
    },
    follow: {
      url: `${base}v1/follow`,
      async publicKey({ signal }) {
        return requiredMember<string>(await get('v1/follow/key', 'follow key', signal), 'publicKey', 'rest follow key');
      },
      async start(request, { signal }) {
        await http.json(`${base}v1/follow`, 'rest follow', { method: 'POST', json: request, signal });
      },
      async stop(request, { signal }) {
        await http.json(`${base}v1/follow`, 'rest unfollow', { method: 'DELETE', json: request, signal });
      },
    },
    async ping({ signal }) {
      await get('healthz', 'health', signal);
    },
  };
}
