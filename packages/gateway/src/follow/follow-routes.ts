/**
 * Following a dossier from the lookup: `POST /v1/follow` with the code, its key and the
 * browser's push subscription (only after a lookup with the correct key; counted in the same
 * budget and failure counts as look-ups), `DELETE /v1/follow` with the endpoint and its `auth`
 * secret or the dossier's key (honoured at once), and `GET /v1/follow/key` for the VAPID public
 * key. What happens then: following.ts.
 */
import { timingSafeEqual } from 'node:crypto';
import { KEY_WORDS, MotcuaError, parseDossierCode } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { COMMON_ERRORS, errors, NO_QUERY, schemas } from '../api-schemas.js';
import { jsonErrors } from '../error-replies.js';
import { DOSSIER_BUDGET } from '../limits.js';
import type { FollowOptions } from './following.js';
import { subscriptionKeysProblem } from './push.js';
import { checkPushTarget } from './push-targets.js';
import type { FollowCaps } from './store.js';
import { resolveLang } from '../languages.js';
import { gatewayText } from '../words.js';

const NOTHING_TO_TELL = gatewayText('follow.nothing-to-tell');
const BAD_SUBSCRIPTION = gatewayText('follow.bad-subscription');
const DOSSIER_FULL = gatewayText('follow.dossier-full');
const ENDPOINT_FULL = gatewayText('follow.endpoint-full');
const NOT_YOURS = gatewayText('follow.not-yours');
const NO_PROOF = gatewayText('follow.no-proof');
const PUSH_UNREACHABLE = gatewayText('follow.push-unreachable');

const SUBSCRIPTION = z.strictObject({
  endpoint: z.string().check(z.maxLength(1000), z.describe('https, at a push service (`follow.pushHosts`).')),
  expirationTime: z.optional(z.nullable(z.number())),
  keys: z.strictObject({
    p256dh: z.string().check(z.maxLength(100), z.describe('P-256 public key, 65 bytes, base64url.')),
    auth: z.string().check(z.maxLength(40), z.describe('16 bytes, base64url.')),
  }),
});

const FOLLOW_BODY = z.strictObject({
  code: schemas.dossierCode,
  key: schemas.lookupKey.check(z.minLength(1)),
  subscription: z.optional(SUBSCRIPTION),
  lang: z.optional(
    z
      .string()
      .check(
        z.maxLength(35),
        z.describe(
          "The page's language, for the words of its pushes (else the request's Accept-Language; a registered language, else Vietnamese).",
        ),
      ),
  ),
});

const UNFOLLOW_BODY = z.strictObject({
  endpoint: z.string().check(z.maxLength(1000)),
  auth: z.optional(z.string().check(z.maxLength(40), z.describe("The subscription's keys.auth, as it followed."))),
  code: z.optional(schemas.dossierCode),
  key: z.optional(schemas.lookupKey),
});

/** An endpoint as the URL parser spells it, without a fragment (a push service never sees one); as given when it is no URL. */
function canonicalEndpoint(endpoint: string): string {
  if (!URL.canParse(endpoint.trim())) return endpoint;
  const url = new URL(endpoint.trim());
  url.hash = '';
  return url.href;
}

const sameSecret = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface FollowRoutesOptions {
  follow: FollowOptions;
  caps: FollowCaps;
  /** A store call from a route: its failure is logged and answered in words, never as a crash. */
  stored<T>(operation: string, call: () => Promise<T>): Promise<T>;
}

/** `/v1/follow` and `/v1/follow/key`: a scope of their own, answering errors with the API's JSON Error body. */
export const followRoutes: FastifyPluginAsyncZod<FollowRoutesOptions> = async (app, { follow, caps, stored }) => {
  const { store } = follow;
  app.setErrorHandler(jsonErrors);
  app.get(
    '/follow/key',
    {
      schema: {
        tags: ['follow'],
        operationId: 'followKey',
        summary: 'The VAPID public key a browser subscribes with',
        querystring: NO_QUERY,
        response: { 200: z.object({ publicKey: z.string() }), ...errors(...COMMON_ERRORS) },
      },
    },
    async () => ({ publicKey: follow.vapid.publicKey }),
  );

  app.post(
    '/follow',
    {
      bodyLimit: 4096,
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['follow'],
        operationId: 'follow',
        summary:
          'Be told when the dossier changes: by Web Push with `subscription`, else by the webhooks alone (a desk application); needs its lookup key',
        // Nothing in the address: a key or an ID number there would sit in every proxy's log.
        querystring: NO_QUERY,
        body: FOLLOW_BODY,
        response: { 201: z.object({ following: z.string() }), ...errors(...COMMON_ERRORS, 403, 404, 502, 503, 504) },
      },
    },
    async (request, reply) => {
      const { subscription } = request.body;
      // Keys that cannot be encrypted for would fail at every push: refused before anything is counted.
      const problem = subscription && subscriptionKeysProblem(subscription.keys);
      if (problem)
        throw new MotcuaError('invalid-input', `subscription.keys.${problem.field}: ${problem.why}`, {
          field: `subscription.keys.${problem.field}`,
          messages: BAD_SUBSCRIPTION,
        });
      const dossier = await app.dossiers.lookup(request, request.body.code, request.body.key.trim());
      if (dossier.restricted)
        throw new MotcuaError('key-required', 'following needs the key', {
          messages: KEY_WORDS[dossier.keyKind ?? 'receipt'].needed,
          ...(dossier.keyKind ? { keyKind: dossier.keyKind } : {}),
        });
      if (subscription) {
        const target = await checkPushTarget(subscription.endpoint, follow.pushTargets);
        if (!target.ok) {
          request.log.warn({ reason: target.reason }, 'push endpoint refused');
          throw target.transient
            ? new MotcuaError('network', `push endpoint: ${target.reason}`, { messages: PUSH_UNREACHABLE })
            : new MotcuaError('invalid-input', `subscription.endpoint: ${target.reason}`, {
                field: 'subscription.endpoint',
                messages: BAD_SUBSCRIPTION,
              });
        }
        // Kept as the URL parser spells it (host case, default port, dot segments, no fragment): one browser, one record.
        // Its pushes' words in the follower's language.
        const lang = resolveLang([request.body.lang, request.headers['accept-language']].filter(Boolean).join(','));
        const result = await stored('subscribe', () =>
          store.subscribe(
            dossier.code,
            {
              endpoint: canonicalEndpoint(subscription.endpoint),
              keys: { p256dh: subscription.keys.p256dh, auth: subscription.keys.auth },
              lang,
            },
            caps,
          ),
        );
        if (result === 'dossier-full')
          throw new MotcuaError('invalid-input', `more than ${caps.perDossier} browsers follow ${dossier.code}`, {
            field: 'code',
            messages: DOSSIER_FULL,
          });
        if (result === 'endpoint-full')
          throw new MotcuaError('invalid-input', `this browser follows ${caps.perEndpoint} dossiers already`, {
            field: 'subscription',
            messages: ENDPOINT_FULL,
          });
      }
      // Watched for the webhooks alone, until some days after it is returned.
      else if (follow.webhooks?.length) await stored('add', () => store.add(dossier.code));
      else
        throw new MotcuaError('invalid-input', 'no subscription, and this gateway sends no webhooks', {
          field: 'subscription',
          messages: NOTHING_TO_TELL,
        });
      return reply.code(201).header('cache-control', 'no-store').send({ following: dossier.code });
    },
  );

  app.delete(
    '/follow',
    {
      config: DOSSIER_BUDGET,
      schema: {
        tags: ['follow'],
        operationId: 'unfollow',
        summary:
          "Stop at once: this browser is told nothing more about the dossier (`code`), or about any (no `code`). Proof that it is this browser's: its subscription's `auth` secret, or `code` with the lookup `key`",
        // Nothing in the address: a key or an ID number there would sit in every proxy's log.
        querystring: NO_QUERY,
        body: UNFOLLOW_BODY,
        response: {
          204: z.null().check(z.describe('Done (also when the endpoint followed nothing).')),
          ...errors(...COMMON_ERRORS, 403, 404, 502, 503, 504),
        },
      },
    },
    async (request, reply) => {
      const { auth, key } = request.body;
      const endpoint = canonicalEndpoint(request.body.endpoint);
      // The code as it was followed (normalised), whatever form the browser kept.
      const code = request.body.code === undefined ? undefined : (parseDossierCode(request.body.code)?.code ?? request.body.code);
      if (auth) {
        const held = (await stored('followedBy', () => store.followedBy(endpoint))).filter((f) => code === undefined || f.code === code);
        // Only the records made with this secret: someone who knows the endpoint and follows with
        // keys of their own neither stops this browser's nor keeps it from stopping.
        const mine = held.filter((f) => sameSecret(f.auth, auth));
        if (held.length && !mine.length) throw new MotcuaError('key-required', 'unfollow: auth does not match', { messages: NOT_YOURS });
        for (const f of mine) await stored('unsubscribe', () => store.unsubscribe(endpoint, f.code));
      } else if (code !== undefined && key) {
        const dossier = await app.dossiers.lookup(request, code, key.trim());
        if (dossier.restricted) throw new MotcuaError('key-required', 'unfollow needs the lookup key', { messages: NO_PROOF });
        await stored('unsubscribe', () => store.unsubscribe(endpoint, dossier.code));
      } else throw new MotcuaError('invalid-input', 'unfollow needs auth, or code and key', { field: 'auth', messages: NO_PROOF });
      return reply.code(204).send(null);
    },
  );
};
