/**
 * What every request goes through, whichever area answers it: security headers, CORS and the
 * refusal of other sites' POSTs, the form body parser, the per-client request budget, ETags,
 * compression, and a clean close. Applied to the whole app (fastify-plugin). Also the answer
 * for a path no area has (404) and the error handler for what happens outside every area.
 */
import { MotcuaError } from '@motcua/core';
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { constants as zlib } from 'node:zlib';
import { jsonErrors, sendError } from './error-replies.js';
import { answeredWith, rateLimited } from './errors.js';
import { notFoundPage } from './routes/lookup-page.js';
import { addSecurityHeaders } from './security-headers.js';
import { rateLimitStore } from './shared-state.js';
import { gatewayText, gatewayTextWith } from './words.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A portal file: outside the API's request budget (portal.ts). */
    staticFile?: boolean;
  }
  interface FastifyRequest {
    /** A POST or DELETE from another site's page: refused with this, whatever else it is (error-replies.ts). */
    foreignRefusal: MotcuaError | null;
  }
}

const NO_ROUTE = gatewayText('error.no-route');

/** A route's path as a pattern of concrete paths (`/v1/dossiers/:code` → `^/v1/dossiers/[^/]+$`). */
const pathPattern = (url: string): RegExp =>
  new RegExp(
    `^${url
      .split(/(:\w+|\*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );

/**
 * A form too large to be read: its `lang` (a page's form sends it first) read from its first
 * bytes, so the refusal is said in the form's language. The stream is given back as it was.
 */
async function peekFormLang(request: FastifyRequest, payload: Readable): Promise<void> {
  if (request.method !== 'POST' || !String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return;
  if (!(Number(request.headers['content-length']) > request.routeOptions.bodyLimit)) return;
  let chunk: Buffer | null = payload.read() as Buffer | null;
  if (chunk === null && !payload.readableEnded) {
    await Promise.race([once(payload, 'readable'), once(payload, 'end'), new Promise((resolve) => setTimeout(resolve, 1000))]);
    chunk = payload.read() as Buffer | null;
  }
  if (!chunk) return;
  payload.unshift(chunk);
  const lang = new URLSearchParams(chunk.subarray(0, 256).toString('latin1')).get('lang');
  if (lang && lang.length <= 35) request.body = { lang };
}

export interface RequestPolicyOptions {
  /** Portal origins allowed to call the API from browsers, as browsers send them. */
  origins: Set<string>;
  /** A request's path as logs keep it (no query). */
  loggedPath(url: string): string;
}

const FOREIGN_POST = gatewayText('error.foreign-post');

async function policy(app: FastifyInstance, { origins, loggedPath }: RequestPolicyOptions): Promise<void> {
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
  // (Sent from the hook: the plugin's OPTIONS route was made before any error handler.)
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS') return;
    const missing = !request.headers.origin
      ? 'origin'
      : !request.headers['access-control-request-method']
        ? 'access-control-request-method'
        : undefined;
    if (missing) return sendError(request, reply, new MotcuaError('invalid-input', `a preflight without ${missing}`, { field: missing }));
  });
  // A POST or DELETE from a page of another site that is not on the list: refused before it is
  // counted. Its answer would be unreadable to that page anyway (CORS), but a wrong key it sends
  // would count against the dossier: any website could spend its visitors' browsers on pausing
  // a known dossier. (Same site: the Origin's host is the one the request came to.)
  app.decorateRequest('foreignRefusal', null);
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' && request.method !== 'DELETE') return;
    const origin = request.headers.origin;
    if (!origin || origins.has(origin)) return;
    // "null" is refused too — a sandboxed frame any website can make — unless the browser says
    // the request comes from this very origin: the gateway's own pages send "null" on a form
    // post, as their Referrer-Policy (no-referrer) asks, with Sec-Fetch-Site "same-origin",
    // which a page cannot forge.
    if (origin === 'null' && request.headers['sec-fetch-site'] === 'same-origin') return;
    let host = '';
    try {
      host = new URL(origin).host;
    } catch {
      // not a site's origin: refused below
    }
    if (host && host === request.host) return;
    const refusal = new MotcuaError('invalid-input', 'a POST from a page whose origin is not allowed', {
      field: 'origin',
      messages: FOREIGN_POST,
    });
    // Outside every route: the API's JSON error at once.
    if (request.is404) return sendError(request, reply, refusal);
    // Else refused once its body is read (not counted: the budget skips it), by the route's own error
    // handler — the /lookup page answers a page, in the language its form asked for.
    request.foreignRefusal = refusal;
  });
  app.addHook('preParsing', async (request, _reply, payload) => {
    await peekFormLang(request, payload);
    return payload;
  });
  app.addHook('preValidation', async (request) => {
    if (request.foreignRefusal) throw request.foreignRefusal;
  });
  await app.register(cors, {
    // Same-origin and non-browser callers send no Origin; browsers from other sites must be on the list.
    origin: (origin, cb) => cb(null, !origin || origins.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    // A 429's wait: unexposed, a portal on another origin cannot read it (its elements said
    // "30 s" while the gateway held a client for 15 minutes).
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
  // Bodies are a form or JSON: a text one (Fastify reads text/plain by default) is refused as of a type not read (415).
  app.removeContentTypeParser('text/plain');
  // A key in a form body (the no-JS page's POST, and the API's: a form needs no preflight from another origin).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    // A name given twice stays a list, which the route's schema refuses: one guess per request.
    const fields: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(body as string))
      fields[name] = name in fields ? [fields[name]!].flat().concat(value) : value;
    done(null, fields);
  });
  await app.register(rateLimit, {
    global: true,
    store: rateLimitStore(app.sharedState),
    max: (request) => app.limitsFor(request).perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => app.clientOf(request),
    // The portal's files are not API calls (portal.ts).
    // Nor is another site's POST, refused before it counts (above).
    allowList: (request) => request.routeOptions.config.staticFile === true || request.foreignRefusal !== null,
    // Thrown to the route's error handler: the API answers it in JSON, the /lookup page as a page.
    errorResponseBuilder: (_req, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const e = rateLimited(seconds);
      return Object.assign(new Error(e.detail), { statusCode: 429, motcua: e });
    },
  });
  await app.register(etag);
  // JSON over 1 KB is compressed for clients that accept it (brotli at a fast level: answers
  // are made per request). Static files come pre-compressed from the build.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });

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

  // Every route's path and methods, for the answer to a method an address does not take.
  const routes: Array<{ pattern: RegExp; methods: string[] }> = [];
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((m) => m !== 'OPTIONS');
    if (methods.length && route.url !== '*') routes.push({ pattern: pathPattern(route.url), methods });
  });

  // Outside every area (a path no route has, and the budget refusing it): the API's JSON error.
  app.setErrorHandler(jsonErrors);
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))];
    if (allowed.length && !allowed.includes(request.method)) {
      const allow = allowed.join(', ');
      reply.header('allow', allow);
      const e = new MotcuaError('invalid-input', `${request.method} ${loggedPath(request.url)}: the address takes ${allow}`, {
        messages: gatewayTextWith('error.method', { method: request.method, allowed: allow }),
      });
      return sendError(request, reply, answeredWith(e, 405));
    }
    // A browser following a link (it asks for a page, not the API): a page that says so, in words, with the way home.
    if (
      (request.method === 'GET' || request.method === 'HEAD') &&
      /\btext\/html\b/.test(request.headers.accept ?? '') &&
      !path.startsWith('/v1/')
    )
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(await notFoundPage(request));
    return sendError(
      request,
      reply,
      new MotcuaError('not-found', `no route ${request.method} ${loggedPath(request.url)}`, { messages: NO_ROUTE }),
    );
  });
}

export const requestPolicy = fp(policy, { name: 'motcua-request-policy', dependencies: ['motcua-services'] });
