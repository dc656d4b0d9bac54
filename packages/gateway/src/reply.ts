/** Shared by the routes: the limits, how errors are sent, what routes get. */
import type { Adapter, KeyKind, MotcuaClient, MotcuaError } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { asMotcuaError, errorBody, langOf, STATUS_BY_KIND } from './errors.js';
import type { LookupGuard } from './lookup-guard.js';
import type { SharedState } from './shared-state.js';

export interface GatewayLimits {
  /** Requests per minute per client, all routes (default 300). */
  perMinute: number;
  /** Dossier look-ups per minute per client (default 20). */
  dossierPerMinute: number;
  /** Failed look-ups (unknown code, wrong key) per window before a client is refused (default 10). */
  failedLookups: number;
  failedLookupWindowMinutes: number;
  /**
   * Wrong keys for one dossier, from any number of clients, before its keyed look-ups and
   * follows pause (default 10), and for how long (default 15 minutes): a guess spread over
   * many addresses must fail too.
   */
  wrongKeysPerDossier: number;
  dossierPauseMinutes: number;
  /** How much of an address counts as one client (default IPv4 /32, IPv6 /64). */
  ipv4Prefix: number;
  ipv6Prefix: number;
}

export const DEFAULT_LIMITS: GatewayLimits = { perMinute: 300, dossierPerMinute: 20, failedLookups: 10, failedLookupWindowMinutes: 15, wrongKeysPerDossier: 10, dossierPauseMinutes: 15, ipv4Prefix: 32, ipv6Prefix: 64 };

/** How long answers are reused, stated once for the API (createGateway) and the config file. */
export const DEFAULT_CACHE_SECONDS = { catalogue: 300, dossier: 15 } as const;

/** Errors that mean the backend failed or answered what we cannot read: the operator must see why. */
const BACKEND_TROUBLE = new Set(['server', 'bad-response', 'network', 'timeout', 'unauthorized']);

/**
 * Logs why a request failed, for every route whatever it answers (JSON or a page): the detail
 * (backend URL, HTTP status, the start of its body, the broken field) goes to the log only;
 * citizens get the kind's message.
 */
export function logFailure(request: FastifyRequest, e: MotcuaError): void {
  const failure = { kind: e.kind, detail: e.detail, ...(e.field ? { field: e.field } : {}), ...(e.status ? { backendStatus: e.status } : {}) };
  if (BACKEND_TROUBLE.has(e.kind)) request.log.warn(failure, 'backend failure');
  else request.log.debug(failure, 'request refused');
}

/** Logs the failure, and sets its status and (rate-limited) Retry-After; what it answers is the caller's. */
function prepare(request: FastifyRequest, reply: FastifyReply, error: unknown): MotcuaError {
  const e = asMotcuaError(error);
  logFailure(request, e);
  if (e.retryAfter !== undefined) reply.header('retry-after', String(e.retryAfter));
  reply.code(STATUS_BY_KIND[e.kind]).header('cache-control', 'no-store');
  return e;
}

/** The API's JSON error. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const e = prepare(request, reply, error);
  return reply.send(errorBody(e, langOf(request.headers['accept-language'])));
}

/** A route's own error page (the no-JavaScript lookup), with the citizen's message. */
export function sendErrorPage(request: FastifyRequest, reply: FastifyReply, error: unknown, page: (message: string, error: MotcuaError) => string): FastifyReply {
  const e = prepare(request, reply, error);
  return reply.type('text/html; charset=utf-8').send(page(e.messageIn(langOf(request.headers['accept-language'])), e));
}

/** The JSON look-up and the no-JavaScript page draw from this one per-client dossier budget. */
export const DOSSIER_BUDGET = 'dossier';

export interface RouteContext {
  client: MotcuaClient;
  adapter: Adapter;
  /** The key the operator says citizens type (`keyKind` in the config); else the adapter's (dossier-access.ts keyKindOf). */
  keyKind: KeyKind | undefined;
  guard: LookupGuard;
  /** The limits for this request's client: its network's, or the defaults. */
  limitsFor(request: FastifyRequest): GatewayLimits;
  /** Who the request counts as: its network, hashed (networks.ts clientKey). */
  clientOf(request: FastifyRequest): string;
  state: SharedState;
  catalogueSeconds: number;
  healthTimeoutMs: number;
}
