/**
 * The gateway watches the dossiers citizens follow: it asks the backend for their status on a
 * schedule that respects the backend — a batch per round, at most `perMinute` look-ups a
 * minute, the ones checked longest ago first, fewer rounds while the backend fails every
 * look-up, none before a 429's Retry-After — and reports each change once. With several
 * instances on one Redis exactly one polls at a time (a lease in the shared store, renewed by
 * its holder). Dossiers that reached a final status are dropped some days later.
 */
import { randomUUID } from 'node:crypto';
import { isMotcuaError, type Adapter, type SharedStore } from '@motcua/core';
import { dossierStatus, type DossierStatusCode } from '@motcua/core/status';
import type { PushSubscriptionJson } from './push.js';

export interface Watched {
  code: string;
  /** The browsers following it (Web Push): only what sending takes. */
  subscriptions?: PushSubscriptionJson[];
  /** The status last seen (undefined until the first check). */
  status?: DossierStatusCode;
  checkedAt: number;
  /** When a final status was first seen. */
  finalSince?: number;
  /** Watched for the webhooks too (a desk application asked), not only for browsers. */
  webhooks?: boolean;
}

/** Where followed dossiers are kept: in memory here; SQLite or Redis durably (watch-stores.ts). */
export interface WatchStore {
  /** Watches `code` for the webhooks (kept when the last browser stops following). */
  add(code: string): Promise<void>;
  remove(code: string): Promise<void>;
  list(): Promise<Watched[]>;
  /**
   * Saves what a round learnt (status, times) — never the subscriptions, which change on their
   * own — only if the stored status is still `previous` (undefined: never seen) and the code is
   * still followed. False when it was not saved: another round got there first (two pollers for
   * a moment, when a lease ran out under load), so the change is not reported twice.
   */
  update(entry: Watched, previous: DossierStatusCode | undefined): Promise<boolean>;
  /** Follows `code` for this browser (once per endpoint). */
  subscribe(code: string, subscription: PushSubscriptionJson): Promise<void>;
  /** Stops at once, for `code` only or every code; a code nobody follows any more is no longer watched. */
  unsubscribe(endpoint: string, code?: string): Promise<void>;
  /** Lets go of its file or connection (the gateway closes). */
  close?(): void;
}

/** Subscriptions after adding one (replacing the same endpoint) or removing one. */
export function withSubscription(list: readonly PushSubscriptionJson[] = [], add?: PushSubscriptionJson, removeEndpoint?: string): PushSubscriptionJson[] {
  const kept = list.filter((s) => s.endpoint !== (add?.endpoint ?? removeEndpoint));
  return add ? [...kept, add] : kept;
}

export function memoryWatchStore(): WatchStore {
  const entries = new Map<string, Watched>();
  return {
    add: async (code) => void entries.set(code, { ...(entries.get(code) ?? { code, checkedAt: 0 }), webhooks: true }),
    remove: async (code) => void entries.delete(code),
    list: async () => [...entries.values()].map((e) => ({ ...e })),
    update: async ({ subscriptions: _s, webhooks: _w, ...entry }, previous) => {
      const held = entries.get(entry.code);
      if (!held || held.status !== previous) return false;
      entries.set(entry.code, { ...entry, ...(held.subscriptions ? { subscriptions: held.subscriptions } : {}), ...(held.webhooks ? { webhooks: true } : {}) });
      return true;
    },
    async subscribe(code, subscription) {
      const held = entries.get(code) ?? { code, checkedAt: 0 };
      entries.set(code, { ...held, subscriptions: withSubscription(held.subscriptions, subscription) });
    },
    async unsubscribe(endpoint, only) {
      for (const [code, e] of entries) {
        if ((only && code !== only) || !e.subscriptions?.some((s) => s.endpoint === endpoint)) continue;
        const rest = withSubscription(e.subscriptions, undefined, endpoint);
        if (rest.length || e.webhooks) entries.set(code, { ...e, subscriptions: rest });
        else entries.delete(code);
      }
    },
  };
}

export interface StatusChange {
  code: string;
  /** Who follows it (Web Push). */
  subscriptions: PushSubscriptionJson[];
  from: DossierStatusCode;
  to: DossierStatusCode;
  at: string;
}

export interface WatcherOptions {
  adapter: Adapter;
  store: WatchStore;
  /** The shared store holding the poller's lease (the gateway's state: memory or Redis). */
  lease: SharedStore;
  onChange: (change: StatusChange) => void | Promise<void>;
  /** Between rounds (default 60 s). */
  intervalMs?: number;
  /** Look-ups per round (default 20) and per minute across rounds (default 60). */
  batchSize?: number;
  perMinute?: number;
  /** Days a dossier is still watched after a final status (default 7). */
  keepDays?: number;
  now?: () => number;
  onError?: (code: string, error: unknown) => void;
}

const LEASE = 'watch:poller';

export function createWatcher(options: WatcherOptions) {
  const id = randomUUID();
  const intervalMs = options.intervalMs ?? 60_000;
  const batchSize = options.batchSize ?? 20;
  const perMinute = options.perMinute ?? 60;
  const keepMs = (options.keepDays ?? 7) * 86_400_000;
  const now = options.now ?? Date.now;
  const recent: number[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  /** Backoff: rounds in a row where every look-up failed, and no round before this time. */
  let failedRounds = 0;
  let restUntil = 0;

  /** True when this instance holds (or just took) the poller's lease. */
  async function holdLease(): Promise<boolean> {
    // Three intervals: a round slowed by a busy machine keeps it; a stopped poller's is taken within three.
    const ttl = intervalMs * 3;
    const holder = await options.lease.get(LEASE).catch(() => undefined);
    if (holder === id) {
      await options.lease.set(LEASE, id, ttl).catch(() => undefined);
      return true;
    }
    if (holder) return false;
    return options.lease.claim(LEASE, id, ttl).catch(() => false);
  }

  /** One round: returns the number of look-ups made (0 when another instance polls). */
  async function poll(): Promise<number> {
    if (!(await holdLease())) return 0;
    const t = now();
    if (t < restUntil) return 0;
    while (recent.length && recent[0]! <= t - 60_000) recent.shift();
    const budget = Math.min(batchSize, perMinute - recent.length);
    if (budget <= 0) return 0;
    const due = (await options.store.list()).sort((a, b) => a.checkedAt - b.checkedAt).slice(0, budget);
    let failed = 0;
    let retryAfterMs = 0;
    for (const entry of due) {
      recent.push(now());
      try {
        const { status } = await options.adapter.lookupDossier(entry.code, {});
        const changed = entry.status !== undefined && entry.status !== status;
        const final = dossierStatus(status).final;
        if (final && entry.finalSince !== undefined && now() - entry.finalSince > keepMs) {
          await options.store.remove(entry.code);
          continue;
        }
        const saved = await options.store.update({ code: entry.code, status, checkedAt: now(), ...(final ? { finalSince: entry.finalSince ?? now() } : {}) }, entry.status);
        if (changed && saved) await options.onChange({ code: entry.code, subscriptions: entry.subscriptions ?? [], from: entry.status!, to: status, at: new Date(now()).toISOString() });
      } catch (error) {
        // Kept, and tried again in a later round: a backend that is down must not lose a follower.
        await options.store.update({ ...entry, checkedAt: now() }, entry.status);
        options.onError?.(entry.code, error);
        failed++;
        if (isMotcuaError(error) && error.kind === 'rate-limited') {
          // The backend said when: no more look-ups this round, none before then.
          retryAfterMs = Math.max(retryAfterMs, (error.retryAfter ?? 60) * 1000);
          break;
        }
      }
    }
    // A backend that fails every look-up (down, or refusing us) is asked less and less often:
    // 2, 4, 8, 16 intervals between rounds, back to every interval after one answer.
    failedRounds = due.length && failed >= due.length ? failedRounds + 1 : retryAfterMs ? failedRounds : 0;
    // (Half an interval short, so that the timer's round at the end is not skipped by jitter.)
    restUntil = Math.max(retryAfterMs ? now() + retryAfterMs : 0, failedRounds ? now() + intervalMs * (2 ** Math.min(failedRounds, 4) - 0.5) : 0);
    return due.length;
  }

  return {
    poll,
    start() {
      timer ??= setInterval(() => void poll(), intervalMs);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
