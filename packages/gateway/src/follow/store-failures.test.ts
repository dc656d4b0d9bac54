// Nothing a store does ends the gateway: Redis hung, killed, or away at start; an SQLite file
// with damaged pages or a record that cannot be read. The process stays up, /healthz names the
// follow store, look-ups go on, follows are answered in words, and following resumes by itself.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import type { Adapter } from '@motcua/core';
import { Redis } from 'ioredis';
import sqlite from 'node-sqlite3-wasm';
import { startPushService } from '../../../../test/helpers/push-service.js';
import { freePort, startRedis } from '../../../../test/helpers/redis-server.js';
import { logLines } from '../../../../test/helpers/log-lines.js';
import { until } from '../../../../test/helpers/until.js';
import { createGateway, type GatewayOptions } from '../app.js';
import { generateVapidKeys } from './push.js';
import { memoryWatchStore, type WatchStore } from './store.js';
import { connectRedisWatchStore, redisWatchStore, sqliteWatchStore } from './watch-stores.js';

const vapid = { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' };
const json = { 'content-type': 'application/json' };

// A rejection nobody handles is what ended the process: none may happen in these tests.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  assert.deepEqual(unhandled.map(String), [], 'no rejection left unhandled');
});

async function gateway(
  store: WatchStore,
  options: Partial<GatewayOptions> & { pushOrigin?: string; intervalSeconds?: number } = {},
  adapter: Adapter = memoryAdapter(createDemoDataset()),
) {
  const { lines: logs, stream } = logLines();
  const { pushOrigin, intervalSeconds, ...rest } = options;
  const app = await createGateway({
    adapter,
    logger: { level: 'warn', stream },
    limits: { failedLookups: 1000, dossierPerMinute: 1000 },
    follow: {
      vapid,
      store,
      intervalSeconds: intervalSeconds ?? 3600,
      ...(pushOrigin ? { pushTargets: { dangerouslyAllowOrigins: [pushOrigin] } } : {}),
    },
    ...rest,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const health = async () =>
    (await (await fetch(`${url}/healthz`)).json()) as { status: string; follow?: { store: string; ok: boolean; error?: string } };
  const follow = (body: unknown) => fetch(`${url}/v1/follow`, { method: 'POST', headers: json, body: JSON.stringify(body) });
  return { app, url, logs, health, follow };
}

describe('a failing follow store never stops the gateway', () => {
  it('Redis hung, then back: rounds fail without a crash, /healthz names the follow store, a follow is answered in words, look-ups go on; then the change is pushed by itself', async () => {
    const redis = await startRedis();
    const push = await startPushService();
    const adapter = memoryAdapter(createDemoDataset());
    const store = connectRedisWatchStore(redis.url);
    const gw = await gateway(store, { redis: redis.url, pushOrigin: push.url, intervalSeconds: 1 }, adapter);
    try {
      const [d, other] = [...adapter.dossiers.values()].filter((x) => x.status === 4 && x.lookupKey);
      assert.equal((await gw.follow({ code: d!.code, key: d!.lookupKey, subscription: push.subscription() })).status, 201);
      await until('a round that learnt the status', async () => (await store.list())[0]?.status === 4);
      redis.pause();
      d!.status = 5;
      const degraded = await until('the health check to name the follow store', async () => {
        const h = await gw.health();
        return h.follow?.ok === false && h;
      });
      assert.equal(degraded.status, 'degraded');
      assert.equal(degraded.follow!.store, 'redis');
      assert.doesNotMatch(JSON.stringify(degraded.follow), /127\.0\.0\.1|\/tmp\//, 'no address or path in a public answer');
      const refused = await gw.follow({ code: other!.code, key: other!.lookupKey, subscription: push.subscription() });
      assert.equal(refused.status, 502);
      assert.match(((await refused.json()) as { error: { message: string } }).error.message, /Chưa thể đăng ký theo dõi lúc này/);
      assert.equal((await fetch(`${gw.url}/v1/dossiers/${encodeURIComponent(d!.code)}`)).status, 200, 'look-ups go on');
      await until('a round that failed', () =>
        gw.logs.some((l) => l.msg === 'follow store failed: following is paused until it answers' && l.level === 50),
      );
      assert.equal(push.received.length, 0);
      redis.resume();
      const pushed = await until(
        'the change pushed once Redis answers',
        () => push.received.find((m) => (m.payload as { status: number }).status === 5),
        20_000,
      );
      assert.equal((pushed.payload as { code: string }).code, d!.code);
      await until('healthy again', async () => (await gw.health()).status === 'ok', 10_000);
      assert.equal(push.received.length, 1, 'once');
    } finally {
      redis.resume();
      await gw.app.close();
      await push.close();
      await redis.stop();
    }
  });

  it('started while Redis is away: up and degraded, a follow answered in words; following works once Redis starts', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}/0`;
    const push = await startPushService();
    const gw = await gateway(connectRedisWatchStore(url), { redis: url, intervalSeconds: 1, pushOrigin: push.url });
    let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
    try {
      const d = createDemoDataset().dossiers.find((x) => x.status === 4 && x.lookupKey)!;
      const body = { code: d.code, key: d.lookupKey, subscription: push.subscription() };
      assert.deepEqual([(await gw.health()).status, (await gw.health()).follow?.ok], ['degraded', false]);
      assert.equal((await gw.follow(body)).status, 502);
      await new Promise((r) => setTimeout(r, 2500)); // rounds of the watcher, failing
      assert.equal((await fetch(`${gw.url}/v1/dossiers/${encodeURIComponent(d.code)}?key=${d.lookupKey}`)).status, 200, 'look-ups go on');
      redis = await startRedis(port);
      await until('healthy once Redis is there', async () => (await gw.health()).status === 'ok', 15_000);
      assert.equal((await gw.follow(body)).status, 201);
    } finally {
      await gw.app.close();
      await push.close();
      await redis?.stop();
    }
  });

  it('a store that reads but cannot write (a full disk): the failed follows alone make /healthz degraded, until one succeeds', async () => {
    const push = await startPushService();
    const inner = memoryWatchStore();
    let full = true;
    const store: WatchStore = {
      ...inner,
      subscribe: (...args) => (full ? Promise.reject(new Error('disk I/O error')) : inner.subscribe(...args)),
    };
    const adapter = memoryAdapter(createDemoDataset());
    const gw = await gateway(store, { pushOrigin: push.url }, adapter);
    try {
      const d = [...adapter.dossiers.values()].find((x) => x.status === 4 && x.lookupKey)!;
      assert.equal((await gw.health()).status, 'ok');
      assert.equal((await gw.follow({ code: d.code, key: d.lookupKey, subscription: push.subscription() })).status, 502);
      const h = await gw.health();
      assert.deepEqual(
        [h.status, h.follow?.ok, h.follow?.error],
        ['degraded', false, 'the follow store failed (subscribe); see the gateway log'],
      );
      full = false;
      assert.equal((await gw.follow({ code: d.code, key: d.lookupKey, subscription: push.subscription() })).status, 201);
      assert.equal((await gw.health()).status, 'ok');
    } finally {
      await gw.app.close();
      await push.close();
    }
  });

  it('the watcher, resting after store failures, goes back to work at the first tick where the store answers (not after its backoff)', async () => {
    let now = Date.parse('2026-12-01T00:00:00Z');
    const inner = memoryWatchStore();
    const data = createDemoDataset();
    await inner.add(data.dossiers[0]!.code);
    let down = true;
    const store: WatchStore = {
      ...inner,
      list: () => (down ? Promise.reject(new Error('connection lost')) : inner.list()),
      ping: () => (down ? Promise.reject(new Error('connection lost')) : inner.ping()),
    };
    const { createWatcher } = await import('./watcher.js');
    const { memoryState } = await import('../shared-state.js');
    const watcher = createWatcher({
      adapter: memoryAdapter(data),
      store,
      lease: memoryState(),
      onChange: () => undefined,
      intervalMs: 60_000,
      now: () => now,
    });
    for (let i = 0; i < 4; i++) {
      assert.equal(await watcher.poll(), 0);
      now += 60_000;
    }
    assert.ok(watcher.trouble, 'in trouble, resting up to 16 intervals');
    down = false;
    assert.equal(await watcher.poll(), 1, 'at the next tick');
    assert.equal(watcher.trouble, undefined);
  });

  it('an SQLite file with damaged pages: /healthz says degraded and names the store; rounds fail, logged at error, without a crash; look-ups go on', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db');
    const data = createDemoDataset();
    const before = sqliteWatchStore(file);
    for (const d of data.dossiers.slice(0, 40)) await before.add(d.code);
    before.close();
    damagePages(file);
    const gw = await gateway(sqliteWatchStore(file), {}, memoryAdapter(data));
    try {
      assert.equal(await gw.app.pollFollowed!(), 0);
      assert.equal(await gw.app.pollFollowed!(), 0);
      const h = await gw.health();
      assert.deepEqual([h.status, h.follow?.store, h.follow?.ok], ['degraded', 'sqlite', false]);
      const failed = gw.logs.find((l) => l.msg === 'follow store failed: following is paused until it answers');
      assert.equal(failed?.level, 50);
      assert.match(String(failed?.error), /malformed|corrupt|quick_check/i);
      assert.equal((await fetch(`${gw.url}/v1/dossiers/${encodeURIComponent(data.dossiers[0]!.code)}`)).status, 200);
    } finally {
      await gw.app.close();
    }
  });

  it('a record that cannot be read (SQLite, Redis) is repaired or skipped and said; every other dossier is still watched', async () => {
    const data = createDemoDataset();
    const [a, b] = data.dossiers.filter((x) => x.status === 4);
    const corrupt: string[] = [];
    const onCorrupt = (record: string) => void corrupt.push(record);
    // SQLite: a pending change that is not JSON, and a file from before with a list that is not either.
    const dir = mkdtempSync(join(tmpdir(), 'motcua-watch-'));
    const old = new sqlite.Database(join(dir, 'watch.db'));
    old.exec(
      'CREATE TABLE watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER, subscriptions TEXT, webhooks INTEGER NOT NULL DEFAULT 0)',
    );
    old.run('INSERT INTO watched (code, status, subscriptions, webhooks) VALUES (?, 4, ?, 1)', [a!.code, '[{"endpoint": broken']);
    old.run('INSERT INTO watched (code, status, webhooks) VALUES (?, 4, 1)', [b!.code]);
    old.close();
    const store = sqliteWatchStore(join(dir, 'watch.db'), { onCorrupt });
    const db = new sqlite.Database(join(dir, 'watch.db'));
    db.run('UPDATE watched SET pending = ? WHERE code = ?', ['{not json', b!.code]);
    db.close();
    const changes: string[] = [];
    const { createWatcher } = await import('./watcher.js');
    const { memoryState } = await import('../shared-state.js');
    const adapter = memoryAdapter(data);
    const watcher = createWatcher({ adapter, store, lease: memoryState(), onChange: (c) => void changes.push(c.code) });
    a!.status = 5;
    b!.status = 5;
    assert.equal(await watcher.poll(), 2);
    assert.deepEqual(changes.sort(), [a!.code, b!.code].sort());
    assert.deepEqual(corrupt.sort(), [`watched ${a!.code}`, `watched ${b!.code}`].sort());
    store.close();
    // Redis: a record overwritten with garbage.
    const redis = await startRedis();
    const connection = new Redis(redis.url);
    try {
      const shared = redisWatchStore(connection, 'motcua:', { onCorrupt });
      await shared.add(a!.code);
      await shared.add(b!.code);
      await connection.hset('motcua:watched', a!.code, 'garbage{');
      const list = await shared.list();
      assert.deepEqual(list.map((e) => e.code).sort(), [a!.code, b!.code].sort(), 'kept, not lost');
      assert.ok(corrupt.includes(`watched ${a!.code}`));
    } finally {
      connection.disconnect();
      await redis.stop();
    }
  });
});

describe('the CLI as a process manager runs it', () => {
  const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

  function run(config: object) {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
    writeFileSync(join(dir, 'gateway.json'), JSON.stringify({ port: 0, logLevel: 'info', adapter: { type: 'demo' }, ...config }));
    const child = spawn(process.execPath, ['--conditions=motcua-source', '--import', 'tsx', CLI, '--config', join(dir, 'gateway.json')], {
      stdio: 'pipe',
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    return {
      dir,
      child,
      out: () => out,
      url: () => until('listening', () => /"address":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out)?.[1], 20_000),
    };
  }
  const follow = (store: string) => ({
    vapidPublicKey: vapid.publicKey,
    vapidPrivateKey: vapid.privateKey,
    subject: vapid.subject,
    store,
    intervalSeconds: 10,
  });

  it(
    'stays up through a Redis killed under it and through a damaged store file, past two rounds of the watcher each',
    { timeout: 90_000 },
    async () => {
      const redis = await startRedis();
      const damaged = join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db');
      const before = sqliteWatchStore(damaged);
      for (const d of createDemoDataset().dossiers.slice(0, 40)) await before.add(d.code);
      before.close();
      damagePages(damaged);
      const withRedis = run({ redis: redis.url, follow: follow('unused.db') });
      const withFile = run({ follow: follow(damaged) });
      try {
        const [redisUrl, fileUrl] = await Promise.all([withRedis.url(), withFile.url()]);
        // A dossier followed through Redis, so that the rounds have something to do.
        const connection = new Redis(redis.url);
        await redisWatchStore(connection).add(createDemoDataset().dossiers[0]!.code);
        connection.disconnect();
        await redis.kill();
        // Two rounds each (10 s apart): before the fix both processes had ended by now.
        await new Promise((r) => setTimeout(r, 23_000));
        assert.equal(withRedis.child.exitCode, null, `the Redis one is up:\n${withRedis.out().slice(-800)}`);
        assert.equal(withFile.child.exitCode, null, `the SQLite one is up:\n${withFile.out().slice(-800)}`);
        for (const [url, store] of [
          [redisUrl, 'redis'],
          [fileUrl, 'sqlite'],
        ] as const) {
          const h = (await (await fetch(`${url}/healthz`)).json()) as { status: string; follow: { store: string; ok: boolean } };
          assert.deepEqual([h.status, h.follow.store, h.follow.ok], ['degraded', store, false]);
        }
        assert.match(withFile.out(), /follow store failed/);
        await redis.restart();
        await until(
          'the Redis one healthy again',
          async () => ((await (await fetch(`${redisUrl}/healthz`)).json()) as { status: string }).status === 'ok',
          15_000,
        );
      } finally {
        for (const { child } of [withRedis, withFile]) {
          if (child.exitCode !== null) continue;
          child.kill('SIGTERM');
          await once(child, 'exit');
        }
        await redis.stop();
      }
    },
  );

  it('a follow.store that is not a database stops the start in one sentence naming follow.store and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-watch-'));
    writeFileSync(join(dir, 'notes.db'), 'Danh sách hồ sơ cần theo dõi — not a database\n'.repeat(200));
    const cli = run({ follow: follow(join(dir, 'notes.db')) });
    const [code] = (await once(cli.child, 'exit')) as [number];
    assert.equal(code, 1);
    assert.match(
      cli.out(),
      /motcua-gateway: Cannot open the follow store .*notes\.db \("follow\.store"\): file is not a database\. Move the file aside .* or set "follow\.store" to another file\./,
    );
  });
});

/** Overwrites the pages after the schema's with garbage, as a failing disk would. */
function damagePages(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096);
  closeSync(fd);
}

describe("a store file from before a follower's language was kept", () => {
  it('opens with the column added: its followers stay (their pushes in Vietnamese), a new one keeps its language', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-lang-')), 'watch.db');
    const old = new sqlite.Database(file);
    old.exec(`CREATE TABLE watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER, webhooks INTEGER NOT NULL DEFAULT 0, pending TEXT);
      CREATE TABLE subscriptions (code TEXT NOT NULL, endpoint TEXT NOT NULL, p256dh TEXT NOT NULL, auth TEXT NOT NULL, PRIMARY KEY (code, endpoint));`);
    const code = '000.00.12.H42-241105-0001';
    old.run('INSERT INTO watched (code, status) VALUES (?, 4)', [code]);
    old.run('INSERT INTO subscriptions (code, endpoint, p256dh, auth) VALUES (?, ?, ?, ?)', [code, 'https://push.example/old', 'p', 'a']);
    old.close();
    const store = sqliteWatchStore(file);
    try {
      const caps = { perDossier: 10, perEndpoint: 10 };
      await store.subscribe(code, { endpoint: 'https://push.example/new', keys: { p256dh: 'p2', auth: 'a2' }, lang: 'en' }, caps);
      assert.deepEqual((await store.subscriptions(code)).map((s) => [s.endpoint, s.lang ?? 'vi']).sort(), [
        ['https://push.example/new', 'en'],
        ['https://push.example/old', 'vi'],
      ]);
    } finally {
      store.close();
    }
  });
});

describe("a follower's language in Redis", () => {
  it('is kept with the keys and read back by another instance; a follower without one reads as none (Vietnamese)', async () => {
    const server = await startRedis();
    const [one, two] = [new Redis(server.url), new Redis(server.url)];
    try {
      const code = '000.00.12.H42-241105-0002';
      const caps = { perDossier: 10, perEndpoint: 10 };
      await redisWatchStore(one).subscribe(
        code,
        { endpoint: 'https://push.example/en', keys: { p256dh: 'p1', auth: 'a1' }, lang: 'en' },
        caps,
      );
      await redisWatchStore(one).subscribe(code, { endpoint: 'https://push.example/vi', keys: { p256dh: 'p2', auth: 'a2' } }, caps);
      assert.deepEqual((await redisWatchStore(two).subscriptions(code)).map((s) => [s.endpoint, s.lang]).sort(), [
        ['https://push.example/en', 'en'],
        ['https://push.example/vi', undefined],
      ]);
    } finally {
      one.disconnect();
      two.disconnect();
      await server.stop();
    }
  });
});
