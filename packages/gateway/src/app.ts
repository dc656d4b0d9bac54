/**
 * The gateway: serves motcua's REST API over any adapter. Backend credentials stay here;
 * browsers get only what privacy.ts lets out.
 *
 * Built as Fastify's guides build an app: shared services as decorators (gateway-services.ts),
 * what every request goes through (request-policy.ts), then one encapsulated plugin per area —
 * the JSON API, following, operations, the no-JavaScript page, the portal's files — each with
 * its own error handler (error-replies.ts).
 */
import { MotcuaError, type Adapter, type KeyKind } from '@motcua/core';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import { maskDigitRuns, sendError } from './error-replies.js';
import { asMotcuaError, errorBody } from './errors.js';
import { following, type FollowOptions } from './follow/following.js';
import { gatewayServices } from './gateway-services.js';
import { DEFAULT_CACHE_SECONDS, DEFAULT_LIMITS, type GatewayLimits } from './limits.js';
import { clientKey, type NetworkLimits } from './networks.js';
import { openapiDocument } from './openapi-document.js';
import { normalizeOrigin } from './origins.js';
import { portalFiles } from './portal.js';
import { requestPolicy } from './request-policy.js';
import { apiRoutes } from './routes/api.js';
import { lookupPageRoutes } from './routes/lookup-page.js';
import { operationsRoutes } from './routes/operations.js';

export { DEFAULT_LIMITS, type GatewayLimits } from './limits.js';

export interface GatewayOptions {
  adapter: Adapter;
  /**
   * What citizens type to see a dossier's details, when it is not what the adapter's backend
   * asks for (`adapter.keyKind`): e.g. `phone` where a province looks dossiers up by the
   * applicant's phone number. Not for a backend that checks keys itself (OpenCPS, another gateway).
   */
  keyKind?: KeyKind;
  /** Portal origins allowed to call the API from browsers. */
  origins?: string[];
  limits?: Partial<GatewayLimits>;
  /** Seconds catalogue answers are cached (server and browsers; default 300). */
  catalogueSeconds?: number;
  /** Seconds a backend's dossier answer is reused, to absorb bursts (default 15). */
  dossierSeconds?: number;
  /**
   * Behind reverse proxies: their addresses or blocks (`loopback` for one on this machine), whose
   * X-Forwarded-For entries are believed. `true` believes every entry — the first ones are the
   * client's own words.
   */
  trustProxy?: boolean | string[];
  /** A folder served at `/` (the demo portal, or a city's own page). */
  portalDir?: string;
  /** Following dossiers: Web Push to browsers and signed webhooks on a status change (follow/). */
  follow?: FollowOptions;
  /** `false`, a pino level name, or a logger options object. */
  logger?: boolean | { level: string; stream?: NodeJS.WritableStream };
  /** Health check timeout in ms (default 3000). */
  healthTimeoutMs?: number;
  /**
   * Redis (`redis://host:6379/0`) for the counters every instance must share: request budgets
   * and failed look-ups. Without it they live in this process (one instance).
   */
  redis?: string;
  /** Networks with their own limits (a one-door hall, a kiosk): docs/gateway.md. */
  networks?: NetworkLimits[];
}

/** A request's path as logs keep it: no query (keys), and nine digits or more in a row — no dossier code's, an ID number typed as one — hidden. */
function loggedPath(url: string): string {
  return maskDigitRuns(url.split('?')[0]!);
}

export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  if (options.keyKind && options.adapter.checksKeys && options.keyKind !== options.adapter.keyKind) {
    throw new TypeError(
      `keyKind "${options.keyKind}": the ${options.adapter.name} backend checks its own key${options.adapter.keyKind ? ` (${options.adapter.keyKind})` : ', and says which'}; leave keyKind out.`,
    );
  }
  if (options.keyKind === 'receipt' && options.adapter.keyKind === 'id-number') {
    throw new TypeError(
      `keyKind "receipt": the ${options.adapter.name} backend's records carry no receipt key, so no dossier could be opened; leave keyKind out (citizens type the applicant's ID number) or use "phone".`,
    );
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const clientOf = (request: FastifyRequest) => clientKey(request.ip, limits);
  const origins = new Set((options.origins ?? []).map(normalizeOrigin));
  const catalogueSeconds = options.catalogueSeconds ?? DEFAULT_CACHE_SECONDS.catalogue;

  const app = Fastify({
    logger:
      options.logger === false || options.logger === undefined
        ? false
        : {
            level: options.logger === true ? 'info' : options.logger.level,
            ...(typeof options.logger === 'object' && options.logger.stream ? { stream: options.logger.stream } : {}),
            // No query strings (they carry lookup keys), no headers, no raw addresses.
            serializers: {
              req: (req: FastifyRequest) => ({ method: req.method, path: loggedPath(req.url), client: clientOf(req) }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024,
    // No parameter can be longer than the request head Node accepts: the router never turns a
    // long one into a 404, the route's schema refuses it (400 naming it).
    routerOptions: { maxParamLength: maxHeaderSize },
    return503OnClosing: true,
    // Errors the router raises before any route (a path parameter too long, a bad
    // Content-Type) get the same JSON error as the rest, without echoing the URL back.
    frameworkErrors: (error, request, reply) => {
      // A type the gateway does not read is said as such (415), the rest as not valid.
      const e = error.statusCode === 415 ? asMotcuaError(error) : new MotcuaError('invalid-input', `refused by the router: ${error.code}`);
      sendError(request, reply, e);
    },
    // A request Node's parser refuses (raw non-ASCII in the URL from a hand-typed curl, a
    // header too large) gets the same JSON error as the rest, not a bare "Client Error" —
    // in Vietnamese, as no Accept-Language could be read.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return socket.destroy();
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const body = JSON.stringify(errorBody(new MotcuaError('invalid-input', `refused by the HTTP parser: ${error.code}`), 'vi'));
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    },
  });

  await app.register(gatewayServices, {
    adapter: options.adapter,
    keyKind: options.keyKind,
    limits,
    networks: options.networks,
    redis: options.redis,
    catalogueSeconds,
    dossierSeconds: options.dossierSeconds ?? DEFAULT_CACHE_SECONDS.dossier,
  });
  await app.register(requestPolicy, { origins, loggedPath });
  await app.register(openapiDocument);

  await app.register(apiRoutes, { prefix: '/v1', catalogueSeconds });
  if (options.follow) await app.register(following, { adapter: options.adapter, follow: options.follow });
  await app.register(operationsRoutes, {
    adapter: options.adapter,
    healthTimeoutMs: options.healthTimeoutMs ?? 3000,
    portal: Boolean(options.portalDir),
  });
  await app.register(lookupPageRoutes);
  if (options.portalDir) await app.register(portalFiles, { root: options.portalDir });
  return app;
}
