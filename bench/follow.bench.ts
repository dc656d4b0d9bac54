/**
 * Following at scale: the latency of `POST /v1/follow` over HTTP on loopback as one dossier's
 * followers grow from 0 to 3,000, with the subscriptions in SQLite and in Redis, beside two
 * baselines measured in the same run — the keyed look-up (the same key check, nothing stored)
 * and the store as it was before issue 26 (one JSON list per dossier, rewritten by every
 * follow). Flat is the goal: a follow writes one record whatever the others.
 */
import { createECDH, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import sqlite from 'node-sqlite3-wasm';
import { createGateway } from '../packages/gateway/src/app.js';
import { generateVapidKeys } from '../packages/gateway/src/follow/push.js';
import type { WatchStore } from '../packages/gateway/src/follow/store.js';
import { connectRedisWatchStore, sqliteWatchStore } from '../packages/gateway/src/follow/watch-stores.js';
import { startRedis } from '../test/helpers/redis-server.js';
import { ms, percentile } from './stats.js';

const LEVELS = [0, 1000, 3000];
const SAMPLES = 150;
const data = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') });
const d = data.dossiers.find((x) => x.lookupKey && x.status === 4)!;
const vapid = { ...generateVapidKeys(), subject: 'mailto:bench@motcua.invalid' };
// A push host as browsers name it; resolved by a stub (nothing is sent at follow time).
const pushTargets = { resolve: async () => [{ address: '142.250.66.74', family: 4 as const }] };
const caps = { perDossier: 10_000, perEndpoint: 10 };

let n = 0;
function subscription() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/bench-${n++}`,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

/** The store before issue 26: a dossier's browsers as one JSON list, read and written whole by each follow. */
function listPerDossierStore(file: string): WatchStore {
  const db = new sqlite.Database(file);
  db.exec('CREATE TABLE watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, subscriptions TEXT)');
  return {
    kind: 'sqlite',
    add: async () => undefined,
    remove: async () => undefined,
    list: async () => [],
    update: async () => false,
    settle: async () => undefined,
    async subscribe(code, s) {
      db.run('INSERT OR IGNORE INTO watched (code) VALUES (?)', [code]);
      const row = db.get('SELECT subscriptions FROM watched WHERE code = ?', [code]) as { subscriptions: string | null };
      const list = (row.subscriptions ? JSON.parse(row.subscriptions) : []) as Array<{ endpoint: string }>;
      db.run('UPDATE watched SET subscriptions = ? WHERE code = ?', [
        JSON.stringify([...list.filter((x) => x.endpoint !== s.endpoint), s]),
        code,
      ]);
      return 'following';
    },
    subscriptions: async () => [],
    followedBy: async () => [],
    unsubscribe: async () => undefined,
    ping: async () => undefined,
    close: () => db.close(),
  };
}

async function measure(label: string, store: WatchStore | undefined) {
  const app = await createGateway({
    adapter: memoryAdapter(data),
    limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
    ...(store ? { follow: { vapid, store, intervalSeconds: 3600, caps, pushTargets } } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const cells: string[] = [];
  let held = 0;
  for (const level of LEVELS) {
    // Filled straight into the store; only the measured follows go over HTTP.
    while (store && held < level) await store.subscribe(d.code, subscription(), caps).then(() => held++);
    const bodies = Array.from({ length: SAMPLES }, () => JSON.stringify({ code: d.code, key: d.lookupKey, subscription: subscription() }));
    const times: number[] = [];
    for (const [i, body] of bodies.entries()) {
      const t0 = performance.now();
      const res = store
        ? await fetch(`${url}/v1/follow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        : await fetch(`${url}/v1/dossiers/${encodeURIComponent(d.code)}?key=${d.lookupKey}`);
      await res.arrayBuffer();
      if (i >= 10) times.push(performance.now() - t0); // (the first ten warm the connection)
      if (!res.ok) throw new Error(`${label}: HTTP ${res.status}`);
    }
    held += store ? SAMPLES : 0;
    times.sort((a, b) => a - b);
    cells.push(`${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`);
  }
  await app.close();
  return `| ${label} | ${cells.join(' | ')} |`;
}

const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-follow-'));
const redis = await startRedis();
const rows = [
  await measure('baseline: keyed look-up `GET /v1/dossiers/{code}?key=` (nothing stored)', undefined),
  await measure('baseline: the store before issue 26 (one JSON list per dossier, SQLite)', listPerDossierStore(join(dir, 'list.db'))),
  await measure('`POST /v1/follow`, SQLite (a record per browser)', sqliteWatchStore(join(dir, 'watch.db'))),
  await measure('`POST /v1/follow`, Redis (a hash per dossier)', connectRedisWatchStore(redis.url)),
];
await redis.stop();

console.log(
  `Latency of one follow over HTTP on loopback, as the followers of one dossier grow (the caps raised for the run: the default is ${20} browsers a dossier). ${SAMPLES - 10} follows measured at each level, one after another; median / p95.\n`,
);
console.log(`| what | ${LEVELS.map((l) => `${l.toLocaleString('en')} already following`).join(' | ')} |`);
console.log(`|---|${LEVELS.map(() => '---').join('|')}|`);
console.log(rows.join('\n'));
