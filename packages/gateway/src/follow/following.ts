/**
 * Following dossiers: the watcher asks the backend on a schedule and, on a change, pushes the
 * status in words (no personal data) to each browser and posts a signed event to each webhook.
 * The routes that follow and unfollow are follow-routes.ts.
 */
import { randomUUID } from 'node:crypto';
import { MotcuaError, textIn, type Adapter } from '@motcua/core';
import { dossierStatus } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { followRoutes } from './follow-routes.js';
import { createPushSender, type VapidKeys } from './push.js';
import type { PushTargetPolicy } from './push-targets.js';
import type { FollowCaps, WatchStore } from './store.js';
import { createWatcher, type StatusChange } from './watcher.js';
import { createWebhooks, type WebhookTarget } from './webhooks.js';
import { languages, loadLanguage } from '../languages.js';
import { gatewayText, gatewayWord } from '../words.js';

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
  /** Browsers per dossier (default 20) and dossiers per browser (default 20). */
  caps?: Partial<FollowCaps>;
  /** Where pushes may go: the push services' hosts (push-targets.ts). */
  pushTargets?: PushTargetPolicy;
  /** Pushes under way at once (default 8) and the wait for each (default 5000 ms). */
  pushConcurrency?: number;
  pushTimeoutMs?: number;
  /** For tests: the webhook calls. */
  fetch?: typeof fetch;
}

export const DEFAULT_FOLLOW_CAPS: FollowCaps = { perDossier: 20, perEndpoint: 20 };

const STORE_DOWN = gatewayText('follow.store-down');

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    /** With `follow`: the follow store's state for the health check. */
    followHealth?(): Promise<{ store: WatchStore['kind']; ok: boolean; error?: string }>;
    /** With `follow`: one round of the watcher now (operators, tests); the look-ups it made. */
    pollFollowed?(): Promise<number>;
  }
}

/**
 * Following, on the app itself (fastify-plugin): the watcher, its store and what it tells, and
 * the decorators operators and the health check use. Its routes are a scope of their own (follow-routes.ts).
 */
async function followService(app: FastifyInstance, { adapter, follow }: { adapter: Adapter; follow: FollowOptions }): Promise<void> {
  const { store } = follow;
  const caps = { ...DEFAULT_FOLLOW_CAPS, ...follow.caps };
  const push = createPushSender(follow.vapid, {
    timeoutMs: follow.pushTimeoutMs ?? 5000,
    ...(follow.pushTargets ? { targets: follow.pushTargets } : {}),
  });
  const hooks = createWebhooks({
    targets: follow.webhooks ?? [],
    timeoutMs: 5000,
    ...(follow.fetch ? { fetch: follow.fetch } : {}),
    onDeadLetter: (f) =>
      app.log.error({ webhook: f.target, event: f.event.id, attempts: f.attempts, error: f.error }, 'webhook dead letter'),
  });
  const storeFailed = (operation: string, error: unknown) =>
    app.log.error(
      { store: store.kind, operation, error: error instanceof Error ? error.message : String(error) },
      'follow store failed: following is paused until it answers',
    );
  /** A route's store call that failed last, until one succeeds (the health check shows it). */
  let routeTrouble: string | undefined;
  /** A store call from a route: its failure is logged and answered in words, never as a crash. */
  const stored = async <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    try {
      const result = await call();
      routeTrouble = undefined;
      return result;
    } catch (error) {
      routeTrouble = operation;
      storeFailed(operation, error);
      throw new MotcuaError('server', `follow store: ${operation} failed`, { messages: STORE_DOWN, cause: error });
    }
  };

  /** Each browser and each webhook is tried, whatever the others do. */
  async function onChange(change: StatusChange): Promise<void> {
    const label = dossierStatus(change.to).label;
    // (Webhooks are told the status in Vietnamese, the national label.)
    const statusText = label.vi;
    const url = `${follow.lookupUrl ?? '/lookup'}?code=${encodeURIComponent(change.code)}`;
    /** What a browser is shown, in its follower's language (the service worker may word it again in the page's). */
    const payloadIn = (lang = 'vi') => {
      if (!languages().includes(lang)) lang = 'vi';
      return {
        code: change.code,
        status: change.to,
        title: textIn(label, lang),
        body: gatewayWord(lang, 'push.body', { code: change.code }),
        url: lang === 'vi' ? url : `${url}&lang=${encodeURIComponent(lang)}`,
      };
    };
    const pushes = async () => {
      const subscriptions = await store.subscriptions(change.code).catch((error: unknown) => (storeFailed('subscriptions', error), []));
      await eachLimited(subscriptions, follow.pushConcurrency ?? 8, async (subscription) => {
        const { lang, ...target } = subscription;
        if (lang) await loadLanguage(lang);
        const sent = await push.send(target, payloadIn(lang));
        const pushHost = URL.canParse(subscription.endpoint) ? new URL(subscription.endpoint).host : '(not a URL)';
        if (sent.result === 'gone')
          await store.unsubscribe(subscription.endpoint).catch((error: unknown) => storeFailed('unsubscribe', error));
        else if (sent.result === 'failed' || sent.result === 'refused')
          app.log.warn({ code: change.code, pushHost, result: sent.result, why: sent.why }, 'push not delivered');
      });
    };
    const event = {
      type: 'dossier.status-changed' as const,
      id: randomUUID(),
      code: change.code,
      from: change.from,
      to: change.to,
      statusText,
      at: change.at,
    };
    await Promise.all([pushes(), follow.webhooks?.length ? hooks.send(event) : undefined]);
  }

  const watcher = createWatcher({
    adapter,
    store,
    lease: app.sharedState,
    onChange,
    intervalMs: (follow.intervalSeconds ?? 60) * 1000,
    perMinute: follow.perMinute ?? 60,
    ...(follow.keepDays ? { keepDays: follow.keepDays } : {}),
    onError: (code, error) => app.log.debug({ code, error: String(error) }, 'followed dossier not checked'),
    onStoreError: storeFailed,
  });
  // The store is asked at most every 5 s however often /healthz is: it reads the whole file.
  let pinged: { at: number; error?: string } | undefined;
  app.decorate('followHealth', async () => {
    if (!pinged || Date.now() - pinged.at > 5000) {
      pinged = { at: Date.now() };
      // (A ping writes too: one that succeeds shows that a route's failure is over.)
      await store.ping().then(
        () => (routeTrouble = undefined),
        (error: unknown) => {
          storeFailed('ping', error);
          pinged = { at: Date.now(), error: 'the follow store does not answer; see the gateway log' };
        },
      );
    }
    const trouble = watcher.trouble;
    const failed = trouble?.operation ?? routeTrouble;
    const error = pinged.error ?? (failed && `the follow store failed (${failed}); see the gateway log`);
    return { store: store.kind, ok: !error, ...(error ? { error } : {}) };
  });
  app.decorate('pollFollowed', () => watcher.poll());
  // A store that connects (Redis) is given 2 s before the first follow, as the shared state is.
  app.addHook('onReady', async () => {
    await store.ready?.(2000);
    watcher.start();
  });
  app.addHook('onClose', async () => {
    watcher.stop();
    store.close?.();
  });

  await app.register(followRoutes, { prefix: '/v1', follow, caps, stored });
}

export const following = fp(followService, { name: 'motcua-follow', dependencies: ['motcua-services'] });
