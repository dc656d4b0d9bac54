/**
 * /lookup — the lookup as a plain HTML page, for browsers without JavaScript: a portal's
 * `<form action="…/lookup" method="post">` works everywhere. Its form asks for the key this
 * gateway checks and sends it in the body (an ID number never in the address); a receipt's
 * link (`GET /lookup?code=&key=`) works too. The same access as the API (dossier-access.ts:
 * guard, key, budget, view); everything from the backend is escaped.
 */
import {
  foldVietnamese,
  KEY_WORDS,
  parseDossierCode,
  RESTRICTED_WORDS,
  textIn,
  wordIn,
  type Dossier,
  type KeyKind,
  type Lang,
} from '@motcua/core';
import { dossierStatus } from '@motcua/core/status';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { refuseKeyInUrl } from './dossiers.js';
import { NO_QUERY, pageAnswers, schemas } from '../api-schemas.js';
import { pageErrors } from '../error-replies.js';
import { DOSSIER_BUDGET } from '../limits.js';
import { languages, loadLanguage, resolveLang } from '../languages.js';
import { escapeHtml, pageDay, timelinessWords } from '../page-text.js';
import { gatewayWord, type GatewayWord } from '../words.js';

/** A page in a language: the gateway's own words, and the core's (status labels, timeliness, key words). */
interface PageWords {
  lang: Lang;
  say(word: GatewayWord, args?: Record<string, string>): string;
}

const wordsIn = (lang: Lang): PageWords => ({ lang, say: (word, args) => gatewayWord(lang, word, args) });

/**
 * The page's language: the one its links and its form ask for (`lang`, in the query or the
 * form's hidden field), among the registered languages; else Vietnamese. Not the browser's
 * Accept-Language: the page is reached from a Vietnamese portal's form or a receipt, and speaks
 * as they do (as the elements follow their page's `lang`) — a phone set to English must not turn
 * a Vietnamese portal's answer English; a foreigner has the language links.
 */
async function pageLang(request: FastifyRequest): Promise<PageWords> {
  const asked = [request.body, request.query]
    .map((fields) => (fields as { lang?: unknown } | undefined)?.lang)
    .find((lang) => typeof lang === 'string' && lang.length <= 35) as string | undefined;
  const lang = resolveLang(asked);
  await loadLanguage(lang);
  return wordsIn(lang);
}

/** The key field, as the office asks for it: words, keyboard (digits for a number), length. Before any answer from a gateway that passes on another's kind: either may be asked for. */
function keyField({ lang, say }: PageWords, kind: KeyKind | undefined, needed = false): string {
  // An office that refused the look-up for want of a key needs one: the label stops saying "optional".
  const words = kind
    ? { label: textIn(KEY_WORDS[kind][needed ? 'required' : 'label'], lang), hint: textIn(KEY_WORDS[kind].hint, lang) }
    : { label: say(needed ? 'page.either-key-required' : 'page.either-key'), hint: say('page.either-key-hint') };
  const input =
    kind === 'id-number'
      ? ' inputmode="numeric" maxlength="15"'
      : kind === 'phone'
        ? ' type="tel" inputmode="tel" maxlength="16"'
        : ' maxlength="64"';
  return `<p><label for="key">${escapeHtml(words.label)}</label><br><input id="key" name="key" autocomplete="off" aria-describedby="key-hint"${input}${needed ? ' required' : ''}><br><small id="key-hint">${escapeHtml(words.hint)}</small></p>`;
}

/** A link to this page in each registered language (each named in itself), the dossier's code kept; the page's own language marked. */
function languageLinks({ lang, say }: PageWords, code: string | undefined): string {
  const all = languages();
  if (all.length < 2) return '';
  const link = (other: Lang) => {
    const name = escapeHtml(wordIn(other, 'gateway.language') ?? (other === 'vi' ? gatewayWord('vi', 'language') : other));
    if (other === lang) return `<li><strong aria-current="page">${name}</strong></li>`;
    const query = new URLSearchParams({ ...(code ? { code } : {}), lang: other });
    return `<li><a href="lookup?${escapeHtml(query.toString())}" hreflang="${escapeHtml(other)}" lang="${escapeHtml(other)}">${name}</a></li>`;
  };
  return `<nav aria-label="${escapeHtml(say('page.languages'))}"><ul>${all.map(link).join('')}</ul></nav>`;
}

/** `code`: a valid dossier code only (never the key, nor what was typed in a code's place), kept in the language links and refilled in the form. */
function page(words: PageWords, title: string, body: string, kind: KeyKind | undefined, code?: string, keyNeeded = false): string {
  const { lang, say } = words;
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body>${languageLinks(words, code)}<main>${body}
<form action="lookup" method="post"><input type="hidden" name="lang" value="${escapeHtml(lang)}"><p><label for="code">${escapeHtml(say('page.code'))}</label><br><input id="code" name="code" required${code ? ` value="${escapeHtml(code)}"` : ''}></p>${keyField(words, kind, keyNeeded)}<p><button type="submit">${escapeHtml(say('page.submit'))}</button></p></form></main></body></html>`;
}

/**
 * What a browser gets for an address the gateway does not have (a mistyped or old link, on the
 * portal it serves or on the gateway itself): a page in Vietnamese (the link's `lang` if it
 * names another), then English, with the ways on — the home page and the look-up — instead of
 * the API's JSON error.
 */
export async function notFoundPage(request: FastifyRequest): Promise<string> {
  const words = await pageLang(request);
  await loadLanguage('en');
  const inWords = ({ lang, say }: PageWords, tag: string) =>
    `<section${tag}><h${tag ? 2 : 1}>${escapeHtml(say('page.not-found'))}</h${tag ? 2 : 1}><p>${escapeHtml(say('page.not-found-text'))}</p><ul><li><a href="/">${escapeHtml(say('page.home'))}</a></li><li><a href="/lookup?lang=${escapeHtml(lang)}">${escapeHtml(say('page.title'))}</a></li></ul></section>`;
  const english = words.lang === 'en' ? '' : inWords(wordsIn('en'), ' lang="en"');
  return `<!doctype html><html lang="${escapeHtml(words.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(words.say('page.not-found'))}</title></head><body><main>${inWords(words, '')}${english}</main></body></html>`;
}

function describe({ lang, say }: PageWords, d: Dossier): string {
  const status = dossierStatus(d.status).label;
  const rows: Array<[string, string | undefined]> = [
    [say('page.code'), d.code],
    [say('page.procedure'), d.procedure.name],
    [say('page.status'), textIn(status, lang)],
    // The office's own words, when they say more than the national label (a status the adapter had to guess).
    [say('page.office-status'), d.statusLabel && foldVietnamese(d.statusLabel) !== foldVietnamese(status.vi) ? d.statusLabel : undefined],
    [say('page.timeliness'), timelinessWords(d, lang)],
    [say('page.appointment'), pageDay(d.appointmentAt)],
    [say('page.agency'), d.agency?.name],
    [say('page.applicant'), d.applicant?.name],
    [
      say('page.delivery'),
      d.resultDelivery === 'postal'
        ? say('page.delivery-postal')
        : d.resultDelivery === 'in-person'
          ? say('page.delivery-in-person')
          : undefined,
    ],
  ];
  const steps = (d.steps ?? [])
    .map(
      (s) =>
        `<li>${escapeHtml(s.name)}${s.department ? ` — ${escapeHtml(s.department)}` : ''}${s.handler ? ` (${escapeHtml(s.handler.name)})` : ''}${s.finishedAt ? ' ✓' : ''}</li>`,
    )
    .join('');
  const restricted = d.restricted ? `<p>${escapeHtml(textIn(RESTRICTED_WORDS[d.keyKind ?? 'receipt'], lang))}</p>` : '';
  return `<h1>${escapeHtml(say('page.result'))}</h1><dl>${rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v!)}</dd>`)
    .join('')}</dl>${steps ? `<h2>${escapeHtml(say('page.steps'))}</h2><ol>${steps}</ol>` : restricted}`;
}

const PAGE_RESPONSES = pageAnswers([200, 400, 403, 404, 429, 501, 502, 503, 504], (status) =>
  status === 200 ? 'The form, or the answer above it.' : 'The form with the reason it could not look the dossier up.',
);

/** The form's fields, in the query (a receipt's link) or the body (the form's POST). */
const FORM = z.strictObject({
  code: z.optional(schemas.dossierCode.check(z.describe('Without it, the empty form.'))),
  key: z.optional(schemas.lookupKey),
  lang: z.optional(
    z
      .string()
      .check(
        z.maxLength(35),
        z.describe(
          "The page's language (its links and its form ask for one): a registered language's tag, else the browser's (Accept-Language), else Vietnamese.",
        ),
      ),
  ),
});

/**
 * The page's own area: every refusal — a bad field, the budget, a wrong key — is answered as the
 * page with its reason, never as the API's JSON (its error handler is this scope's).
 */
export const lookupPageRoutes: FastifyPluginAsyncZod = async (app) => {
  const send = (reply: FastifyReply, html: string) => reply.type('text/html; charset=utf-8').send(html);
  const { dossiers } = app;
  const knownKind = dossiers.knownKeyKind;
  // The error page's form asks for the key the error names.
  app.setErrorHandler(
    pageErrors(async (error, request) => {
      const words = await pageLang(request);
      const failed = escapeHtml(words.say('page.failed'));
      const { code, key } = { ...(request.query as object), ...(request.body as object) } as { code?: unknown; key?: unknown };
      // (Its language links keep the code only if it is one: never what was typed in its place, an ID number maybe.)
      const dossierCode = typeof code === 'string' && code.length <= 64 ? parseDossierCode(code)?.code : undefined;
      return page(
        words,
        words.say('page.failed'),
        `<h1>${failed}</h1><p role="alert">${escapeHtml(error.messageIn(words.lang))}</p>`,
        error.keyKind ?? knownKind,
        dossierCode,
        // Refused for want of a key (none typed): this office answers only with one.
        error.kind === 'key-required' && !(typeof key === 'string' && key.trim()),
      );
    }),
  );
  const look = async (request: FastifyRequest, reply: FastifyReply, code: string | undefined, key: string) => {
    const words = await pageLang(request);
    if (!code) return send(reply, page(words, words.say('page.title'), `<h1>${escapeHtml(words.say('page.title'))}</h1>`, knownKind));
    const dossier = await dossiers.lookup(request, code, key.trim());
    return send(
      reply,
      page(words, words.say('page.dossier', { code: dossier.code }), describe(words, dossier), dossiers.keyKindOf(dossier), dossier.code),
    );
  };
  // Every answer of this page, error pages included: one citizen's dossier, its address maybe
  // holding the key — kept by no shared cache and not by the browser's.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/lookup',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupPage',
        summary:
          'The dossier lookup as an HTML page, for browsers without JavaScript (same privacy, budget and limits as the JSON look-up)',
        querystring: FORM,
        produces: ['text/html'],
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => {
      refuseKeyInUrl(request.query.key, knownKind);
      return look(request, reply, request.query.code, request.query.key ?? '');
    },
  );

  app.post(
    '/lookup',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupPageForm',
        summary: "The no-JavaScript page's form: code and key in the body (an ID number never in the address)",
        // Nothing in the address: a key or an ID number there would sit in every proxy's log.
        querystring: NO_QUERY,
        body: FORM,
        produces: ['text/html'],
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => look(request, reply, request.body.code, request.body.key ?? ''),
  );
};
