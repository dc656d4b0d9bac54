/** MotcuaError → HTTP status and the API's JSON error body. */
import { isMotcuaError, MotcuaError, type ErrorKind, type KeyKind, type Lang } from '@motcua/core';
// Every language the gateway speaks, registered (the answers' messages carry them), and the one resolver of a language tag.
import { resolveLang } from './languages.js';
import { gatewayText, gatewayTextWith } from './words.js';

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  'key-required': 403,
  'not-found': 404,
  'rate-limited': 429,
  unsupported: 501,
  server: 502,
  'bad-response': 502,
  network: 503,
  timeout: 504,
};

/** A status more precise than the kind's, for the gateway's own refusals (405, 413, 415): the body keeps the kind. */
const ANSWER_STATUS = new WeakMap<MotcuaError, number>();

/** `error`, answered with `status` instead of its kind's. */
export function answeredWith<E extends MotcuaError>(error: E, status: number): E {
  ANSWER_STATUS.set(error, status);
  return error;
}

/** The HTTP status an error is answered with. */
export const statusOf = (error: MotcuaError): number => ANSWER_STATUS.get(error) ?? STATUS_BY_KIND[error.kind];

const TOO_LARGE = gatewayText('error.too-large');
const MEDIA_TYPE = gatewayText('error.media-type');

export interface ErrorBody {
  error: { kind: ErrorKind; message: string; messages: { vi: string; en: string }; retryAfter?: number; field?: string; keyKind?: KeyKind };
}

/** Backend trouble is reported as the gateway's own: a citizen cannot act on a backend's detail. */
export function errorBody(error: MotcuaError, lang: Lang): ErrorBody {
  const body: ErrorBody = { error: { kind: error.kind, message: error.messageIn(lang), messages: error.messages } };
  if (error.retryAfter !== undefined) body.error.retryAfter = error.retryAfter;
  if (error.kind === 'invalid-input' && error.field) body.error.field = error.field;
  // What to type: the lookup relabels its key field from a key error too (OpenCPS answers nothing without one).
  if (error.keyKind) body.error.keyKind = error.keyKind;
  return body;
}

/** What a route schema refused, by name: `limit`, `from`, `code` (zod's issue, as fastify-type-provider-zod passes it on). */
function refusedField(error: { validation?: Array<{ instancePath?: string; params?: { keys?: unknown } }> }): string | undefined {
  const issue = error.validation?.[0];
  if (!issue) return undefined;
  const path = issue.instancePath?.replace(/^\//, '').replace(/\//g, '.');
  // An unknown parameter is named by the issue (its path is the object that holds it).
  const unknown = Array.isArray(issue.params?.keys) ? String(issue.params.keys[0]) : undefined;
  const name = path || unknown;
  // A name the request made up is echoed back and logged: never its digits (a JSON body sent as
  // a form makes `{"key":"0425…"}` a field name), nor more than a field name's length.
  return name?.replace(/\d{5,}/g, (d) => '#'.repeat(d.length)).slice(0, 64);
}

export function asMotcuaError(error: unknown): MotcuaError {
  if (isMotcuaError(error)) return error;
  const field = refusedField(error as Parameters<typeof refusedField>[0]);
  if (field !== undefined || (error as { validation?: unknown }).validation) {
    return new MotcuaError('invalid-input', (error as Error).message, { status: 400, ...(field ? { field } : {}) });
  }
  const status = (error as { statusCode?: number }).statusCode;
  // Said as what it is, not as "not valid": too large (a body past the limit), or a type the gateway does not read.
  if (status === 413 || status === 414 || status === 431)
    return answeredWith(
      new MotcuaError('invalid-input', `request too large: ${(error as Error).message}`, { messages: TOO_LARGE }),
      status,
    );
  if (status === 415)
    return answeredWith(new MotcuaError('invalid-input', `media type refused: ${(error as Error).message}`, { messages: MEDIA_TYPE }), 415);
  if (status && status >= 400 && status < 500) return new MotcuaError('invalid-input', (error as Error).message, { status });
  return new MotcuaError('server', error instanceof Error ? error.message : String(error), { cause: error });
}

/** Refused by a limit: its message says how long to wait, in minutes (Retry-After says the seconds). */
export function rateLimited(retryAfter: number): MotcuaError {
  const minutes = Math.max(1, Math.ceil(retryAfter / 60));
  return new MotcuaError('rate-limited', `rate limit, retry in ${retryAfter}s`, {
    retryAfter,
    messages: gatewayTextWith('error.rate-limited', { minutes }),
  });
}

/** The first language of an Accept-Language header that the core knows, else Vietnamese. */
export function langOf(acceptLanguage: string | undefined): Lang {
  return resolveLang(acceptLanguage);
}
