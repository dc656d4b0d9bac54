/**
 * Where followed dossiers are kept durably: an SQLite file as the embedded default (SQLite
 * compiled to WebAssembly — no native build to install), or Redis when the gateway runs as
 * several instances. A subscription holds only what watching needs: the code, the status last
 * seen and when.
 */
import sqlite from 'node-sqlite3-wasm';
import type { Redis } from 'ioredis';
import type { DossierStatusCode } from '@motcua/core/status';
import type { Watched, WatchStore } from './watcher.js';

interface Row {
  code: string;
  status: number | null;
  checked_at: number;
  final_since: number | null;
}

const fromRow = (r: Row): Watched => ({
  code: r.code,
  checkedAt: r.checked_at,
  ...(r.status === null ? {} : { status: r.status as DossierStatusCode }),
  ...(r.final_since === null ? {} : { finalSince: r.final_since }),
});

/** An SQLite file (created when missing); every change is written at once. */
export function sqliteWatchStore(file: string): WatchStore & { close(): void } {
  const db = new sqlite.Database(file);
  db.exec('CREATE TABLE IF NOT EXISTS watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER)');
  return {
    add: async (code) => void db.run('INSERT OR IGNORE INTO watched (code) VALUES (?)', [code]),
    remove: async (code) => void db.run('DELETE FROM watched WHERE code = ?', [code]),
    list: async () => (db.all('SELECT code, status, checked_at, final_since FROM watched') as unknown as Row[]).map(fromRow),
    update: async (e) => void db.run('UPDATE watched SET status = ?, checked_at = ?, final_since = ? WHERE code = ?', [e.status ?? null, e.checkedAt, e.finalSince ?? null, e.code]),
    close: () => db.close(),
  };
}

/** A Redis hash (`motcua:watched`), shared by every instance. */
export function redisWatchStore(redis: Redis, key = 'motcua:watched'): WatchStore {
  return {
    add: async (code) => void (await redis.hsetnx(key, code, JSON.stringify({ code, checkedAt: 0 }))),
    remove: async (code) => void (await redis.hdel(key, code)),
    list: async () => Object.values(await redis.hgetall(key)).map((v) => JSON.parse(v) as Watched),
    // Only for a code still followed: an unsubscribe is honoured at once, even mid-round.
    update: async (e) => void (await redis.eval("if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end", 1, key, e.code, JSON.stringify(e))),
  };
}
