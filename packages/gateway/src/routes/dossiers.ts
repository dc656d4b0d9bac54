/**
 * GET and POST /v1/dossiers/:code — status for anyone, details with the key (dossier-access.ts);
 * GET /v1/dossiers/:code/summary — the status in words, for a page to show before its script.
 * A receipt's key may travel in the query (the receipt's link, its preload); an ID or phone
 * number only in the POST body: addresses end up in proxies' logs and browsers' histories.
 */
import { isPersonalKey, MotcuaError, type KeyKind } from '@motcua/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, NO_QUERY, schemas } from '../api-schemas.js';
import { loadLanguage, resolveLang } from '../languages.js';
import { DOSSIER_BUDGET } from '../limits.js';
import { answerSummary } from '../page-text.js';
import { gatewayText } from '../words.js';

/** Said to the developer who put a personal number in an address. */
export const PERSONAL_KEY_IN_URL = gatewayText('error.key-in-url');

/** A personal number found in a query string: refused, so the integration that put it there is fixed. */
export function refuseKeyInUrl(key: string | undefined, keyKind: KeyKind | undefined): void {
  if (key && isPersonalKey(key))
    throw new MotcuaError('invalid-input', 'a personal number in the query string', {
      field: 'key',
      messages: PERSONAL_KEY_IN_URL,
      ...(keyKind ? { keyKind } : {}),
    });
}

/** Under the API's `/v1` prefix (routes/api.ts). */
export const dossierRoutes: FastifyPluginAsyncZod = async (app) => {
  const params = z.object({ code: schemas.dossierCode });
  const keyOnly = z.strictObject({ key: z.optional(schemas.lookupKey) });
  const response = {
    200: z
      .object({ dossier: schemas.Dossier })
      .check(z.describe('The dossier, restricted without the key; `keyKind` says which key opens its details.')),
    ...errors(...COMMON_ERRORS, 403, 404, 501, ...BACKEND_ERRORS),
  };
  const answer = async (request: FastifyRequest, reply: FastifyReply, code: string, key: string | undefined) => {
    reply.header('cache-control', 'no-store');
    return { dossier: await app.dossiers.lookup(request, code, key?.trim() ?? '') };
  };
  const about =
    "Without the key: status, procedure, agency, dates and a masked applicant name. With the key the gateway checks (`keyKind` in every answer and key error: the receipt's key, the applicant's personal ID number, or their phone number): the steps and details too; phone, ID number, email and address are never sent. Unknown codes and wrong keys count toward a per-client limit and a per-dossier one. No timeliness is sent: the page computes it from the dates (`dossierTimeliness` in @motcua/core/status), one clock for the whole view.";

  app.get(
    '/dossiers/:code',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupDossier',
        summary: 'Look up a dossier by its code (a receipt key in the query)',
        description: `${about} An ID or phone number in the query is refused (400): send it with POST.`,
        params,
        querystring: keyOnly,
        response,
      },
    },
    async (request, reply) => {
      refuseKeyInUrl(request.query.key, app.dossiers.knownKeyKind);
      return answer(request, reply, request.params.code, request.query.key);
    },
  );

  app.post(
    '/dossiers/:code',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupDossierWithKey',
        summary: 'Look up a dossier by its code, the key in the body (any key kind; the one for ID and phone numbers)',
        description: `${about} The body is a form (\`key=…\`: no preflight from another origin) or JSON.`,
        params,
        // Nothing in the address: a key or an ID number there would sit in every proxy's log.
        querystring: NO_QUERY,
        body: keyOnly,
        response,
      },
    },
    async (request, reply) => answer(request, reply, request.params.code, request.body.key),
  );

  // A city's page on another origin opened by a receipt's link: its autoloader (1.5 KB) shows
  // this while the lookup's code (~45 KB, a few seconds on 3G) is still on its way — what the
  // portal writes into its own page (portal.ts). In words, so the page needs no status tables.
  app.get(
    '/dossiers/:code/summary',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['dossiers'],
        operationId: 'dossierSummary',
        summary: 'The status in words, for a page to show before its script has loaded',
        description:
          "What a look-up without the key shows, as facts in words: code, procedure, status, progress, appointment day. No key is taken (a key in the query is refused). `lang`: the page's language; the gateway's own when it does not speak it (the answer says which).",
        params,
        querystring: z.strictObject({ lang: z.optional(z.string().check(z.maxLength(35))) }),
        response: { 200: z.object({ summary: schemas.DossierSummary }), ...errors(...COMMON_ERRORS, 403, 404, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const lang = resolveLang(request.query.lang);
      await loadLanguage(lang);
      return { summary: answerSummary(await app.dossiers.lookup(request, request.params.code, ''), lang) };
    },
  );
};
