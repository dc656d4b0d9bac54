/**
 * JSON over fetch for every network adapter: a timeout per attempt, bounded retries with
 * backoff, Retry-After on 429/503 (only for short waits), and the core's typed errors.
 *
 * Written here rather than taken from ky: ky 2 alone is 8.7 KB min+gzip, and dropping it took
 * the lookup element from 44.4 to 35.6 KB; this file is 2.1 KB with the core errors it throws
 * (`npm run bench bundles` measures both).
 */
import { MotcuaError, type ErrorKind, type LocalizedText } from '@motcua/core';

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
}

export interface ErrorBodyReader {
  (body: unknown): { kind?: ErrorKind; messages?: LocalizedText } | undefined;
}

export interface HttpRequest {
  method?: 'GET' | 'POST';
  searchParams?: Record<string, string>;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as a form. */
  form?: URLSearchParams;
  signal?: AbortSignal | undefined;
  /** Overrides the client's retries for this request (e.g. 0 for a token request). */
  retries?: number;
}

export interface HttpClient {
  /** Fetches `url` and parses its JSON; throws a MotcuaError (or the caller's AbortError). */
  json(url: string, what: string, request?: HttpRequest): Promise<unknown>;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

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

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
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

export function createHttp(options: HttpOptions): HttpClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxWait = options.maxRetryAfterSeconds ?? Number.POSITIVE_INFINITY;

  /** One attempt: the response, or a MotcuaError; the caller's abort passes through as is. */
  async function attempt(url: string, init: RequestInit, what: string, signal: AbortSignal | undefined): Promise<{ response: Response; text: string }> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await doFetch(url, { ...init, signal: timeout.signal });
      return { response, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new MotcuaError('timeout', `${what}: timed out after ${options.timeoutMs} ms`, { cause: error });
      throw new MotcuaError('network', `${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  function httpError(response: Response, text: string, what: string, method: string, target: string): MotcuaError {
    const { status, headers } = response;
    const fromBody = options.readErrorBody?.(parseJson(text));
    const kind = fromBody?.kind ?? BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-response');
    const retryAfter = retryAfterSeconds(headers.get('retry-after'));
    // For the operator's log (never shown to citizens): where it went and what came back.
    // The query string stays out: it may carry a lookup key or a token.
    return new MotcuaError(kind, `${what}: HTTP ${status} from ${method} ${target.split('?')[0]}${excerpt(text)}`, {
      status,
      ...(retryAfter === undefined ? {} : { retryAfter }),
      ...(fromBody?.messages ? { messages: fromBody.messages } : {}),
    });
  }

  return {
    async json(url, what, request = {}) {
      const { signal } = request;
      const query = request.searchParams ? new URLSearchParams(request.searchParams).toString() : '';
      const target = query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
      const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...request.headers };
      let body: BodyInit | undefined;
      if (request.json !== undefined) {
        body = JSON.stringify(request.json);
        headers['content-type'] = 'application/json';
      } else if (request.form) {
        body = request.form;
      }
      const init: RequestInit = { method: request.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) };
      const retries = request.retries ?? options.retries;
      for (let n = 0; ; n++) {
        let answer: { response: Response; text: string };
        try {
          answer = await attempt(target, init, what, signal);
        } catch (error) {
          // Only a failed connection is worth another try; a timeout already cost a full wait.
          if (!(error instanceof MotcuaError && error.kind === 'network') || n >= retries) throw error;
          await sleep(backoff(n), signal);
          continue;
        }
        const { response, text } = answer;
        if (response.ok) {
          try {
            return JSON.parse(text) as unknown;
          } catch (error) {
            throw new MotcuaError('bad-response', `${what}: the answer from ${init.method!} ${target.split('?')[0]} is not JSON${excerpt(text)}`, { cause: error });
          }
        }
        const error = httpError(response, text, what, init.method!, target);
        const retryAfter = response.status === 429 || response.status === 503 ? error.retryAfter : undefined;
        if (n >= retries || !RETRY_STATUS.has(response.status) || (retryAfter !== undefined && retryAfter > maxWait)) throw error;
        await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoff(n), signal);
      }
    },
  };
}

/** 300 ms, 600 ms, 1.2 s … capped at 4 s. */
function backoff(n: number): number {
  return Math.min(4000, 300 * 2 ** n);
}
