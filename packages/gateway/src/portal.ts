/** A folder served at `/` (the demo portal, or a city's own page), as a phone on 3G needs it. */
import fastifyStatic from '@fastify/static';
import { isPersonalKey, parseDossierCode } from '@motcua/core';
import type { FastifyInstance } from 'fastify';

/** Rollup names shared chunks `<name>-<hash>.js`: their content never changes under that name. */
const HASHED = /[/\\]chunks[/\\][^/\\]+-[\w-]{8}\.js(\.br|\.gz)?$/;

/**
 * The portal's files: pre-compressed (.br, .gz written by the build), hashed chunks cached for
 * a year, other assets for 5 minutes and pages for one, then revalidated by ETag — a citizen
 * who opens the receipt's link again (has anything changed?) waits for the answer only; any
 * file asked for with `key=` is `private, no-store`. Not counted against the API's rate
 * limits: a page of twenty files must not cost twenty look-ups.
 */
export async function portalFiles(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  app.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), staticFile: true } as typeof route.config;
  });
  // A receipt's link (`/?code=…&key=…`) opens this portal: its answer is asked for with the
  // page — a preload that the lookup's own request takes over — instead of after the page's
  // code has arrived, two round trips later. Only for a code in printed form, as the lookup asks.
  app.addHook('onSend', async (request, reply) => {
    const { code, key } = request.query as { code?: unknown; key?: unknown };
    // An address with a query may carry a key (the receipt's link, under any of the names the
    // lookup reads): the page, its preload header and the address are this citizen's alone —
    // never kept by a shared cache or the browser's.
    if (request.url.includes('?')) reply.header('cache-control', 'private, no-store');
    // (A page is known by its path: a 304 revalidating it has no content type.)
    if (typeof code !== 'string' || parseDossierCode(code)?.code !== code || !/(\/|\.html)$/.test(request.url.split('?')[0]!)) return;
    // (A personal number is never put in a preload's address: the API refuses it there.)
    const query = typeof key === 'string' && key.trim() && key.length <= 64 && !isPersonalKey(key) ? `?${new URLSearchParams({ key: key.trim() })}` : '';
    reply.header('link', `</v1/dossiers/${encodeURIComponent(code)}${query}>; rel=preload; as=fetch; crossorigin=anonymous`);
  });
  await app.register(fastifyStatic, {
    root,
    index: ['index.html'], // (a list: with preCompressed, a plain string finds no index for "/")
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', HASHED.test(path) ? 'public, max-age=31536000, immutable' : /\.html(\.br|\.gz)?$/.test(path) ? 'public, max-age=60' : 'public, max-age=300');
    },
  });
}
