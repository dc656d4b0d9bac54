/**
 * The gateway: serves motcua's REST API over any adapter. Backend credentials stay here;
 * browsers get only what privacy.ts lets out.
 */
import { createClient, isMotcuaError, MotcuaError, type Adapter, type KeyKind } from '@motcua/core';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import { constants as zlib } from 'node:zlib';
import { errorBody, rateLimited } from './errors.js';
import { portalFiles } from './portal.js';
import { addSecurityHeaders } from './security-headers.js';
import { normalizeOrigin } from './origins.js';
import { DEFAULT_CACHE_SECONDS, DEFAULT_LIMITS, sendError, sendErrorPage, type GatewayLimits, type RouteContext } from './reply.js';

export { DEFAULT_LIMITS, type GatewayLimits } from './reply.js';
import { LookupGuard } from './lookup-guard.js';
import { clientKey, limitsByAddress, type NetworkLimits } from './networks.js';
import swagger, { type SwaggerOptions } from '@fastify/swagger';
import { addSharedSchemas, errors, NO_QUERY } from './api-schemas.js';
import { withSharedDossiers } from './shared-dossiers.js';
import { memoryState, rateLimitStore, redisState } from './shared-state.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { dossierRoutes } from './routes/dossiers.js';
import { healthRoutes } from './routes/health.js';
import { lookupPageRoutes } from './routes/lookup-page.js';
import { openapiRoutes } from './routes/openapi.js';
import { boardRoutes } from './routes/board.js';
import { followRoutes, type FollowOptions } from './follow/follow-routes.js';
import { statsRoutes } from './routes/stats.js';


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

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Reads the adapter's catalogue again (a ward edited its file) and forgets cached answers.
     * The old catalogue is served until the new one is read, and kept if it cannot be.
     */
    reloadCatalogue(): Promise<void>;
    /** With `follow`: one round of the watcher now (operators, tests); the look-ups it made. */
    pollFollowed?(): Promise<number>;
  }
  interface FastifyContextConfig {
    /** The route answers errors with this page instead of JSON (the no-JavaScript lookup). */
    errorPage?: (message: string, error: MotcuaError) => string;
    /** A portal file: outside the API's request budget (portal.ts). */
    staticFile?: boolean;
  }
}

const FOREIGN_POST = {
  vi: 'Trang web này chưa được phép gửi tra cứu tới cổng kết nối. Vui lòng tra cứu trên cổng dịch vụ công của tỉnh, thành phố.',
  en: 'This website may not send look-ups to the gateway. Please use the province or city public service portal.',
};

const ROOT = {
  service: 'motcua-gateway',
  message: {
    vi: 'Cổng kết nối motcua đang chạy. Trang web của thành phố gọi API này; xem /openapi.json.',
    en: 'The motcua gateway is running. City portals call this API; see /openapi.json.',
  },
  links: { api: '/openapi.json', lookup: '/lookup', health: '/healthz' },
};

const ROOT_SCHEMA = {
  type: 'object',
  required: ['service', 'message', 'links'],
  properties: {
    service: { const: 'motcua-gateway' },
    message: { type: 'object', required: ['vi', 'en'], properties: { vi: { type: 'string' }, en: { type: 'string' } } },
    links: { type: 'object', required: ['api', 'lookup', 'health'], properties: { api: { type: 'string' }, lookup: { type: 'string' }, health: { type: 'string' } } },
  },
};

/** The generated document's frame; paths and schemas come from the routes. */
const OPENAPI = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'motcua gateway API',
      version: '1.0.0',
      description:
        'Dossier status and the procedure catalogue of a one-stop office (một cửa điện tử). Without the lookup key a dossier answer carries only status, procedure, dates and a masked applicant name. Errors are JSON with a stable `error.kind` and a Vietnamese `error.message` (English with `Accept-Language: en`). Every route answers HEAD as GET without a body. No authentication: the API is public, limited per client.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This gateway' }],
    // Public by design: no credentials, limits per client instead.
    security: [],
    tags: [
      { name: 'dossiers', description: 'A citizen follows a dossier.' },
      { name: 'catalogue', description: 'Procedures, sectors and agencies.' },
      { name: 'statistics', description: 'What offices publish.' },
      { name: 'follow', description: 'Being told when a dossier changes.' },
      { name: 'operations', description: 'For operators and tools.' },
    ],
  },
  exposeHeadRoutes: true,
  // HEAD answers like GET: the same description, its own operation id.
  transform: ({ schema, url, route }) => ({ schema: route.method === 'HEAD' && schema?.operationId ? { ...schema, operationId: `${schema.operationId as string}Head` } : schema, url }),
  refResolver: { buildLocalReference: (json: { $id?: unknown }, _base: unknown, _fragment: unknown, i: number) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
} satisfies SwaggerOptions;

/** A request's path as logs keep it: no query (keys), and nine digits or more in a row — no dossier code's, an ID number typed as one — hidden. */
function loggedPath(url: string): string {
  return url.split('?')[0]!.replace(/\d{9,}/g, (d) => '#'.repeat(d.length));
}

export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  if (options.keyKind && options.adapter.checksKeys && options.keyKind !== options.adapter.keyKind) {
    throw new TypeError(`keyKind "${options.keyKind}": the ${options.adapter.name} backend checks its own key${options.adapter.keyKind ? ` (${options.adapter.keyKind})` : ', and says which'}; leave keyKind out.`);
  }
  if (options.keyKind === 'receipt' && options.adapter.keyKind === 'id-number') {
    throw new TypeError(`keyKind "receipt": the ${options.adapter.name} backend's records carry no receipt key, so no dossier could be opened; leave keyKind out (citizens type the applicant's ID number) or use "phone".`);
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const catalogueSeconds = options.catalogueSeconds ?? DEFAULT_CACHE_SECONDS.catalogue;
  const origins = new Set((options.origins ?? []).map(normalizeOrigin));
  const dossierTtlMs = (options.dossierSeconds ?? DEFAULT_CACHE_SECONDS.dossier) * 1000;
  const limitsFor = limitsByAddress(limits, options.networks);
  const clientOf = (request: FastifyRequest) => clientKey(request.ip, limits);
  const state = options.redis ? redisState(options.redis) : memoryState();
  // Started with Redis: count in it from the first request if it answers within 2 s; else start
  // degraded (counters per instance) and move to it when it does.
  await state.ready(2000);
  // The backend's token or session and its catalogue: one login and one fetch for every instance.
  options.adapter.attachStore?.(state);
  const client = createClient({
    // With Redis, a dossier answer is shared by the instances too (each keeps its own as well).
    adapter: options.redis ? withSharedDossiers(options.adapter, state, dossierTtlMs) : options.adapter,
    catalogueTtlMs: catalogueSeconds * 1000,
    dossierTtlMs,
    cacheSize: 2000,
  });
  const guard = new LookupGuard(state, limits.failedLookupWindowMinutes * 60_000);

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
    // A query parameter the route does not know is refused (400), as its schema says, not dropped.
    ajv: { customOptions: { removeAdditional: false } },
    return503OnClosing: true,
    // Errors the router raises before any route (a path parameter too long, a bad
    // Content-Type) get the same JSON error as the rest, without echoing the URL back.
    frameworkErrors: (error, request, reply) => {
      sendError(request, reply, new MotcuaError('invalid-input', `refused by the router: ${error.code}`));
    },
    // A request Node's parser refuses (raw non-ASCII in the URL from a hand-typed curl, a
    // header too large) gets the same JSON error as the rest, not a bare "Client Error" —
    // in Vietnamese, as no Accept-Language could be read.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return socket.destroy();
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const body = JSON.stringify(errorBody(new MotcuaError('invalid-input', `refused by the HTTP parser: ${error.code}`), 'vi'));
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    },
  });

  await addSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'"],
        // TLS is the reverse proxy's business: forcing https here breaks plain-http intranets.
        upgradeInsecureRequests: null,
      },
    },
    // Likewise HSTS belongs on the TLS terminator; sent from localhost it would pin the demo to https.
    strictTransportSecurity: false,
    // Portals on other origins embed the API and its assets.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  // A preflight must name its Origin and the method it asks for (the Fetch standard); one that
  // does not is refused here with the API's JSON error (@fastify/cors would answer plain text).
  // (Sent from the hook: the plugin's OPTIONS route was made before the app's error handler.)
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS') return;
    const missing = !request.headers.origin ? 'origin' : !request.headers['access-control-request-method'] ? 'access-control-request-method' : undefined;
    if (missing) return sendError(request, reply, new MotcuaError('invalid-input', `a preflight without ${missing}`, { field: missing }));
  });
  // A POST or DELETE from a page of another site that is not on the list: refused before it is
  // counted. Its answer would be unreadable to that page anyway (CORS), but a wrong key it sends
  // would count against the dossier: any website could spend its visitors' browsers on pausing
  // a known dossier. (Same site: the Origin's host is the one the request came to.)
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' && request.method !== 'DELETE') return;
    const origin = request.headers.origin;
    if (!origin || origins.has(origin)) return;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return; // "null" (a sandboxed page, a file): not a site that could be listed
    }
    if (host === request.host) return;
    return sendError(request, reply, new MotcuaError('invalid-input', 'a POST from a page whose origin is not allowed', { field: 'origin', messages: FOREIGN_POST }));
  });
  await app.register(cors, {
    // Same-origin and non-browser callers send no Origin; browsers from other sites must be on the list.
    origin: (origin, cb) => cb(null, !origin || origins.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    maxAge: 600,
  });
  // A key in a form body (the no-JS page's POST, and the API's: a form needs no preflight from another origin).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    // A name given twice stays a list, which the route's schema refuses: one guess per request.
    const fields: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(body as string)) fields[name] = name in fields ? [fields[name]!].flat().concat(value) : value;
    done(null, fields);
  });
  app.addHook('onClose', () => state.close());
  // Started while Redis does not answer: said once, so the operator knows the limits are per instance until it does.
  if (state.trouble) app.log.warn({ state: state.kind, trouble: state.trouble }, 'shared counters unavailable at start: each instance counts alone until Redis answers');
  await app.register(rateLimit, {
    global: true,
    store: rateLimitStore(state),
    max: (request) => limitsFor(request.ip).perMinute,
    timeWindow: 60_000,
    keyGenerator: clientOf,
    // The portal's files are not API calls (portal.ts).
    allowList: (request) => request.routeOptions.config.staticFile === true,
    errorResponseBuilder: (_req, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const e = rateLimited(seconds);
      return Object.assign(new Error(e.detail), { statusCode: 429, motcua: e });
    },
  });
  await app.register(etag);
  // JSON over 1 KB is compressed for clients that accept it (brotli at a fast level: answers
  // are made per request). Static files come pre-compressed from the build.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } });

  // On shutdown, answers to requests still in flight close their connection: otherwise a
  // keep-alive socket that was busy when close() began holds the process for 72 s.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
    // A 304 has no body: no type to announce for it.
    if (reply.statusCode === 304) reply.removeHeader('content-type');
  });

  // Every route throws; this one handler answers — JSON, or the route's own error page (/lookup).
  app.setErrorHandler((error, request, reply) => {
    const motcua = (error as { motcua?: unknown }).motcua ?? error;
    if (!isMotcuaError(motcua) && ((error as { statusCode?: number }).statusCode ?? 500) >= 500) request.log.error({ err: error }, 'unhandled error');
    const { errorPage } = request.routeOptions.config;
    return errorPage ? sendErrorPage(request, reply, motcua, errorPage) : sendError(request, reply, motcua);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new MotcuaError('not-found', `no route ${request.method} ${loggedPath(request.url)}`)));

  app.decorate('reloadCatalogue', async () => {
    if (!options.adapter.reload) throw new MotcuaError('unsupported', `the ${options.adapter.name} adapter cannot reload its catalogue`);
    await options.adapter.reload();
    client.clearCache();
  });

  // The API's contract: route schemas validate requests and generate /openapi.json. Answers are
  // sent as they are (JSON.stringify): the schemas describe them, tests check them against it.
  addSharedSchemas(app);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(swagger, OPENAPI);

  const context: RouteContext = { client, adapter: options.adapter, keyKind: options.keyKind, guard, limitsFor: (request: FastifyRequest) => limitsFor(request.ip), clientOf, state, catalogueSeconds, healthTimeoutMs: options.healthTimeoutMs ?? 3000 };
  await app.register(dossierRoutes, context);
  await app.register(catalogueRoutes, context);
  await app.register(statsRoutes, context);
  await app.register(boardRoutes, context);
  // On the app itself, not in a plugin's scope: pollFollowed is the app's.
  if (options.follow) await followRoutes(app, { context, follow: options.follow });
  await app.register(healthRoutes, context);
  await app.register(lookupPageRoutes, context);
  await app.register(openapiRoutes);
  if (options.portalDir) await app.register(portalFiles, { root: options.portalDir, context });
  // Without a portal, "/" says what this server is instead of a lookup error.
  else app.get('/', { schema: { tags: ['operations'], operationId: 'root', summary: 'What this server is, with links (when it serves no portal; with one, its index page)', querystring: NO_QUERY, response: { 200: ROOT_SCHEMA, ...errors(400, 429) } } }, async () => ROOT);
  return app;
}
