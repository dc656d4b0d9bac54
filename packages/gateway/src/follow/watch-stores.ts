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
}

const fromRow = (r: Row): Watched => ({
  code: r.code,
  ...(r.subscriptions ? { subscriptions: JSON.parse(r.subscriptions) as PushSubscriptionJson[] } : {}),
  checkedAt: r.checked_at,
  ...(r.status === null ? {} : { status: r.status as DossierStatusCode }),
  ...(r.final_since === null ? {} : { finalSince: r.final_since }),
});

/** An SQLite file (created when missing); every change is written at once. */
export function sqliteWatchStore(file: string): WatchStore & { close(): void } {
  const db = new sqlite.Database(file);
  db.exec('CREATE TABLE IF NOT EXISTS watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER, subscriptions TEXT)');
  const all = () => (db.all('SELECT code, status, checked_at, final_since, subscriptions FROM watched') as unknown as Row[]).map(fromRow);
  return {
    add: async (code) => void db.run('INSERT OR IGNORE INTO watched (code) VALUES (?)', [code]),
    remove: async (code) => void db.run('DELETE FROM watched WHERE code = ?', [code]),
    list: async () => all(),
    update: async (e, previous) =>
      db.run('UPDATE watched SET status = ?, checked_at = ?, final_since = ? WHERE code = ? AND status IS ?', [e.status ?? null, e.checkedAt, e.finalSince ?? null, e.code, previous ?? null]).changes > 0,
    async subscribe(code, subscription) {
      db.run('INSERT OR IGNORE INTO watched (code) VALUES (?)', [code]);
      const held = all().find((e) => e.code === code);
      db.run('UPDATE watched SET subscriptions = ? WHERE code = ?', [JSON.stringify(withSubscription(held?.subscriptions, subscription)), code]);
    },
    async unsubscribe(endpoint, only) {
      for (const e of all()) {
        if ((only && e.code !== only) || !e.subscriptions?.some((s) => s.endpoint === endpoint)) continue;
        const rest = withSubscription(e.subscriptions, undefined, endpoint);
        if (rest.length) db.run('UPDATE watched SET subscriptions = ? WHERE code = ?', [JSON.stringify(rest), e.code]);
        else db.run('DELETE FROM watched WHERE code = ?', [e.code]);
      }
    },
    close: () => db.close(),
  };
}

/** A Redis hash (`motcua:watched`), shared by every instance. */
export function redisWatchStore(redis: Redis, key = 'motcua:watched'): WatchStore {
  return {
    add: async (code) => void (await redis.hsetnx(key, code, JSON.stringify({ code, checkedAt: 0 }))),
    remove: async (code) => void (await redis.hdel(key, code)),
    list: async () => Object.values(await redis.hgetall(key)).map((v) => JSON.parse(v) as Watched),
    // Only for a code still followed (an unsubscribe is honoured at once, even mid-round) whose
    // status is still `previous`, keeping its subscriptions as they are now.
    update: async ({ subscriptions: _ignored, ...e }, previous) =>
      (await redis.eval(
        "local held = redis.call('HGET', KEYS[1], ARGV[1]) if not held then return 0 end local old = cjson.decode(held) if tostring(old.status or '') ~= ARGV[3] then return 0 end local entry = cjson.decode(ARGV[2]) entry.subscriptions = old.subscriptions redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(entry)) return 1",
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
      for (const e of Object.values(await redis.hgetall(key)).map((v) => JSON.parse(v) as Watched)) {
        if ((only && e.code !== only) || !e.subscriptions?.some((s) => s.endpoint === endpoint)) continue;
        const rest = withSubscription(e.subscriptions, undefined, endpoint);
        if (rest.length) await redis.hset(key, e.code, JSON.stringify({ ...e, subscriptions: rest }));
        else await redis.hdel(key, e.code);
      }
    },
  };
}
