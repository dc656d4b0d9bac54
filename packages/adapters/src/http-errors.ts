/** Turns what ky throws into the core's typed errors, the same way for every network adapter. */
import { isAbortError, MotcuaError, type ErrorKind, type LocalizedText } from '@motcua/core';
import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';

/** Seconds from a Retry-After header (delta-seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

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

export interface ErrorBodyReader {
  /** Reads a backend's error body: a more precise kind and citizen messages, if it has them. */
  (body: unknown): { kind?: ErrorKind; messages?: LocalizedText } | undefined;
}

/** Re-throws `error` as a MotcuaError (AbortError passes through untouched). */
export async function toMotcuaError(error: unknown, what: string, readBody?: ErrorBodyReader): Promise<never> {
  if (isAbortError(error) || error instanceof MotcuaError) throw error;
  if (isTimeoutError(error)) throw new MotcuaError('timeout', `${what}: timed out`, { cause: error });
  if (isHTTPError(error)) {
    const { status, headers } = error.response;
    let body: unknown;
    try {
      body = error.data ?? (await error.response.clone().json());
    } catch {
      body = undefined;
    }
    const fromBody = readBody?.(body);
    const kind = fromBody?.kind ?? BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-response');
    const retryAfter = retryAfterSeconds(headers.get('retry-after'));
    throw new MotcuaError(kind, `${what}: HTTP ${status}`, {
      status,
      cause: error,
      ...(retryAfter === undefined ? {} : { retryAfter }),
      ...(fromBody?.messages ? { messages: fromBody.messages } : {}),
    });
  }
  if (isNetworkError(error) || error instanceof TypeError) throw new MotcuaError('network', `${what}: ${(error as Error).message}`, { cause: error });
  if (error instanceof SyntaxError) throw new MotcuaError('bad-response', `${what}: the answer is not JSON`, { cause: error });
  throw new MotcuaError('server', `${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
