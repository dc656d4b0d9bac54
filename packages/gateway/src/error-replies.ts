/**
 * How a failed request is answered and logged. Each area of the gateway sets its own error
 * handler from these (Fastify's encapsulation): the API answers the JSON error body, the
 * no-JavaScript page answers a page with the reason.
 */
import { isMotcuaError, type MotcuaError } from '@motcua/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { asMotcuaError, errorBody, langOf, statusOf } from './errors.js';

/** Nine digits or more in a row — no dossier code's, an ID or phone number's — hidden from a log line. */
export const maskDigitRuns = (text: string): string => text.replace(/\d{9,}/g, (d) => '#'.repeat(d.length));

/** Errors that mean the backend failed or answered what we cannot read: the operator must see why. */
const BACKEND_TROUBLE = new Set(['server', 'bad-response', 'network', 'timeout', 'unauthorized']);

/**
 * Logs why a request failed, whatever it answers (JSON or a page): the detail (backend URL,
 * HTTP status, the start of its body, the broken field) goes to the log only; citizens get the
 * kind's message.
 */
function logFailure(request: FastifyRequest, e: MotcuaError): void {
  const failure = {
    kind: e.kind,
    // Nine digits or more in a row hidden, as in the request path: an ID number typed where a code goes.
    detail: maskDigitRuns(e.detail),
    ...(e.field ? { field: e.field } : {}),
    ...(e.status ? { backendStatus: e.status } : {}),
  };
  if (BACKEND_TROUBLE.has(e.kind)) request.log.warn(failure, 'backend failure');
  else request.log.debug(failure, 'request refused');
}

/** Logs the failure, and sets its status and (rate-limited) Retry-After; what it answers is the caller's. */
function prepare(request: FastifyRequest, reply: FastifyReply, error: unknown): MotcuaError {
  // A request from another site's page is refused for that, whatever else is wrong with it (request-policy.ts).
  const e = request.foreignRefusal ?? asMotcuaError(error);
  logFailure(request, e);
  if (e.retryAfter !== undefined) reply.header('retry-after', String(e.retryAfter));
  reply.code(statusOf(e)).header('cache-control', 'no-store');
  return e;
}

/** The API's JSON error, also sent from hooks that refuse a request before any route. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const e = prepare(request, reply, error);
  // The language a body asks for (a follow's `lang`: its page's), else Accept-Language.
  const asked = (request.body as { lang?: unknown } | undefined)?.lang;
  const lang = typeof asked === 'string' && asked.length <= 35 ? `${asked},${request.headers['accept-language'] ?? ''}` : undefined;
  return reply.send(errorBody(e, langOf(lang ?? request.headers['accept-language'])));
}

type ErrorHandler = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => FastifyReply;

/** What a thrown error stands for: the rate limiter's carry their MotcuaError; anything unknown is logged as a bug. */
function thrown(error: FastifyError, request: FastifyRequest): unknown {
  const motcua = (error as { motcua?: unknown }).motcua ?? error;
  if (!isMotcuaError(motcua) && (error.statusCode ?? 500) >= 500) request.log.error({ err: error }, 'unhandled error');
  return motcua;
}

/** The JSON API's error handler: the Error body of api-schemas.ts. */
export const jsonErrors: ErrorHandler = (error, request, reply) => sendError(request, reply, thrown(error, request));

/** An HTML page's error handler (the no-JavaScript lookup): the page `page` writes, with the citizen's message in its language. */
export function pageErrors(
  page: (error: MotcuaError, request: FastifyRequest) => Promise<string>,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> {
  return async (error, request, reply) => {
    const e = prepare(request, reply, thrown(error, request));
    return reply.type('text/html; charset=utf-8').send(await page(e, request));
  };
}
