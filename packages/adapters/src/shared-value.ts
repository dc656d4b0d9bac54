/**
 * A value one gateway instance fetches for all — a backend token, a session, the catalogue —
 * kept in the gateway's shared store when it has one (`Adapter.attachStore`), else in this
 * process. Concurrent callers share one fetch; across instances a short lock lets one fetch
 * while the others wait for its result (and fetch themselves if it does not come). A store
 * that fails is treated as absent: the value is then fetched per instance, as without one.
 */
import type { SharedStore } from '@motcua/core';

export interface SharedValueOptions<T> {
  /** The store's key, unique per backend and purpose, e.g. `igate:token:https://api…:motcua`. */
  key: string;
  /** Fetches the value and says how long it stays good. */
  fetch: () => Promise<{ value: T; ttlMs: number }>;
  store: () => SharedStore | undefined;
  now?: () => number;
  /** Longest wait for another instance's fetch before fetching here (default 5 s). */
  waitMs?: number;
}

export interface SharedValue<T> {
  get(): Promise<T>;
  /** Forgets the value (here and in the store); with `stale`, only if the store still holds that one. */
  drop(stale?: T): Promise<void>;
}

interface Stored<T> {
  value: T;
  expiresAt: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function sharedValue<T>(options: SharedValueOptions<T>): SharedValue<T> {
  const now = options.now ?? Date.now;
  const waitMs = options.waitMs ?? 5000;
  let local: { value: Promise<T>; expiresAt: number } | undefined;

  const read = async (store: SharedStore): Promise<Stored<T> | undefined> => {
    const raw = await store.get(options.key).catch(() => undefined);
    if (!raw) return undefined;
    try {
      const stored = JSON.parse(raw) as Stored<T>;
      return stored.expiresAt > now() ? stored : undefined;
    } catch {
      return undefined;
    }
  };

  async function fetchHere(store: SharedStore | undefined): Promise<Stored<T>> {
    const { value, ttlMs } = await options.fetch();
    const stored = { value, expiresAt: now() + ttlMs };
    if (store && ttlMs > 0) await store.set(options.key, JSON.stringify(stored), ttlMs).catch(() => undefined);
    return stored;
  }

  async function resolve(): Promise<Stored<T>> {
    const store = options.store();
    if (!store) return fetchHere(undefined);
    const found = await read(store);
    if (found) return found;
    const lock = `${options.key}:lock`;
    const mine = await store.claim(lock, Math.random().toString(36).slice(2), Math.max(waitMs, 1000)).catch(() => true);
    if (mine) {
      try {
        return await fetchHere(store);
      } finally {
        await store.del(lock).catch(() => undefined);
      }
    }
    // Another instance is fetching: take its result when it lands.
    for (const deadline = Date.now() + waitMs; Date.now() < deadline;) {
      await sleep(100);
      const landed = await read(store);
      if (landed) return landed;
    }
    return fetchHere(store);
  }

  return {
    get() {
      if (local && now() < local.expiresAt) return local.value;
      const entry: { value: Promise<T>; expiresAt: number } = {
        value: Promise.resolve() as Promise<never>,
        expiresAt: Number.POSITIVE_INFINITY,
      };
      entry.value = resolve().then((stored): T => {
        entry.expiresAt = stored.expiresAt;
        return stored.value;
      });
      local = entry;
      // A failed fetch is not remembered: the next call tries again.
      entry.value.catch(() => {
        if (local === entry) local = undefined;
      });
      return entry.value;
    },
    async drop(stale) {
      local = undefined;
      const store = options.store();
      if (!store) return;
      if (stale !== undefined) {
        const held = await read(store);
        // Another instance may have put a new one there already: keep it.
        if (held && JSON.stringify(held.value) !== JSON.stringify(stale)) return;
      }
      await store.del(options.key).catch(() => undefined);
    },
  };
}
