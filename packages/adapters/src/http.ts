/**
 * JSON over HTTP for every network adapter, through ky: a timeout per attempt, bounded
 * retries with backoff, Retry-After on 429/503 (only for short waits), a bearer token set
 * before each attempt and fetched again once on a 401, and the core's typed errors.
 *
 * ky 1 (not 2): ky 2.1 is 4 KB more in every element that talks to a gateway, past the size
 * budgets (README, "Why still ky 1"). Its cost in the lookup's first download is measured by
 * `npm run bench bundles` (docs/bench/bundles.md).
 */
import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky';
import { MotcuaError, type ErrorKind, type KeyKind, type LocalizedText } from '@motcua/core';

export interface HttpOptions {
  /** Per-attempt timeout in ms. */
  timeoutMs: number;
  /** Retries after the first attempt, for network errors and 408/429/5xx (not for timeouts). */
  retries: number;
  /** Longest Retry-After honoured by waiting, in seconds; longer ones end as `rate-limited`. */
  maxRetryAfterSeconds?: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** Reads a backend's error body: a more precise kind and citizen messages, if it has them. */
  readErrorBody?: ErrorBodyReader;
  /** A bearer token for every request; on a 401 it is dropped and the request tried once more with a new one. */
  bearer?: BearerToken;
}

export interface BearerToken {
  /** The current token (fetched when there is none). */
  get(): Promise<string>;
  /** Forget `refused`: the backend refused it (another caller may have a new one already). */
  drop(refused: string): void | Promise<void>;
}

export interface ErrorBodyReader {
  (body: unknown): { kind?: ErrorKind; messages?: LocalizedText; keyKind?: KeyKind; field?: string } | undefined;
}

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  searchParams?: Record<string, string>;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as a form. */
  form?: URLSearchParams;
  signal?: AbortSignal | undefined;
  /** Overrides the client's retries for this request (e.g. 0 for a token request). */
  retries?: number;
  /** Sees the answer's headers (a header the body does not carry) and its status (a 2xx that means a refusal: OpenCPS's 203). */
  onHeaders?: (headers: Headers, status: number) => void;
}

export interface HttpClient {
  /** Fetches `url` and parses its JSON; throws a MotcuaError (or the caller's AbortError). */
  json(url: string, label: string, request?: HttpRequest): Promise<unknown>;
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];

const BY_STATUS: Record<number, ErrorKind> = {
  400: 'invalid-input',
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not-found',
  408: 'timeout',
  422: 'invalid-input',
  429: 'rate-limited',
  501: 'unsupported',
  504: 'timeout',
};

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The start of an answer's body, for the detail that logs and developers read. */
function excerpt(text: string): string {
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return start && ` — ${start}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Where a request went, for logs: never the query string, which may carry a lookup key or a token. */
const place = (method: string, url: string) => `${method} ${url.split('?')[0]}`;

export function createHttp(options: HttpOptions): HttpClient {
  const maxWait = options.maxRetryAfterSeconds ?? Number.POSITIVE_INFINITY;
  const { bearer } = options;
  const api: KyInstance = ky.create({
    timeout: options.timeoutMs,
    headers: { accept: 'application/json', ...options.headers },
    retry: {
      limit: options.retries,
      methods: ['get', 'post', 'delete'],
      statusCodes: RETRY_STATUS,
      afterStatusCodes: [429, 503],
      // 300 ms, 600 ms, 1.2 s … capped at 4 s.
      delay: (attempt) => 300 * 2 ** (attempt - 1),
      backoffLimit: 4000,
      // A long Retry-After ends at once as rate-limited: a citizen shown a countdown beats a request hanging for a minute.
      shouldRetry: ({ error }) => {
        if (!(error instanceof HTTPError) || ![429, 503].includes(error.response.status)) return undefined;
        const wait = retryAfterSeconds(error.response.headers.get('retry-after'));
        return wait !== undefined && wait > maxWait ? false : undefined;
      },
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: bearer
      ? {
          beforeRequest: [async (request) => request.headers.set('authorization', `Bearer ${await bearer.get()}`)],
          afterResponse: [
            async (request, _options, response, state) => {
              // An expired or revoked token: a new one, once.
              if (response.status !== 401 || state.retryCount > 0) return undefined;
              await bearer.drop((request.headers.get('authorization') ?? '').replace(/^Bearer /, ''));
              return ky.retry({ delay: 0 });
            },
          ],
        }
      : {},
  });

  async function toError(error: unknown, label: string, where: string, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return signal.reason;
    if (error instanceof MotcuaError) return error;
    if (error instanceof TimeoutError)
      return new MotcuaError('timeout', `${label}: timed out after ${options.timeoutMs} ms (${where})`, { cause: error });
    if (error instanceof HTTPError) {
      const { status, headers } = error.response;
      const text = await error.response.text().catch(() => '');
      const fromBody = options.readErrorBody?.(parseJson(text));
      const kind = fromBody?.kind ?? BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-response');
      const retryAfter = retryAfterSeconds(headers.get('retry-after'));
      // For the operator's log (never shown to citizens): where it went and what came back.
      return new MotcuaError(kind, `${label}: HTTP ${status} from ${where}${excerpt(text)}`, {
        status,
        ...(retryAfter === undefined ? {} : { retryAfter }),
        ...(fromBody?.messages ? { messages: fromBody.messages } : {}),
        ...(fromBody?.keyKind ? { keyKind: fromBody.keyKind } : {}),
        ...(fromBody?.field ? { field: fromBody.field } : {}),
      });
    }
    return new MotcuaError('network', `${label}: ${error instanceof Error ? error.message : String(error)} (${where})`, { cause: error });
  }

  return {
    async json(url, label, request = {}) {
      const method = request.method ?? 'GET';
      const where = place(method, url);
      // Added to the URL's own query (ky's searchParams would replace it).
      const query = request.searchParams ? new URLSearchParams(request.searchParams).toString() : '';
      const target = query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
      const init: Options = {
        method,
        ...(request.headers ? { headers: request.headers } : {}),
        ...(request.json !== undefined ? { json: request.json } : request.form ? { body: request.form } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
        ...(request.retries === undefined ? {} : { retry: { limit: request.retries } }),
      };
      let text: string;
      try {
        const response = await api(target, init);
        request.onHeaders?.(response.headers, response.status);
        text = await response.text();
      } catch (error) {
        throw await toError(error, label, where, request.signal);
      }
      // 204 No Content (a DELETE): nothing to read.
      if (!text) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new MotcuaError('bad-response', `${label}: the answer from ${where} is not JSON${excerpt(text)}`, { cause: error });
      }
    },
  };
}
