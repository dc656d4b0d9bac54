/**
 * The gateway watches the dossiers citizens follow: it asks the backend for their status on a
 * schedule that respects the backend — a batch per round, at most `perMinute` look-ups a
 * minute, the ones checked longest ago first, fewer rounds while the backend fails every
 * look-up, none before a 429's Retry-After — and reports each change once. With several
 * instances on one Redis exactly one polls at a time (a lease in the shared store, renewed by
 * its holder). Dossiers that reached a final status are dropped some days later.
 *
 * Nothing a store or a backend does ends the process: a round that fails is logged, counted in
 * `trouble` (the health check shows it) and retried later with the same backoff.
 */
import { randomUUID } from 'node:crypto';
import { isMotcuaError, MotcuaError, parseDossierCode, type SharedStore, type Adapter } from '@motcua/core';
import { dossierStatus, type DossierStatusCode } from '@motcua/core/status';
import type { WatchStore } from './store.js';

export interface StatusChange {
  code: string;
  from: DossierStatusCode;
  to: DossierStatusCode;
  at: string;
}

export interface WatcherOptions {
  adapter: Adapter;
  store: WatchStore;
  /** The shared store holding the poller's lease (the gateway's state: memory or Redis). */
  lease: SharedStore;
  /** Delivers a change (pushes, webhooks); should not throw — if it does, the change is reported anyway. */
  onChange: (change: StatusChange) => void | Promise<void>;
  /** Between rounds (default 60 s). */
  intervalMs?: number;
  /** Look-ups per round (default 20) and per minute across rounds (default 60). */
  batchSize?: number;
  perMinute?: number;
  /** Days a dossier is still watched after a final status (default 7). */
  keepDays?: number;
  now?: () => number;
  /** A look-up that failed (the dossier is kept and tried again). */
  onError?: (code: string, error: unknown) => void;
  /** The store failed (the round is given up and retried later); `operation` says which call. */
  onStoreError?: (operation: string, error: unknown) => void;
}

const LEASE = 'watch:poller';

/** A store call that failed: the round stops there (the next one retries). */
class StoreFailure extends Error {}

export function createWatcher(options: WatcherOptions) {
  const id = randomUUID();
  const intervalMs = options.intervalMs ?? 60_000;
  const batchSize = options.batchSize ?? 20;
  const perMinute = options.perMinute ?? 60;
  const keepMs = (options.keepDays ?? 7) * 86_400_000;
  const now = options.now ?? Date.now;
  const { store } = options;
  const recent: number[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  /** Backoff: rounds in a row where the backend failed every look-up or the store failed, and no round before this time. */
  let failedRounds = 0;
  let restUntil = 0;
  /** The store's last failure, until a call succeeds again. */
  let trouble: { operation: string; error: string; since: number } | undefined;

  async function stored<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      trouble = undefined;
      return result;
    } catch (error) {
      trouble = { operation, error: error instanceof Error ? error.message : String(error), since: trouble?.since ?? now() };
      options.onStoreError?.(operation, error);
      throw new StoreFailure(operation);
    }
  }

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

  /** Delivers a change, then marks it reported: a process stopped in between delivers it at its next round. */
  async function report(code: string, change: Omit<StatusChange, 'code'>): Promise<void> {
    try {
      await options.onChange({ code, ...change });
    } catch (error) {
      options.onError?.(code, error);
    }
    await stored('settle', () => store.settle(code, change.to));
  }

  /** One round: returns the number of look-ups made (0 when another instance polls). */
  async function round(): Promise<number> {
    if (!(await holdLease())) return 0;
    const t = now();
    if (t < restUntil) return 0;
    while (recent.length && recent[0]! <= t - 60_000) recent.shift();
    const budget = Math.min(batchSize, perMinute - recent.length);
    if (budget <= 0) return 0;
    const due = (await stored('list', () => store.list())).sort((a, b) => a.checkedAt - b.checkedAt).slice(0, budget);
    let failed = 0;
    let retryAfterMs = 0;
    for (const entry of due) {
      // A change saved by a round that stopped before its deliveries (the process ended): deliver
      // it now — once the lease that round held has surely run out, so that it is not still at it.
      let { pending } = entry;
      if (pending && entry.status === pending.to && now() - Date.parse(pending.at) > intervalMs * 3) {
        await report(entry.code, pending);
        pending = undefined;
      }
      // A code that is no dossier code (a record written by hand, or by an older version) would
      // be looked up at every round for ever: it goes, and the log says so.
      if (!parseDossierCode(entry.code)) {
        await stored('remove', () => store.remove(entry.code));
        options.onError?.(entry.code, new MotcuaError('invalid-input', 'not a dossier code: no longer followed', { field: 'code' }));
        continue;
      }
      recent.push(now());
      let status: DossierStatusCode;
      try {
        ({ status } = await options.adapter.lookupDossier(entry.code, {}));
      } catch (error) {
        // Kept, and tried again in a later round: a backend that is down must not lose a follower.
        await stored('update', () =>
          store.update({ ...entry, checkedAt: now(), ...(pending ? { pending } : { pending: undefined }) }, entry.status),
        );
        options.onError?.(entry.code, error);
        failed++;
        if (isMotcuaError(error) && error.kind === 'rate-limited') {
          // The backend said when: no more look-ups this round, none before then.
          retryAfterMs = Math.max(retryAfterMs, (error.retryAfter ?? 60) * 1000);
          break;
        }
        continue;
      }
      const final = dossierStatus(status).final;
      if (final && entry.finalSince !== undefined && now() - entry.finalSince > keepMs) {
        await stored('remove', () => store.remove(entry.code));
        continue;
      }
      const change =
        entry.status !== undefined && entry.status !== status
          ? { from: entry.status, to: status, at: new Date(now()).toISOString() }
          : undefined;
      // Saved only over the status this round started from: a second poller's round saves nothing, reports nothing.
      const saved = await stored('update', () =>
        store.update(
          {
            code: entry.code,
            status,
            checkedAt: now(),
            ...(final ? { finalSince: entry.finalSince ?? now() } : {}),
            ...((change ?? pending) ? { pending: change ?? pending } : {}),
          },
          entry.status,
        ),
      );
      if (change && saved) await report(entry.code, change);
    }
    // A backend that fails every look-up (down, or refusing us) is asked less and less often:
    // 2, 4, 8, 16 intervals between rounds, back to every interval after one answer.
    failedRounds = due.length && failed >= due.length ? failedRounds + 1 : retryAfterMs ? failedRounds : 0;
    rest(retryAfterMs);
    return due.length;
  }

  // (Half an interval short, so that the timer's round at the end is not skipped by jitter.)
  function rest(retryAfterMs = 0): void {
    restUntil = Math.max(
      retryAfterMs ? now() + retryAfterMs : 0,
      failedRounds ? now() + intervalMs * (2 ** Math.min(failedRounds, 4) - 0.5) : 0,
    );
  }

  /** One round; never rejects. A failing store is backed off like a failing backend. */
  async function poll(): Promise<number> {
    // Resting because the store failed: a cheap ping at each tick, and the round as soon as it answers.
    if (
      trouble &&
      now() < restUntil &&
      (await store.ping().then(
        () => true,
        () => false,
      ))
    ) {
      failedRounds = 0;
      restUntil = 0;
    }
    try {
      return await round();
    } catch (error) {
      if (!(error instanceof StoreFailure)) options.onStoreError?.('round', error);
      failedRounds++;
      rest();
      return 0;
    }
  }

  return {
    poll,
    /** Why the store failed last, while it does (for the health check). */
    get trouble() {
      return trouble;
    },
    start() {
      timer ??= setInterval(() => void poll(), intervalMs);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
