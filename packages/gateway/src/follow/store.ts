/**
 * What the watcher keeps: the followed dossiers (the status last seen, when it was checked) and,
 * apart from them, each browser's subscription — one record per dossier and browser, so that
 * following or stopping touches one record whatever the others. In memory here; SQLite or Redis
 * durably (watch-stores.ts).
 */
import type { DossierStatusCode } from '@motcua/core/status';
import type { PushSubscriptionJson } from './push.js';

/** A change saved, whose deliveries were not yet all attempted. */
export interface PendingChange {
  from: DossierStatusCode;
  to: DossierStatusCode;
  at: string;
}

export interface Watched {
  code: string;
  /** The status last seen (undefined until the first check). */
  status?: DossierStatusCode;
  checkedAt: number;
  /** When a final status was first seen. */
  finalSince?: number;
  /** Watched for the webhooks too (a desk application asked), not only for browsers. */
  webhooks?: boolean;
  pending?: PendingChange;
}

/** How many browsers may follow one dossier, and how many dossiers one browser may follow. */
export interface FollowCaps {
  perDossier: number;
  perEndpoint: number;
}

export type SubscribeResult = 'following' | 'dossier-full' | 'endpoint-full';

export interface WatchStore {
  readonly kind: 'memory' | 'sqlite' | 'redis';
  /** Watches `code` for the webhooks (kept when the last browser stops following). */
  add(code: string): Promise<void>;
  /** Stops watching `code`, for every browser too. */
  remove(code: string): Promise<void>;
  /** The followed dossiers (their subscriptions are read when a change is delivered). */
  list(): Promise<Watched[]>;
  /**
   * Saves what a round learnt (status, times, a change to deliver) only if the stored status
   * is still `previous` (undefined: never seen) and the code is still followed. False when it
   * was not saved: another round got there first (two pollers for a moment, when a lease ran
   * out under load), so the change is not reported twice.
   */
  update(entry: Watched, previous: DossierStatusCode | undefined): Promise<boolean>;
  /** The change to `status` was delivered: no longer pending. */
  settle(code: string, status: DossierStatusCode): Promise<void>;
  /** Follows `code` for this browser (replacing its keys if it already does), within the caps. */
  subscribe(code: string, subscription: PushSubscriptionJson, caps: FollowCaps): Promise<SubscribeResult>;
  /** The browsers following `code`. */
  subscriptions(code: string): Promise<PushSubscriptionJson[]>;
  /** The dossiers this browser follows, each with the `auth` secret it followed with (stopping must show it). */
  followedBy(endpoint: string): Promise<Array<{ code: string; auth: string }>>;
  /** Stops at once, for `code` only or every code; a code nobody follows any more is no longer watched. */
  unsubscribe(endpoint: string, code?: string): Promise<void>;
  /** Throws when the store cannot be read (the health check). */
  ping(): Promise<void>;
  /** Resolves once the store answers, or after `timeoutMs` (the gateway then starts degraded). */
  ready?(timeoutMs: number): Promise<void>;
  /** Lets go of its file or connection (the gateway closes). */
  close?(): void;
}

export function memoryWatchStore(): WatchStore {
  const entries = new Map<string, Watched>();
  const subs = new Map<string, Map<string, PushSubscriptionJson>>();
  const byEndpoint = new Map<string, Set<string>>();
  const drop = (code: string, endpoint: string) => {
    subs.get(code)?.delete(endpoint);
    byEndpoint.get(endpoint)?.delete(code);
    if (byEndpoint.get(endpoint)?.size === 0) byEndpoint.delete(endpoint);
    if (!subs.get(code)?.size && !entries.get(code)?.webhooks) {
      entries.delete(code);
      subs.delete(code);
    }
  };
  return {
    kind: 'memory',
    add: async (code) => void entries.set(code, { ...(entries.get(code) ?? { code, checkedAt: 0 }), webhooks: true }),
    async remove(code) {
      for (const endpoint of subs.get(code)?.keys() ?? []) byEndpoint.get(endpoint)?.delete(code);
      entries.delete(code);
      subs.delete(code);
    },
    list: async () => [...entries.values()].map((e) => ({ ...e })),
    update: async ({ webhooks: _w, ...entry }, previous) => {
      const held = entries.get(entry.code);
      if (!held || held.status !== previous) return false;
      entries.set(entry.code, { ...entry, ...(held.webhooks ? { webhooks: true } : {}) });
      return true;
    },
    async settle(code, status) {
      const held = entries.get(code);
      if (held?.status === status) delete held.pending;
    },
    async subscribe(code, subscription, caps) {
      const list = subs.get(code) ?? new Map<string, PushSubscriptionJson>();
      const codes = byEndpoint.get(subscription.endpoint) ?? new Set<string>();
      if (!list.has(subscription.endpoint) && list.size >= caps.perDossier) return 'dossier-full';
      if (!codes.has(code) && codes.size >= caps.perEndpoint) return 'endpoint-full';
      if (!entries.has(code)) entries.set(code, { code, checkedAt: 0 });
      subs.set(code, list.set(subscription.endpoint, subscription));
      byEndpoint.set(subscription.endpoint, codes.add(code));
      return 'following';
    },
    subscriptions: async (code) => [...(subs.get(code)?.values() ?? [])],
    followedBy: async (endpoint) =>
      [...(byEndpoint.get(endpoint) ?? [])].map((code) => ({ code, auth: subs.get(code)!.get(endpoint)!.keys.auth })),
    async unsubscribe(endpoint, only) {
      for (const code of [...(byEndpoint.get(endpoint) ?? [])]) if (!only || code === only) drop(code, endpoint);
    },
    ping: async () => {},
  };
}
