/**
 * What a backend's failure becomes before a citizen hears of it. The adapter's errors are the
 * backend's account (its HTTP status, its own words, a connection refused): the gateway answers
 * with its own kind's words, and the detail goes to the log (error-replies.ts).
 *
 * - The backend unreachable (refused, reset, a name that does not resolve): `network`, 503, "the
 *   office's system is not answering" — not the browser's "check your network": the citizen's
 *   network is fine, they reached the gateway.
 * - The backend's 429: the gateway's own 503 "the system is busy" with Retry-After — not the
 *   citizen's 429 "too many lookups": they sent one.
 * - Any other: the kind's message; never the backend's own text (another gateway's, a city system's).
 */
import { isAbortError, isMotcuaError, MotcuaError, type Adapter } from '@motcua/core';
import { gatewayText } from './words.js';

const UNREACHABLE = gatewayText('error.backend-unreachable');
const BUSY = gatewayText('error.backend-busy');
/** How long a busy backend is given when it says nothing (Retry-After). */
const BUSY_SECONDS = 30;

/** A backend's error as the gateway answers it (kind, Retry-After, the key kind asked for; the gateway's words). */
export function fromBackend(error: unknown): unknown {
  if (isAbortError(error)) return error;
  if (!isMotcuaError(error)) {
    // fetch's own failure (refused, reset, not resolved): the client would call it `network`.
    return error instanceof TypeError
      ? new MotcuaError('network', `backend: ${error.message}`, { cause: error, messages: UNREACHABLE })
      : error;
  }
  const detail = error.detail;
  const kept = {
    cause: error,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.field === undefined ? {} : { field: error.field }),
    ...(error.keyKind === undefined ? {} : { keyKind: error.keyKind }),
  };
  if (error.kind === 'network') return new MotcuaError('network', detail, { ...kept, messages: UNREACHABLE });
  if (error.kind === 'rate-limited')
    return new MotcuaError('network', `backend busy: ${detail}`, { ...kept, retryAfter: error.retryAfter ?? BUSY_SECONDS, messages: BUSY });
  return new MotcuaError(error.kind, detail, { ...kept, ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter }) });
}

/** Calls `run`, its failure (thrown or rejected) turned into the gateway's. */
function guarded<T>(run: () => T): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    throw fromBackend(error);
  }
  if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(fromBackend(error))) as T;
  return result;
}

/** Every method of `target` (and of its `follow`), its failures turned into the gateway's. */
function wrap<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, name, receiver) {
      const value: unknown = Reflect.get(object, name, receiver);
      if (typeof value === 'function')
        return (...args: unknown[]) => guarded(() => (value as (...a: unknown[]) => unknown).apply(object, args));
      if (name === 'follow' && value && typeof value === 'object') return wrap(value);
      return value;
    },
  });
}

/** The adapter as the gateway's routes see it: a backend's failures in the gateway's words. */
export const withBackendErrors = (adapter: Adapter): Adapter => wrap(adapter);
