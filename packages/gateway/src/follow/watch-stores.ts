/**
 * Where followed dossiers are kept durably: an SQLite file as the embedded default (SQLite
 * compiled to WebAssembly — no native build to install), or Redis when the gateway runs as
 * several instances. A dossier's record holds only what watching needs (the status last seen
 * and when); each browser's subscription is a record of its own, so following and stopping
 * cost the same with three browsers or three thousand.
 *
 * A record that cannot be read (a hand-edited file, a bad write) never stops the watcher: it is
 * repaired or skipped, and `onCorrupt` says which.
 */
import { createHash } from 'node:crypto';
import sqlite from 'node-sqlite3-wasm';
import { Redis } from 'ioredis';
import type { DossierStatusCode } from '@motcua/core/status';
import type { PushSubscriptionJson } from './push.js';
import type { FollowCaps, PendingChange, SubscribeResult, Watched, WatchStore } from './store.js';

export interface StoreOptions {
  /** A record that could not be read, and what was done about it. */
  onCorrupt?: (record: string, problem: string) => void;
}

const parsed = <T>(text: string): T | undefined => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
};

const isSubscriptionKeys = (k: unknown): k is PushSubscriptionJson['keys'] =>
  !!k && typeof (k as { p256dh?: unknown }).p256dh === 'string' && typeof (k as { auth?: unknown }).auth === 'string';

interface Row {
  code: string;
  status: number | null;
  checked_at: number;
  final_since: number | null;
  webhooks: number;
  pending: string | null;
}

/** An SQLite file (created when missing); every change is written at once. Throws when the file cannot be opened as a store. */
export function sqliteWatchStore(file: string, options: StoreOptions = {}): WatchStore & { close(): void } {
  const db = new sqlite.Database(file);
  try {
    migrate(db, options);
  } catch (error) {
    db.close();
    throw error;
  }
  const fromRow = (r: Row): Watched => {
    let pending: PendingChange | undefined;
    if (r.pending !== null) {
      pending = parsed<PendingChange>(r.pending);
      if (!pending || typeof pending.to !== 'number') {
        pending = undefined;
        options.onCorrupt?.(`watched ${r.code}`, 'unreadable pending change: dropped');
        db.run('UPDATE watched SET pending = NULL WHERE code = ?', [r.code]);
      }
    }
    return {
      code: r.code,
      checkedAt: r.checked_at,
      ...(r.status === null ? {} : { status: r.status as DossierStatusCode }),
      ...(r.final_since === null ? {} : { finalSince: r.final_since }),
      ...(r.webhooks ? { webhooks: true } : {}),
      ...(pending ? { pending } : {}),
    };
  };
  /** One statement after another, all or nothing. */
  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  // A code nobody follows any more, and not watched for the webhooks, is no longer watched.
  const forgetIfUnfollowed = (code: string) =>
    db.run('DELETE FROM watched WHERE code = ? AND webhooks = 0 AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE code = ?)', [code, code]);
  return {
    kind: 'sqlite',
    add: async (code) =>
      void db.run('INSERT INTO watched (code, webhooks) VALUES (?, 1) ON CONFLICT(code) DO UPDATE SET webhooks = 1', [code]),
    remove: async (code) =>
      transaction(() => {
        db.run('DELETE FROM subscriptions WHERE code = ?', [code]);
        db.run('DELETE FROM watched WHERE code = ?', [code]);
      }),
    list: async () =>
      (db.all('SELECT code, status, checked_at, final_since, webhooks, pending FROM watched') as unknown as Row[]).map(fromRow),
    update: async (e, previous) =>
      db.run('UPDATE watched SET status = ?, checked_at = ?, final_since = ?, pending = ? WHERE code = ? AND status IS ?', [
        e.status ?? null,
        e.checkedAt,
        e.finalSince ?? null,
        e.pending ? JSON.stringify(e.pending) : null,
        e.code,
        previous ?? null,
      ]).changes > 0,
    settle: async (code, status) => void db.run('UPDATE watched SET pending = NULL WHERE code = ? AND status = ?', [code, status]),
    subscribe: async (code, { endpoint, keys, lang }, caps) =>
      transaction((): SubscribeResult => {
        if (!db.get('SELECT 1 FROM subscriptions WHERE code = ? AND endpoint = ?', [code, endpoint])) {
          if ((db.get('SELECT count(*) AS n FROM subscriptions WHERE code = ?', [code]) as { n: number }).n >= caps.perDossier)
            return 'dossier-full';
          if ((db.get('SELECT count(*) AS n FROM subscriptions WHERE endpoint = ?', [endpoint]) as { n: number }).n >= caps.perEndpoint)
            return 'endpoint-full';
        }
        db.run('INSERT INTO watched (code) VALUES (?) ON CONFLICT(code) DO NOTHING', [code]);
        db.run(
          'INSERT INTO subscriptions (code, endpoint, p256dh, auth, lang) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code, endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth, lang = excluded.lang',
          [code, endpoint, keys.p256dh, keys.auth, lang ?? null],
        );
        return 'following';
      }),
    subscriptions: async (code) =>
      (
        db.all('SELECT endpoint, p256dh, auth, lang FROM subscriptions WHERE code = ?', [code]) as Array<{
          endpoint: string;
          p256dh: string;
          auth: string;
          lang: string | null;
        }>
      ).map((r) => ({ endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth }, ...(r.lang ? { lang: r.lang } : {}) })),
    followedBy: async (endpoint) =>
      db.all('SELECT code, auth FROM subscriptions WHERE endpoint = ?', [endpoint]) as Array<{ code: string; auth: string }>,
    unsubscribe: async (endpoint, only) =>
      transaction(() => {
        const codes = (
          db.all(
            `SELECT code FROM subscriptions WHERE endpoint = ?${only ? ' AND code = ?' : ''}`,
            only ? [endpoint, only] : [endpoint],
          ) as Array<{ code: string }>
        ).map((r) => r.code);
        for (const code of codes) {
          db.run('DELETE FROM subscriptions WHERE code = ? AND endpoint = ?', [code, endpoint]);
          forgetIfUnfollowed(code);
        }
      }),
    // Writes a record (a full disk, a read-only file show here) and reads every page (a damaged
    // file shows here, not only when the watcher reaches the damage).
    async ping() {
      db.run('INSERT OR REPLACE INTO heartbeat (id, at) VALUES (1, ?)', [Date.now()]);
      const [row] = db.all('PRAGMA quick_check(1)') as Array<Record<string, unknown>>;
      const verdict = row && Object.values(row)[0];
      if (verdict !== 'ok') throw new Error(`SQLite quick_check: ${String(verdict)}`);
    },
    close: () => db.isOpen && db.close(),
  };
}

function migrate(db: sqlite.Database, options: StoreOptions): void {
  db.exec(`CREATE TABLE IF NOT EXISTS watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER, webhooks INTEGER NOT NULL DEFAULT 0, pending TEXT);
    CREATE TABLE IF NOT EXISTS subscriptions (code TEXT NOT NULL, endpoint TEXT NOT NULL, p256dh TEXT NOT NULL, auth TEXT NOT NULL, lang TEXT, PRIMARY KEY (code, endpoint));
    CREATE INDEX IF NOT EXISTS subscriptions_by_endpoint ON subscriptions (endpoint);
    CREATE TABLE IF NOT EXISTS heartbeat (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);`);
  const columns = new Set((db.all('PRAGMA table_info(watched)') as Array<{ name: string }>).map((c) => c.name));
  // Files from before webhook-only watching and before pending changes: the columns are added.
  if (!columns.has('webhooks')) db.exec('ALTER TABLE watched ADD COLUMN webhooks INTEGER NOT NULL DEFAULT 0');
  if (!columns.has('pending')) db.exec('ALTER TABLE watched ADD COLUMN pending TEXT');
  // Files from before a follower's language was kept: their pushes stay Vietnamese.
  if (!(db.all('PRAGMA table_info(subscriptions)') as Array<{ name: string }>).some((c) => c.name === 'lang'))
    db.exec('ALTER TABLE subscriptions ADD COLUMN lang TEXT');
  // Files from before subscriptions had their own table: each list moves there, once.
  if (!columns.has('subscriptions')) return;
  db.exec('BEGIN IMMEDIATE');
  for (const { code, subscriptions } of db.all('SELECT code, subscriptions FROM watched WHERE subscriptions IS NOT NULL') as Array<{
    code: string;
    subscriptions: string;
  }>) {
    const list = parsed<unknown[]>(subscriptions);
    if (!Array.isArray(list)) options.onCorrupt?.(`watched ${code}`, 'unreadable subscription list: its browsers must follow again');
    for (const s of Array.isArray(list) ? list : []) {
      const { endpoint, keys } = (s ?? {}) as Partial<PushSubscriptionJson>;
      if (typeof endpoint === 'string' && isSubscriptionKeys(keys))
        db.run('INSERT OR IGNORE INTO subscriptions (code, endpoint, p256dh, auth) VALUES (?, ?, ?, ?)', [
          code,
          endpoint,
          keys.p256dh,
          keys.auth,
        ]);
    }
    db.run('UPDATE watched SET subscriptions = NULL WHERE code = ?', [code]);
  }
  db.exec('COMMIT');
}

// Lua: each script reads and writes in one step, so instances racing on one dossier stay consistent.
const SUBSCRIBE = `
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 0 then
  if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[4]) then return 'dossier-full' end
  if redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[5]) then return 'endpoint-full' end
end
redis.call('HSETNX', KEYS[1], ARGV[1], cjson.encode({ code = ARGV[1], checkedAt = 0 }))
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
redis.call('SADD', KEYS[3], ARGV[1])
return 'following'`;
// KEYS: watched, the endpoint's set; ARGV: the subscriptions' key prefix, endpoint, one code or ''.
const UNSUBSCRIBE = `
local codes = ARGV[3] ~= '' and { ARGV[3] } or redis.call('SMEMBERS', KEYS[2])
for _, code in ipairs(codes) do
  local subs = ARGV[1] .. code
  if redis.call('HDEL', subs, ARGV[2]) == 1 and redis.call('HLEN', subs) == 0 then
    local held = redis.call('HGET', KEYS[1], code)
    local ok, entry = pcall(cjson.decode, held or 'null')
    if held and not (ok and type(entry) == 'table' and entry.webhooks) then redis.call('HDEL', KEYS[1], code) end
  end
  redis.call('SREM', KEYS[2], code)
end`;
// Only for a code still followed (an unsubscribe is honoured at once, even mid-round) whose
// status is still ARGV[3], keeping its webhooks flag as it is now.
const UPDATE = `
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held then return 0 end
local old = cjson.decode(held)
if tostring(old.status or '') ~= ARGV[3] then return 0 end
local entry = cjson.decode(ARGV[2])
entry.webhooks = old.webhooks
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))
return 1`;
const SETTLE = `
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held then return 0 end
local entry = cjson.decode(held)
if tostring(entry.status or '') ~= ARGV[2] then return 0 end
entry.pending = nil
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))
return 1`;

/**
 * Redis, shared by every instance: `<prefix>watched` (a hash of dossiers), `<prefix>subs:<code>`
 * (a hash of one dossier's browsers) and `<prefix>endpoint:<sha1>` (the dossiers one browser follows).
 */
export function redisWatchStore(redis: Redis, prefix = 'motcua:', options: StoreOptions = {}): WatchStore {
  const watched = `${prefix}watched`;
  const subsKey = (code: string) => `${prefix}subs:${code}`;
  const endpointKey = (endpoint: string) => `${prefix}endpoint:${createHash('sha1').update(endpoint).digest('hex')}`;
  const readKeys = (code: string, endpoint: string, value: string): PushSubscriptionJson | undefined => {
    const keys = parsed<unknown>(value);
    const lang = (keys as { lang?: unknown } | undefined)?.lang;
    if (isSubscriptionKeys(keys))
      return { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, ...(typeof lang === 'string' ? { lang } : {}) };
    options.onCorrupt?.(`subscription of ${code}`, 'unreadable keys: skipped');
    return undefined;
  };
  const store: WatchStore = {
    kind: 'redis',
    add: async (code) =>
      void (await redis.eval(
        "local held = redis.call('HGET', KEYS[1], ARGV[1]) local ok, entry = pcall(cjson.decode, held or 'null') if not (ok and type(entry) == 'table') then entry = { code = ARGV[1], checkedAt = 0 } end entry.webhooks = true redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))",
        1,
        watched,
        code,
      )),
    async remove(code) {
      const endpoints = await redis.hkeys(subsKey(code));
      const multi = redis.multi().hdel(watched, code).del(subsKey(code));
      for (const endpoint of endpoints) multi.srem(endpointKey(endpoint), code);
      await multi.exec();
    },
    async list() {
      const entries: Watched[] = [];
      for (const [code, value] of Object.entries(await redis.hgetall(watched))) {
        const entry = parsed<Watched & { subscriptions?: unknown }>(value);
        if (!entry || typeof entry !== 'object' || entry.code !== code) {
          // Kept, not lost: its browsers are in their own hash; the next round learns its status again.
          options.onCorrupt?.(`watched ${code}`, 'unreadable record: reset');
          await redis.hset(watched, code, JSON.stringify({ code, checkedAt: 0 }));
          entries.push({ code, checkedAt: 0 });
          continue;
        }
        // A record from before subscriptions had their own hash: they move there, once.
        if (Array.isArray(entry.subscriptions)) {
          for (const s of entry.subscriptions as PushSubscriptionJson[])
            if (typeof s?.endpoint === 'string' && isSubscriptionKeys(s.keys))
              await redis.eval(
                SUBSCRIBE,
                3,
                watched,
                subsKey(code),
                endpointKey(s.endpoint),
                code,
                s.endpoint,
                JSON.stringify(s.keys),
                Number.MAX_SAFE_INTEGER,
                Number.MAX_SAFE_INTEGER,
              );
        }
        const { subscriptions, ...rest } = entry;
        if (subscriptions !== undefined) await redis.hset(watched, code, JSON.stringify(rest));
        entries.push(rest);
      }
      return entries;
    },
    update: async ({ webhooks: _w, ...e }, previous) =>
      (await redis.eval(UPDATE, 1, watched, e.code, JSON.stringify(e), previous === undefined ? '' : String(previous))) === 1,
    settle: async (code, status) => void (await redis.eval(SETTLE, 1, watched, code, String(status))),
    // (The follower's language is kept with the keys.)
    subscribe: async (code, { endpoint, keys, lang }, caps: FollowCaps) =>
      (await redis.eval(
        SUBSCRIBE,
        3,
        watched,
        subsKey(code),
        endpointKey(endpoint),
        code,
        endpoint,
        JSON.stringify({ p256dh: keys.p256dh, auth: keys.auth, ...(lang ? { lang } : {}) }),
        caps.perDossier,
        caps.perEndpoint,
      )) as SubscribeResult,
    subscriptions: async (code) =>
      Object.entries(await redis.hgetall(subsKey(code)))
        .map(([endpoint, value]) => readKeys(code, endpoint, value))
        .filter((s): s is PushSubscriptionJson => !!s),
    async followedBy(endpoint) {
      const codes = await redis.smembers(endpointKey(endpoint));
      const found = await Promise.all(codes.map(async (code) => ({ code, value: await redis.hget(subsKey(code), endpoint) })));
      return found.flatMap(({ code, value }) => {
        const s = value === null ? undefined : readKeys(code, endpoint, value);
        return s ? [{ code, auth: s.keys.auth }] : [];
      });
    },
    unsubscribe: async (endpoint, only) =>
      void (await redis.eval(UNSUBSCRIBE, 2, watched, endpointKey(endpoint), `${prefix}subs:`, endpoint, only ?? '')),
    ping: async () => void (await redis.ping()),
  };
  return store;
}

/**
 * A Redis store on a connection of its own, made to ride out an outage: commands fail at once
 * while it is away (a follow answers "try later", the watcher backs off) instead of queueing,
 * the connection is retried in the background, and its errors are reported once per kind —
 * never thrown where nothing would catch them.
 */
export function connectRedisWatchStore(
  url: string,
  options: StoreOptions & { onConnectionError?: (message: string) => void } = {},
): WatchStore & { close(): void } {
  const connection = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 2000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
  });
  let said = '';
  connection.on('error', (error: Error) => {
    if (error.message !== said) options.onConnectionError?.((said = error.message));
  });
  connection.on('ready', () => (said = ''));
  return {
    ...redisWatchStore(connection, 'motcua:', options),
    ready: (timeoutMs) =>
      new Promise<void>((resolve) => {
        if (connection.status === 'ready') return resolve();
        const done = () => (clearTimeout(timer), connection.off('ready', done), resolve());
        const timer = setTimeout(done, timeoutMs);
        connection.once('ready', done);
      }),
    close: () => connection.disconnect(),
  };
}
