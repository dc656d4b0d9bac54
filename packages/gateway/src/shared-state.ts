/**
 * The counters behind the gateway's protections — per-client request budgets and failed
 * look-ups — in this process's memory (the embedded default) or in Redis, shared by every
 * instance behind a load balancer: with N instances a scraper must not get N× the limits.
 *
 * Redis trouble is survivable: a command that fails or takes longer than a short timeout is
 * counted in this process's memory instead (the limits then hold per instance, as without
 * Redis), `trouble` says why, and the next command that succeeds ends it. No request waits on
 * Redis longer than the timeout.
 *
 * It is also the adapters' `SharedStore` (tokens, sessions, the loaded catalogue) and the
 * gateway's shared dossier-answer cache, with the same fallback.
 */
import type { SharedStore } from '@motcua/core';
import { Redis } from 'ioredis';

export interface Counter {
  /** Events counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

export interface SharedState extends SharedStore {
  /** Counts `by` (default 1) more events for `key`, in a window of `windowMs` that starts with its first event. */
  hit(key: string, windowMs: number, by?: number): Promise<Counter>;
  /** The current count for `key`, without adding to it. */
  peek(key: string): Promise<Counter>;
  /** `memory` or `redis`. */
  readonly kind: 'memory' | 'redis';
  /** Why the counters are not shared right now, if they are meant to be. */
  readonly trouble: string | undefined;
  /** Resolves once the counters are shared, or after `timeoutMs` (the gateway then starts degraded). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Counters and values in this process: a fixed window per key, the oldest keys forgotten past `maxKeys`. */
export function memoryState(maxKeys = 100_000): SharedState & { seed(key: string, counter: Counter): void } {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const values = new Map<string, { value: string; endsAt: number }>();
  const value = (key: string) => {
    const v = values.get(key);
    if (v && v.endsAt > Date.now()) return v;
    values.delete(key);
    return undefined;
  };
  const put = (key: string, v: string, ttlMs: number) => {
    values.set(key, { value: v, endsAt: Date.now() + ttlMs });
    if (values.size > maxKeys) values.delete(values.keys().next().value as string);
  };
  const live = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && w.endsAt > now) return w;
    windows.delete(key);
    return undefined;
  };
  return {
    kind: 'memory',
    trouble: undefined,
    ready: async () => {},
    async hit(key, windowMs, by = 1) {
      const now = Date.now();
      const w = live(key, now) ?? { count: 0, endsAt: now + windowMs };
      w.count += by;
      windows.delete(key); // re-inserted: the map's order is the order of last use
      windows.set(key, w);
      if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
      return { count: w.count, ttlMs: w.endsAt - now };
    },
    async peek(key) {
      const now = Date.now();
      const w = live(key, now);
      return w ? { count: w.count, ttlMs: w.endsAt - now } : { count: 0, ttlMs: 0 };
    },
    /** Sets `key` to a count known elsewhere (Redis), so that counting here carries on from it. */
    seed(key, { count, ttlMs }) {
      if (ttlMs <= 0) return void windows.delete(key);
      windows.delete(key);
      windows.set(key, { count, endsAt: Date.now() + ttlMs });
      if (windows.size > maxKeys) windows.delete(windows.keys().next().value as string);
    },
    get: async (key) => value(key)?.value,
    set: async (key, v, ttlMs) => put(key, v, ttlMs),
    async claim(key, v, ttlMs) {
      if (value(key)) return false;
      put(key, v, ttlMs);
      return true;
    },
    del: async (key) => void values.delete(key),
    async close() {
      windows.clear();
      values.clear();
    },
  };
}

// INCR, and the window's expiry set by its first event; returns the count and the time left.
const HIT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }`;
const PEEK = `
local count = redis.call('GET', KEYS[1])
if not count then return { 0, 0 } end
return { tonumber(count), math.max(redis.call('PTTL', KEYS[1]), 0) }`;

export interface RedisStateOptions {
  /** Longest wait for one command, in ms (default 250). */
  timeoutMs?: number;
  /** Key prefix, so several gateways can share one Redis (default `motcua:`). */
  prefix?: string;
  /** How long Redis is left alone after a command failed, in ms (default 5000). */
  restMs?: number;
}

type ScriptedRedis = Redis & {
  motcuaHit(key: string, windowMs: number, by: number): Promise<[number, number]>;
  motcuaPeek(key: string): Promise<[number, number]>;
};

export function redisState(url: string, options: RedisStateOptions = {}): SharedState {
  const prefix = options.prefix ?? 'motcua:';
  const local = memoryState();
  const redis = new Redis(url, {
    // Fail at once rather than queue while disconnected; reconnect in the background.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.timeoutMs ?? 250,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
    lazyConnect: false,
  }) as ScriptedRedis;
  redis.defineCommand('motcuaHit', { numberOfKeys: 1, lua: HIT });
  redis.defineCommand('motcuaPeek', { numberOfKeys: 1, lua: PEEK });

  // While disconnected: the connection's last error. While connected: a command that failed
  // (a timeout), until one succeeds.
  let lastError = 'not connected yet';
  let commandError: string | undefined;
  redis.on('error', (error: Error) => (lastError = error.message || String(error)));
  redis.on('ready', () => (commandError = undefined));

  /**
   * After a command fails, Redis is left alone for a few seconds: a hung server (connected,
   * answering nothing) would otherwise cost every request a timeout per counter.
   */
  let restUntil = 0;
  /** Runs a Redis command; on failure, the same question is answered from memory. */
  async function shared<T>(command: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (redis.status !== 'ready' || Date.now() < restUntil) return fallback();
    try {
      const answer = await command();
      commandError = undefined;
      return answer;
    } catch (error) {
      commandError = error instanceof Error ? error.message : String(error);
      restUntil = Date.now() + (options.restMs ?? 5000);
      return fallback();
    }
  }
  const counter = async (command: () => Promise<[number, number]>) => {
    const [count, ttlMs] = await command();
    return { count, ttlMs };
  };
  /**
   * Every count Redis gives is mirrored here, so that during an outage counting carries on from
   * it instead of from zero (a guesser gains nothing from a Redis blip); after one, Redis is
   * told what was counted meanwhile.
   */
  async function sharedHit(key: string, windowMs: number, by: number): Promise<Counter> {
    const before = await local.peek(key);
    const counted = await counter(() => redis.motcuaHit(prefix + key, windowMs, by));
    const missing = before.count + by - counted.count;
    if (missing > 0) {
      await redis.motcuaHit(prefix + key, windowMs, missing).catch(() => undefined);
      counted.count += missing;
    }
    local.seed(key, counted);
    return counted;
  }

  return {
    kind: 'redis',
    get trouble() {
      if (redis.status !== 'ready') return `Redis ${redis.status}: ${lastError}`;
      return commandError && `Redis: ${commandError}`;
    },
    async ready(timeoutMs) {
      if (redis.status === 'ready') return;
      await new Promise<void>((resolve) => {
        const done = () => (clearTimeout(timer), redis.off('ready', done), resolve());
        const timer = setTimeout(done, timeoutMs);
        redis.once('ready', done);
      });
    },
    hit: (key, windowMs, by = 1) =>
      shared(
        () => sharedHit(key, windowMs, by),
        () => local.hit(key, windowMs, by),
      ),
    peek: (key) =>
      shared(
        async () => {
          const known = await counter(() => redis.motcuaPeek(prefix + key));
          const here = await local.peek(key);
          if (here.count <= known.count) return known;
          // Counted here while Redis was away: the larger count holds, and Redis is told for the other instances.
          await redis.motcuaHit(prefix + key, Math.max(1, here.ttlMs), here.count - known.count).catch(() => undefined);
          return here;
        },
        () => local.peek(key),
      ),
    get: (key) =>
      shared(
        async () => (await redis.get(prefix + key)) ?? undefined,
        () => local.get(key),
      ),
    set: (key, value, ttlMs) =>
      shared(
        async () => void (await redis.set(prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)))),
        () => local.set(key, value, ttlMs),
      ),
    claim: (key, value, ttlMs) =>
      shared(
        async () => (await redis.set(prefix + key, value, 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK',
        () => local.claim(key, value, ttlMs),
      ),
    del: (key) =>
      shared(
        async () => void (await redis.del(prefix + key)),
        () => local.del(key),
      ),
    async close() {
      redis.disconnect();
      await local.close();
    },
  };
}

/**
 * Counts in Redis in batches of `batch`: an instance's first event in a window is counted at
 * once, the next ones locally and added to Redis every `batch` events. A round trip per
 * request cost a cached catalogue read half its throughput; the price is that a client may
 * pass its limit by up to `batch - 1` requests per instance. Used for the general request
 * budget only — the dossier budget and the failed-lookup guard count every event in Redis.
 */
export function batchedHits(state: SharedState, batch = 10, maxKeys = 100_000): SharedState['hit'] {
  if (state.kind === 'memory') return (key, windowMs) => state.hit(key, windowMs);
  const local = new Map<string, { pending: number; known: Counter; at: number }>();
  return async (key, windowMs) => {
    const now = Date.now();
    const entry = local.get(key);
    if (!entry || now >= entry.at + entry.known.ttlMs) {
      local.delete(key);
      const known = await state.hit(key, windowMs);
      local.set(key, { pending: 0, known, at: now });
      if (local.size > maxKeys) local.delete(local.keys().next().value as string);
      return known;
    }
    entry.pending++;
    if (entry.pending < batch) return { count: entry.known.count + entry.pending, ttlMs: entry.known.ttlMs - (now - entry.at) };
    const by = entry.pending;
    entry.pending = 0;
    const known = await state.hit(key, windowMs, by);
    Object.assign(entry, { known, at: now });
    return known;
  };
}

/**
 * A store for @fastify/rate-limit over a SharedState. Routes count in their own budget, or in
 * a shared one when their rate-limit config names a `groupId` (the JSON look-up and the
 * no-JavaScript page draw from one dossier budget); only named budgets count every request in
 * Redis, the general one counts in batches (`batchedHits`).
 */
export function rateLimitStore(state: SharedState, namespace = 'rate:') {
  const general = batchedHits(state);
  return class SharedStateStore {
    /** The root store is the general budget (batched); a route's own budget is a child (exact). */
    constructor(
      readonly _params: unknown,
      readonly prefix = namespace,
      readonly exact = false,
    ) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      (this.exact ? state.hit(this.prefix + key, timeWindow) : general(this.prefix + key, timeWindow)).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    // (At run time the plugin passes the route's rate-limit options with its routeInfo.)
    child(route: { groupId?: unknown; routeInfo?: { method: string; url: string }; url?: string }): SharedStateStore {
      const budget = typeof route.groupId === 'string' ? route.groupId : `${route.routeInfo?.method} ${route.routeInfo?.url ?? route.url}`;
      return new SharedStateStore(undefined, `${namespace}${budget}:`, true);
    }
  };
}
