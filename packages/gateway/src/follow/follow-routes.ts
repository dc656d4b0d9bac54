/**
 * Following a dossier from the lookup: `POST /v1/follow` with the code, its key and the
 * browser's push subscription (only after a lookup with the correct key; counted in the same
 * budget and failure count as look-ups), `DELETE /v1/follow` with the endpoint (honoured at
 * once), and `GET /v1/follow/key` for the VAPID public key. The watcher asks the backend on a
 * schedule and, on a change, pushes the status in words (no personal data) to each browser and
 * posts a signed event to each webhook.
 */
import { randomUUID } from 'node:crypto';
import { MotcuaError, parseDossierCode } from '@motcua/core';
import { dossierStatus } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import { accessDossier } from '../dossier-access.js';
import { DOSSIER_BUDGET, type RouteContext } from '../reply.js';
import { createPushSender, type PushSubscriptionJson, type VapidKeys } from './push.js';
import { createWatcher, type StatusChange, type WatchStore } from './watcher.js';
import { createWebhooks, type WebhookTarget } from './webhooks.js';

export interface FollowOptions {
  vapid: VapidKeys;
  store: WatchStore;
  webhooks?: WebhookTarget[];
  /** Seconds between the watcher's rounds (default 60); look-ups per minute (default 60). */
  intervalSeconds?: number;
  perMinute?: number;
  /** Days a dossier is still followed after a final status (default 7); then its subscriptions end. */
  keepDays?: number;
  /** The page a notification opens, given `?code=` (default: the gateway's /lookup). */
  lookupUrl?: string;
  /** For tests: the push service and webhook calls. */
  fetch?: typeof fetch;
}

const NOTHING_TO_TELL = { vi: 'Cần đăng ký nhận thông báo trên trình duyệt để theo dõi hồ sơ.', en: 'Following needs the browser to subscribe to notifications.' };

const SUBSCRIPTION = {
  type: 'object',
  required: ['endpoint', 'keys'],
  properties: {
    endpoint: { type: 'string', maxLength: 1000, pattern: '^https?://' },
    keys: { type: 'object', required: ['p256dh', 'auth'], properties: { p256dh: { type: 'string', maxLength: 200 }, auth: { type: 'string', maxLength: 100 } } },
  },
};

export async function followRoutes(app: FastifyInstance, { context, follow }: { context: RouteContext; follow: FollowOptions }): Promise<void> {
  const push = createPushSender(follow.vapid, follow.fetch ? { fetch: follow.fetch } : {});
  const hooks = createWebhooks({ targets: follow.webhooks ?? [], ...(follow.fetch ? { fetch: follow.fetch } : {}), onDeadLetter: (f) => app.log.error({ webhook: f.target, event: f.event.id, attempts: f.attempts, error: f.error }, 'webhook dead letter') });

  async function onChange(change: StatusChange): Promise<void> {
    const statusText = dossierStatus(change.to).label.vi;
    const payload = { code: change.code, status: change.to, title: statusText, body: `Hồ sơ ${change.code}. Bấm để xem chi tiết.`, url: `${follow.lookupUrl ?? '/lookup'}?code=${encodeURIComponent(change.code)}` };
    for (const subscription of change.subscriptions) {
      if ((await push.send(subscription, payload)) === 'gone') await follow.store.unsubscribe(subscription.endpoint);
    }
    if (follow.webhooks?.length) await hooks.send({ type: 'dossier.status-changed', id: randomUUID(), code: change.code, from: change.from, to: change.to, statusText, at: change.at });
  }

  const watcher = createWatcher({ adapter: context.adapter, store: follow.store, lease: context.state, onChange, intervalMs: (follow.intervalSeconds ?? 60) * 1000, perMinute: follow.perMinute ?? 60, ...(follow.keepDays ? { keepDays: follow.keepDays } : {}), onError: (code, error) => app.log.debug({ code, error: String(error) }, 'followed dossier not checked') });
  app.decorate('pollFollowed', () => watcher.poll());
  app.addHook('onReady', async () => watcher.start());
  app.addHook('onClose', async () => {
    watcher.stop();
    follow.store.close?.();
  });

  app.get('/v1/follow/key', { schema: { tags: ['follow'], operationId: 'followKey', summary: 'The VAPID public key a browser subscribes with', response: { 200: { type: 'object', required: ['publicKey'], properties: { publicKey: { type: 'string' } } }, ...errors(429) } } }, async () => ({ publicKey: follow.vapid.publicKey }));

  app.post<{ Body: { code: string; key: string; subscription?: PushSubscriptionJson } }>(
    '/v1/follow',
    {
      bodyLimit: 4096,
      config: { rateLimit: { max: (request) => context.limitsFor(request).dossierPerMinute, timeWindow: 60_000, groupId: DOSSIER_BUDGET } },
      schema: {
        tags: ['follow'],
        operationId: 'follow',
        summary: 'Be told when the dossier changes: by Web Push with `subscription`, else by the webhooks alone (a desk application); needs its lookup key',
        body: { type: 'object', additionalProperties: false, required: ['code', 'key'], properties: { code: schemas.dossierCode, key: { ...schemas.lookupKey, minLength: 1 }, subscription: SUBSCRIPTION } },
        response: { 201: { type: 'object', required: ['following'], properties: { following: { type: 'string' } } }, ...errors(...COMMON_ERRORS, 403, 404, 502, 503, 504) },
      },
    },
    async (request, reply) => {
      const dossier = await accessDossier(context, request, request.body.code, request.body.key.trim());
      if (dossier.restricted) throw new MotcuaError('key-required', 'following needs the lookup key');
      const { subscription } = request.body;
      if (subscription) await follow.store.subscribe(dossier.code, subscription);
      // Watched for the webhooks alone, until some days after it is returned.
      else if (follow.webhooks?.length) await follow.store.add(dossier.code);
      else throw new MotcuaError('invalid-input', 'no subscription, and this gateway sends no webhooks', { field: 'subscription', messages: NOTHING_TO_TELL });
      return reply.code(201).header('cache-control', 'no-store').send({ following: dossier.code });
    },
  );

  app.delete<{ Body: { endpoint: string; code?: string } }>(
    '/v1/follow',
    {
      schema: {
        tags: ['follow'],
        operationId: 'unfollow',
        summary: 'Stop at once: this browser is told nothing more about the dossier (`code`), or about any (no `code`)',
        body: { type: 'object', additionalProperties: false, required: ['endpoint'], properties: { endpoint: { type: 'string', maxLength: 1000 }, code: schemas.dossierCode } },
        response: { 204: { description: 'Done (also when the endpoint followed nothing).', type: 'null' }, ...errors(...COMMON_ERRORS) },
      },
    },
    async (request, reply) => {
      const { endpoint, code } = request.body;
      // The code as it was followed (normalised), whatever form the browser kept.
      await follow.store.unsubscribe(endpoint, code === undefined ? undefined : (parseDossierCode(code)?.code ?? code));
      return reply.code(204).send();
    },
  );
}
