/**
 * Where followed dossiers are kept durably: an SQLite file as the embedded default (SQLite
 * compiled to WebAssembly — no native build to install), or Redis when the gateway runs as
 * several instances. A subscription holds only what watching needs: the code, the status last
 * seen and when.
 */
import sqlite from 'node-sqlite3-wasm';
import type { Redis } from 'ioredis';
import type { DossierStatusCode } from '@motcua/core/status';
import type { PushSubscriptionJson } from './push.js';
import { withSubscription, type Watched, type WatchStore } from './watcher.js';

interface Row {
  code: string;
  status: number | null;
  checked_at: number;
  final_since: number | null;
  subscriptions: string | null;
  webhooks: number;
}

const fromRow = (r: Row): Watched => ({
  code: r.code,
  ...(r.subscriptions ? { subscriptions: JSON.parse(r.subscriptions) as PushSubscriptionJson[] } : {}),
  checkedAt: r.checked_at,
  ...(r.status === null ? {} : { status: r.status as DossierStatusCode }),
  ...(r.final_since === null ? {} : { finalSince: r.final_since }),
  ...(r.webhooks ? { webhooks: true } : {}),
});

/** An SQLite file (created when missing); every change is written at once. */
export function sqliteWatchStore(file: string): WatchStore & { close(): void } {
  const db = new sqlite.Database(file);
  db.exec('CREATE TABLE IF NOT EXISTS watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER, subscriptions TEXT, webhooks INTEGER NOT NULL DEFAULT 0)');
  // A file from before webhook-only watching: the column is added, nothing else changes.
  if (!(db.all('PRAGMA table_info(watched)') as Array<{ name: string }>).some((c) => c.name === 'webhooks')) db.exec('ALTER TABLE watched ADD COLUMN webhooks INTEGER NOT NULL DEFAULT 0');
  const COLUMNS = 'SELECT code, status, checked_at, final_since, subscriptions, webhooks FROM watched';
  const all = () => (db.all(COLUMNS) as unknown as Row[]).map(fromRow);
  // One code, or (an unfollow without one) every code: the endpoint is inside the JSON.
  const held = (code?: string) => (code ? (db.all(`${COLUMNS} WHERE code = ?`, [code]) as unknown as Row[]).map(fromRow) : all());
  return {
    add: async (code) => void db.run('INSERT INTO watched (code, webhooks) VALUES (?, 1) ON CONFLICT(code) DO UPDATE SET webhooks = 1', [code]),
    remove: async (code) => void db.run('DELETE FROM watched WHERE code = ?', [code]),
    list: async () => all(),
    update: async (e, previous) =>
      db.run('UPDATE watched SET status = ?, checked_at = ?, final_since = ? WHERE code = ? AND status IS ?', [e.status ?? null, e.checkedAt, e.finalSince ?? null, e.code, previous ?? null]).changes > 0,
    async subscribe(code, subscription) {
      db.run('INSERT OR IGNORE INTO watched (code) VALUES (?)', [code]);
      const [entry] = held(code);
      db.run('UPDATE watched SET subscriptions = ? WHERE code = ?', [JSON.stringify(withSubscription(entry?.subscriptions, subscription)), code]);
    },
    async unsubscribe(endpoint, only) {
      for (const e of held(only)) {
        if (!e.subscriptions?.some((s) => s.endpoint === endpoint)) continue;
        const rest = withSubscription(e.subscriptions, undefined, endpoint);
        if (rest.length || e.webhooks) db.run('UPDATE watched SET subscriptions = ? WHERE code = ?', [JSON.stringify(rest), e.code]);
        else db.run('DELETE FROM watched WHERE code = ?', [e.code]);
      }
    },
    close: () => db.close(),
  };
}

/** A Redis hash (`motcua:watched`), shared by every instance. */
export function redisWatchStore(redis: Redis, key = 'motcua:watched'): WatchStore {
  return {
    add: async (code) =>
      void (await redis.eval(
        "local held = redis.call('HGET', KEYS[1], ARGV[1]) local entry = held and cjson.decode(held) or { code = ARGV[1], checkedAt = 0 } entry.webhooks = true redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry))",
        1,
        key,
        code,
      )),
    remove: async (code) => void (await redis.hdel(key, code)),
    list: async () => Object.values(await redis.hgetall(key)).map((v) => JSON.parse(v) as Watched),
    // Only for a code still followed (an unsubscribe is honoured at once, even mid-round) whose
    // status is still `previous`, keeping its subscriptions as they are now.
    update: async ({ subscriptions: _s, webhooks: _w, ...e }, previous) =>
      (await redis.eval(
        "local held = redis.call('HGET', KEYS[1], ARGV[1]) if not held then return 0 end local old = cjson.decode(held) if tostring(old.status or '') ~= ARGV[3] then return 0 end local entry = cjson.decode(ARGV[2]) entry.subscriptions = old.subscriptions entry.webhooks = old.webhooks redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry)) return 1",
        1,
        key,
        e.code,
        JSON.stringify(e),
        previous === undefined ? '' : String(previous),
      )) === 1,
    async subscribe(code, subscription) {
      const held = await redis.hget(key, code);
      const entry: Watched = held ? (JSON.parse(held) as Watched) : { code, checkedAt: 0 };
      await redis.hset(key, code, JSON.stringify({ ...entry, subscriptions: withSubscription(entry.subscriptions, subscription) }));
    },
    async unsubscribe(endpoint, only) {
      // One code, or (an unfollow without one) every code: the endpoint is inside the JSON.
      const values = only ? [await redis.hget(key, only)].filter((v): v is string => v !== null) : Object.values(await redis.hgetall(key));
      for (const e of values.map((v) => JSON.parse(v) as Watched)) {
        if (!e.subscriptions?.some((s) => s.endpoint === endpoint)) continue;
        const rest = withSubscription(e.subscriptions, undefined, endpoint);
        // (No empty list: Lua's cjson would write it back as an object.)
        if (rest.length || e.webhooks) await redis.hset(key, e.code, JSON.stringify({ ...e, subscriptions: rest.length ? rest : undefined }));
        else await redis.hdel(key, e.code);
      }
    },
  };
}
