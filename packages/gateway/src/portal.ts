/** A folder served at `/` (the demo portal, or a city's own page), as a phone on 3G needs it. */
import fastifyStatic from '@fastify/static';
import { isPersonalKey, parseDossierCode, type Dossier, type Lang } from '@motcua/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { jsonErrors } from './error-replies.js';
import { loadLanguage, resolveLang } from './languages.js';
import { answerSummary, escapeHtml } from './page-text.js';

/** Rollup names shared chunks `<name>-<hash>.js`: their content never changes under that name. */
const HASHED = /[/\\]chunks[/\\][^/\\]+-[\w-]{8}\.js(\.br|\.gz)?$/;

/**
 * The dossier's status as plain HTML, for the page's `<motcua-dossier-lookup>` to show in its
 * `answer` slot until its own answer replaces it (and for browsers without JavaScript). What
 * anyone with the code may see — the key is not asked for here, nor written into the page. In
 * `lang`, the language the element will speak (the page's): no other language flashes first.
 */
export function pageAnswer(d: Dossier, lang: Lang = 'vi'): string {
  const { label, rows } = answerSummary(d, lang);
  return `<section slot="answer" class="motcua-page-answer" data-motcua-answer aria-label="${escapeHtml(label)}"><dl>${rows
    .map(({ term, value, status }) => `<dt>${escapeHtml(term)}</dt><dd${status ? ' data-motcua-status' : ''}>${escapeHtml(value)}</dd>`)
    .join('')}</dl></section>`;
}

/**
 * The dossier code of a receipt's link (`?code=`) in its printed form, as the lookup reads the
 * link (a code typed by hand in lower case or with spaces is the same dossier); undefined
 * when it is none.
 */
function printedCode(request: FastifyRequest): string | undefined {
  const { code } = request.query as { code?: unknown };
  return typeof code === 'string' && code.length <= 64 ? parseDossierCode(code)?.code : undefined;
}

/** The language `<motcua-dossier-lookup>` will speak: its own `lang`, else the page's (`<html lang>`), among the registered ones. */
function elementLang(html: string, element: string): Lang {
  const langOf = (tag: string | undefined) => tag && /\slang\s*=\s*["']?([\w-]+)/i.exec(tag)?.[1];
  return resolveLang(langOf(element) || langOf(/<html\b[^>]*>/i.exec(html)?.[0]));
}

/**
 * The portal's files: pre-compressed (.br, .gz written by the build), hashed chunks cached for
 * a year, other assets for 5 minutes and pages for one, then revalidated by ETag — a citizen
 * who opens the receipt's link again (has anything changed?) waits for the answer only; any
 * file asked for with `key=` is `private, no-store`. Not counted against the API's rate
 * limits: a page of twenty files must not cost twenty look-ups.
 *
 * A page holding `<motcua-dossier-lookup>` opened by a receipt's link comes with the dossier's
 * status in it (the gateway's own access rules, `app.dossiers`): on screen with the page's
 * first paint, before any script has arrived (issue 30: 3G phones waited for ~50 KB of script).
 * Its own scope: a refusal (the file is not there) is the API's JSON error.
 */
export async function portalFiles(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  app.setErrorHandler(jsonErrors);
  app.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), staticFile: true } as typeof route.config;
  });
  const base = resolve(root);
  /** The page a portal address names (`/`, `/tra-cuu/`, `/index.html`), if it is one in the folder. */
  async function pageFile(path: string): Promise<string | undefined> {
    const file = resolve(base, `.${decodeURIComponent(path)}${path.endsWith('/') ? 'index.html' : ''}`);
    if (!file.startsWith(base + sep) || !file.endsWith('.html')) return undefined;
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
  }
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET') return;
    const code = printedCode(request);
    const path = request.url.split('?')[0]!;
    if (!code || !/(\/|\.html)$/.test(path)) return;
    let file: string | undefined;
    try {
      file = await pageFile(path);
    } catch {
      return; // a malformed escape: not a page of ours
    }
    if (!file) return;
    const html = await readFile(file, 'utf8');
    const at = html.search(/<motcua-dossier-lookup\b[^>]*>/);
    if (at < 0) return;
    let dossier: Dossier;
    try {
      // Without the key: the status anyone with the code may see. (The page's own look-up,
      // with the key, follows through the preload below.)
      dossier = await app.dossiers.lookup(request, code, '');
    } catch {
      return; // not found, refused, a backend down: the element says so itself
    }
    const open = html.indexOf('>', at) + 1;
    const lang = elementLang(html, html.slice(at, open));
    await loadLanguage(lang);
    return reply.type('text/html; charset=utf-8').send(html.slice(0, open) + pageAnswer(dossier, lang) + html.slice(open));
  });
  // A receipt's link (`/?code=…&key=…`) opens this portal: its answer is asked for with the
  // page — a preload that the lookup's own request takes over — instead of after the page's
  // code has arrived, two round trips later. Only for a code in printed form, as the lookup asks.
  app.addHook('onSend', async (request, reply) => {
    const { key } = request.query as { key?: unknown };
    const code = printedCode(request);
    // An address with a query may carry a key (the receipt's link, under any of the names the
    // lookup reads): the page, its preload header and the address are this citizen's alone —
    // never kept by a shared cache or the browser's.
    if (request.url.includes('?')) reply.header('cache-control', 'private, no-store');
    // (A page is known by its path: a 304 revalidating it has no content type.)
    if (!code || !/(\/|\.html)$/.test(request.url.split('?')[0]!)) return;
    // A personal number is never put in an address (the API refuses it there), and the lookup
    // posts it: a keyless preload would go unused (Chromium warns), a third request for the page.
    const typed = typeof key === 'string' ? key.trim() : '';
    if (isPersonalKey(typed)) return;
    const query = typed && typed.length <= 64 ? `?${new URLSearchParams({ key: typed })}` : '';
    reply.header('link', `</v1/dossiers/${encodeURIComponent(code)}${query}>; rel=preload; as=fetch; crossorigin=anonymous`);
  });
  await app.register(fastifyStatic, {
    root,
    index: ['index.html'], // (a list: with preCompressed, a plain string finds no index for "/")
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        HASHED.test(path)
          ? 'public, max-age=31536000, immutable'
          : /\.html(\.br|\.gz)?$/.test(path)
            ? 'public, max-age=60'
            : 'public, max-age=300',
      );
    },
  });
}
