// Following as an attacker and an unlucky operator meet it: a subscription that cannot be
// encrypted for, push services that never answer, a process stopped mid-delivery, a flood of
// follows of one dossier, a stranger stopping someone else's notifications.
import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { Redis } from 'ioredis';
import sqlite from 'node-sqlite3-wasm';
import { scriptedServer } from '../../../../test/helpers/http-server.js';
import { logLines } from '../../../../test/helpers/log-lines.js';
import { startPushService } from '../../../../test/helpers/push-service.js';
import { startRedis } from '../../../../test/helpers/redis-server.js';
import { createGateway } from '../app.js';
import { memoryState } from '../shared-state.js';
import { generateVapidKeys, subscriptionKeysProblem } from './push.js';
import { memoryWatchStore, type WatchStore } from './store.js';
import { redisWatchStore, sqliteWatchStore } from './watch-stores.js';
import { createWatcher, type StatusChange } from './watcher.js';
import type { DossierChangeEvent } from './webhooks.js';

const vapid = { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' };
const json = { 'content-type': 'application/json' };

function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

/** A gateway following the demo data, with its warnings kept. */
async function following(extra: {
  pushOrigins: string[];
  webhooks?: Array<{ url: string; secret: string }>;
  store?: WatchStore;
  caps?: { perDossier?: number; perEndpoint?: number };
  pushTimeoutMs?: number;
}) {
  const adapter = memoryAdapter(createDemoDataset());
  const { lines: logs, stream } = logLines();
  const app = await createGateway({
    adapter,
    logger: { level: 'warn', stream },
    limits: { failedLookups: 1000, dossierPerMinute: 1000 },
    follow: {
      vapid,
      store: extra.store ?? memoryWatchStore(),
      intervalSeconds: 3600,
      pushTargets: { dangerouslyAllowOrigins: extra.pushOrigins },
      ...(extra.webhooks ? { webhooks: extra.webhooks } : {}),
      ...(extra.caps ? { caps: extra.caps } : {}),
      ...(extra.pushTimeoutMs ? { pushTimeoutMs: extra.pushTimeoutMs } : {}),
    },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const ready = [...adapter.dossiers.values()].filter((x) => x.status === 4 && x.lookupKey);
  const follow = (body: unknown) => fetch(`${url}/v1/follow`, { method: 'POST', headers: json, body: JSON.stringify(body) });
  const unfollow = (body: unknown) => fetch(`${url}/v1/follow`, { method: 'DELETE', headers: json, body: JSON.stringify(body) });
  return { app, url, adapter, ready, logs, follow, unfollow };
}

describe('subscriptions are checked when a browser follows', () => {
  it('refuses keys that cannot be encrypted for (400 naming the field), before the key is checked or anything stored', async () => {
    const service = await startPushService();
    const gw = await following({ pushOrigins: [service.url] });
    try {
      const d = gw.ready[0]!;
      const good = service.subscription();
      const notOnCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
      for (const [keys, field] of [
        [{ ...good.keys, p256dh: 'x' }, 'subscription.keys.p256dh'],
        [{ ...good.keys, p256dh: notOnCurve }, 'subscription.keys.p256dh'],
        [{ ...good.keys, p256dh: `${good.keys.p256dh.slice(0, -1)}!` }, 'subscription.keys.p256dh'],
        [{ ...good.keys, auth: randomBytes(8).toString('base64url') }, 'subscription.keys.auth'],
        [{ ...good.keys, auth: '' }, 'subscription.keys.auth'],
      ] as const) {
        const res = await gw.follow({ code: d.code, key: d.lookupKey, subscription: { endpoint: good.endpoint, keys } });
        assert.equal(res.status, 400, field);
        assert.equal(((await res.json()) as { error: { field: string } }).error.field, field);
      }
      assert.equal(subscriptionKeysProblem(good.keys), undefined);
      assert.equal((await gw.follow({ code: d.code, key: d.lookupKey, subscription: good })).status, 201);
    } finally {
      await gw.app.close();
      await service.close();
    }
  });
});

describe('deliveries', () => {
  it('one broken subscription never silences a dossier: the other browser and the webhook are told, the change is reported once, the failure logged with its push host', async () => {
    const service = await startPushService();
    const hooks = await scriptedServer(() => ({ status: 204 }));
    const store = memoryWatchStore();
    const gw = await following({ pushOrigins: [service.url], webhooks: [{ url: hooks.url, secret: 'desk-secret-0123456789' }], store });
    try {
      const d = gw.ready[0]!;
      const good = service.subscription();
      assert.equal((await gw.follow({ code: d.code, key: d.lookupKey, subscription: good })).status, 201);
      assert.equal((await gw.follow({ code: d.code, key: d.lookupKey })).status, 201, 'and the desk, for the webhooks');
      // Kept from before keys were checked: encrypting for it throws before any request.
      await store.subscribe(
        d.code,
        { endpoint: `${service.url}/push/broken`, keys: { p256dh: 'x', auth: 'y' } },
        { perDossier: 20, perEndpoint: 20 },
      );
      await gw.app.pollFollowed!();
      d.status = 5;
      assert.equal(await gw.app.pollFollowed!(), 1);
      assert.deepEqual(
        service.received.map((m) => (m.payload as { status: number }).status),
        [5],
        'the good browser',
      );
      assert.deepEqual(
        hooks.requests.map((r) => (JSON.parse(r.body) as DossierChangeEvent).to),
        [5],
        'the webhook',
      );
      const warned = gw.logs.find((l) => l.msg === 'push not delivered');
      assert.equal(warned?.level, 40, 'at warn');
      assert.equal(warned?.pushHost, new URL(service.url).host);
      assert.equal((await store.list())[0]!.pending, undefined, 'reported');
      // Not taken for a failing backend: the next round comes at once, and reports the next change once.
      d.status = 6;
      assert.equal(await gw.app.pollFollowed!(), 1);
      assert.deepEqual(
        service.received.map((m) => (m.payload as { status: number }).status),
        [5, 6],
      );
      assert.equal(hooks.requests.length, 2);
    } finally {
      await gw.app.close();
      await service.close();
      await hooks.close();
    }
  });

  it('pushes go out eight at a time, and push services that never answer cost a round no more than the timeout', async () => {
    const service = await startPushService();
    let open = 0;
    let most = 0;
    // A push service that takes the request and never answers.
    const silent: Server = createServer((req) => {
      most = Math.max(most, ++open);
      req.on('close', () => open--);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const store = memoryWatchStore();
    const gw = await following({ pushOrigins: [service.url, silentUrl], store, pushTimeoutMs: 300, caps: { perDossier: 100 } });
    try {
      const d = gw.ready[0]!;
      for (let i = 0; i < 12; i++)
        await store.subscribe(d.code, { endpoint: `${silentUrl}/push/${i}`, keys: browserKeys() }, { perDossier: 100, perEndpoint: 20 });
      const good = service.subscription();
      assert.equal((await gw.follow({ code: d.code, key: d.lookupKey, subscription: good })).status, 201);
      await gw.app.pollFollowed!();
      d.status = 9;
      await gw.app.pollFollowed!();
      assert.equal(most, 8, 'eight at once, never more');
      assert.equal(service.received.length, 1, 'the browser whose push service answers is told');
      assert.equal(gw.logs.filter((l) => l.msg === 'push not delivered').length, 12);
      assert.ok(gw.logs.some((l) => /no answer in 300 ms/.test(String(l.why))));
    } finally {
      await gw.app.close();
      await service.close();
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('a change saved by a round that stopped before delivering (the process ended) is delivered by a later round', async () => {
    let now = Date.parse('2026-12-01T00:00:00Z');
    const adapter = memoryAdapter(createDemoDataset());
    const d = [...adapter.dossiers.values()].find((x) => x.status === 5)!;
    const store = sqliteWatchStore(join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db'));
    await store.add(d.code);
    // What a round leaves when its process ends between saving the change and delivering it.
    await store.update(
      { code: d.code, status: 5, checkedAt: now, pending: { from: 4, to: 5, at: new Date(now).toISOString() } },
      undefined,
    );
    const changes: StatusChange[] = [];
    const watcher = createWatcher({
      adapter,
      store,
      lease: memoryState(),
      onChange: (c) => void changes.push(c),
      intervalMs: 60_000,
      now: () => now,
    });
    await watcher.poll();
    assert.equal(changes.length, 0, 'not while the round that saved it might still be delivering');
    now += 4 * 60_000;
    await watcher.poll();
    assert.deepEqual(
      changes.map((c) => [c.code, c.from, c.to]),
      [[d.code, 4, 5]],
    );
    assert.equal((await store.list())[0]!.pending, undefined, 'then settled');
    now += 4 * 60_000;
    await watcher.poll();
    assert.equal(changes.length, 1, 'once');
    store.close();
  });
});

describe('a record that is no dossier code', () => {
  it('is let go at the first round and said in the log, not looked up for ever', async () => {
    const adapter = memoryAdapter(createDemoDataset());
    let lookups = 0;
    const counted = { ...adapter, lookupDossier: (code: string, o: { key?: string }) => (lookups++, adapter.lookupDossier(code, o)) };
    const store = sqliteWatchStore(join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db'));
    const good = [...adapter.dossiers.values()][0]!.code;
    await store.add('not-a-code');
    await store.add(good);
    const errors: string[] = [];
    const watcher = createWatcher({
      adapter: counted,
      store,
      lease: memoryState(),
      onChange: () => undefined,
      onError: (code) => void errors.push(code),
      intervalMs: 60_000,
    });
    await watcher.poll();
    assert.deepEqual(
      (await store.list()).map((e) => e.code),
      [good],
    );
    assert.deepEqual(errors, ['not-a-code']);
    assert.equal(lookups, 1, 'only the dossier was looked up');
    store.close();
  });
});

describe('caps on following', () => {
  const CAPS = { perDossier: 3, perEndpoint: 2 };
  const sub = (i: number) => ({ endpoint: `https://fcm.googleapis.com/fcm/send/${i}`, keys: { p256dh: `p${i}`, auth: `a${i}` } });

  async function capsHold(store: WatchStore) {
    for (const i of [1, 2, 3]) assert.equal(await store.subscribe('A', sub(i), CAPS), 'following');
    assert.equal(await store.subscribe('A', sub(4), CAPS), 'dossier-full');
    assert.equal(
      await store.subscribe('A', { ...sub(3), keys: { p256dh: 'new', auth: 'new' } }, CAPS),
      'following',
      'the same browser again: its keys replaced',
    );
    assert.equal(await store.subscribe('B', sub(1), CAPS), 'following');
    assert.equal(await store.subscribe('C', sub(1), CAPS), 'endpoint-full');
    assert.deepEqual((await store.subscriptions('A')).map((s) => [s.endpoint, s.keys.auth]).sort(), [
      [sub(1).endpoint, 'a1'],
      [sub(2).endpoint, 'a2'],
      [sub(3).endpoint, 'new'],
    ]);
    assert.deepEqual((await store.followedBy(sub(1).endpoint)).map((f) => f.code).sort(), ['A', 'B']);
    await store.unsubscribe(sub(1).endpoint, 'A');
    assert.equal(await store.subscribe('C', sub(1), CAPS), 'following', 'room again after stopping one');
    assert.equal(await store.subscribe('A', sub(4), CAPS), 'following');
    await store.remove('A');
    assert.deepEqual(await store.subscriptions('A'), []);
    assert.deepEqual(await store.followedBy(sub(4).endpoint), [], 'a removed dossier leaves no trace under its browsers');
    assert.deepEqual((await store.list()).map((e) => e.code).sort(), ['B', 'C']);
  }

  it('memory and SQLite: browsers per dossier and dossiers per browser', async () => {
    await capsHold(memoryWatchStore());
    const store = sqliteWatchStore(join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db'));
    await capsHold(store);
    store.close();
  });

  it('Redis: the same, in one step each (instances racing on one dossier stay within the cap)', async () => {
    const server = await startRedis();
    const redis = new Redis(server.url);
    try {
      await capsHold(redisWatchStore(redis));
      const store = redisWatchStore(redis, 'race:');
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.subscribe('R', sub(100 + i), CAPS)));
      assert.equal(results.filter((r) => r === 'following').length, 3);
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });

  it("3,000 browsers on one dossier: each is a record of its own; the dossier's record does not grow (SQLite, Redis)", async () => {
    const big = { perDossier: 5000, perEndpoint: 5 };
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db');
    const store = sqliteWatchStore(file);
    const server = await startRedis();
    const redis = new Redis(server.url);
    try {
      const shared = redisWatchStore(redis);
      for (let i = 0; i < 3000; i++) await store.subscribe('000.00.12.H42-241105-0003', sub(i), big);
      for (let i = 0; i < 3000; i += 100)
        await Promise.all(Array.from({ length: 100 }, (_, j) => shared.subscribe('000.00.12.H42-241105-0003', sub(i + j), big)));
      assert.equal((await store.subscriptions('000.00.12.H42-241105-0003')).length, 3000);
      await store.unsubscribe(sub(1500).endpoint);
      assert.equal((await store.subscriptions('000.00.12.H42-241105-0003')).length, 2999);
      store.close();
      const db = new sqlite.Database(file);
      const [row] = db.all('SELECT * FROM watched') as Array<Record<string, unknown>>;
      db.close();
      assert.ok(JSON.stringify(row).length < 200, `the dossier's row holds no list: ${JSON.stringify(row)}`);
      assert.equal(await redis.hlen('motcua:subs:000.00.12.H42-241105-0003'), 3000);
      assert.ok((await redis.hget('motcua:watched', '000.00.12.H42-241105-0003'))!.length < 100);
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });

  it('through the gateway: the cap is said in words (400), and the browser that reached it can still stop', async () => {
    const service = await startPushService();
    const gw = await following({ pushOrigins: [service.url], caps: { perDossier: 2, perEndpoint: 2 } });
    try {
      const [a, b, c] = gw.ready;
      const browsers = [service.subscription(), service.subscription(), service.subscription()];
      assert.equal((await gw.follow({ code: a!.code, key: a!.lookupKey, subscription: browsers[0] })).status, 201);
      assert.equal((await gw.follow({ code: a!.code, key: a!.lookupKey, subscription: browsers[1] })).status, 201);
      const full = await gw.follow({ code: a!.code, key: a!.lookupKey, subscription: browsers[2] });
      assert.equal(full.status, 400);
      assert.match(((await full.json()) as { error: { message: string } }).error.message, /quá nhiều trình duyệt/);
      assert.equal((await gw.follow({ code: b!.code, key: b!.lookupKey, subscription: browsers[0] })).status, 201);
      const many = await gw.follow({ code: c!.code, key: c!.lookupKey, subscription: browsers[0] });
      assert.equal(many.status, 400);
      // The same browser spelt otherwise (found attacking the cap) is the same browser.
      const { origin, pathname } = new URL(browsers[0]!.endpoint);
      for (const spelling of [
        ` ${browsers[0]!.endpoint}`,
        `${browsers[0]!.endpoint}#f`,
        `${origin.toUpperCase()}${pathname}`,
        `${origin}/./${pathname.slice(1)}`,
      ]) {
        assert.equal(
          (await gw.follow({ code: c!.code, key: c!.lookupKey, subscription: { ...browsers[0], endpoint: spelling } })).status,
          400,
          spelling,
        );
      }
      assert.match(((await many.json()) as { error: { message: string } }).error.message, /theo dõi quá nhiều hồ sơ/);
    } finally {
      await gw.app.close();
      await service.close();
    }
  });
});

describe('stopping proves it is the browser that followed', () => {
  it("needs the subscription's auth secret or the lookup key; a stranger with only the endpoint stops nothing", async () => {
    const service = await startPushService();
    const gw = await following({ pushOrigins: [service.url] });
    try {
      const [a, b] = gw.ready;
      const mine = service.subscription();
      const theirs = service.subscription();
      for (const d of [a!, b!]) assert.equal((await gw.follow({ code: d.code, key: d.lookupKey, subscription: mine })).status, 201);
      assert.equal((await gw.follow({ code: a!.code, key: a!.lookupKey, subscription: theirs })).status, 201);
      const bare = await gw.unfollow({ endpoint: mine.endpoint });
      assert.equal(bare.status, 400);
      assert.equal(((await bare.json()) as { error: { field: string } }).error.field, 'auth');
      assert.equal((await gw.unfollow({ endpoint: mine.endpoint, auth: theirs.keys.auth })).status, 403, "another browser's secret");
      assert.equal((await gw.unfollow({ endpoint: mine.endpoint, code: a!.code, key: 'SAI1' })).status, 403, 'a wrong key');
      await gw.app.pollFollowed!();
      a!.status = 9;
      await gw.app.pollFollowed!();
      assert.equal(service.received.filter((m) => m.endpoint === mine.endpoint).length, 1, 'still followed');
      // Someone who knows this endpoint follows a dossier of theirs with keys of their own: it does not keep this browser from stopping.
      assert.equal(
        (await gw.follow({ code: b!.code, key: b!.lookupKey, subscription: { endpoint: theirs.endpoint, keys: mine.keys } })).status,
        201,
      );
      assert.equal((await gw.unfollow({ endpoint: theirs.endpoint, auth: theirs.keys.auth })).status, 204, 'its own records stop');
      assert.equal(
        (await gw.unfollow({ endpoint: theirs.endpoint, auth: theirs.keys.auth })).status,
        403,
        'the planted one is not its to stop',
      );
      assert.equal((await gw.follow({ code: a!.code, key: a!.lookupKey, subscription: theirs })).status, 201);
      assert.equal((await gw.unfollow({ endpoint: mine.endpoint, auth: mine.keys.auth, code: a!.code })).status, 204);
      assert.equal(
        (await gw.unfollow({ endpoint: mine.endpoint, code: b!.code, key: b!.lookupKey })).status,
        204,
        'or with the lookup key',
      );
      assert.equal((await gw.unfollow({ endpoint: mine.endpoint, auth: mine.keys.auth })).status, 204, 'nothing left: still 204');
      a!.status = 10;
      b!.status = 9;
      await gw.app.pollFollowed!();
      assert.equal(service.received.filter((m) => m.endpoint === mine.endpoint).length, 1, 'told nothing more');
      assert.equal(service.received.filter((m) => m.endpoint === theirs.endpoint).length, 2, 'the other browser still is');
    } finally {
      await gw.app.close();
      await service.close();
    }
  });
});

describe('webhooks', () => {
  it('do not follow a redirect: the signed event goes to the configured URL or nowhere', async () => {
    const inner = await scriptedServer(() => ({ status: 200 }));
    const hook = await scriptedServer(() => ({ status: 307, headers: { location: `${inner.url}/internal-admin` } }));
    try {
      const { createWebhooks } = await import('./webhooks.js');
      const dead: string[] = [];
      const sent = await createWebhooks({
        targets: [{ url: hook.url, secret: 'desk-secret-0123456789' }],
        backoffMs: 1,
        onDeadLetter: (f) => void dead.push(f.error),
      }).send({
        type: 'dossier.status-changed',
        id: 'e1',
        code: 'X',
        from: 4,
        to: 9,
        statusText: 'Đã xử lý xong',
        at: new Date().toISOString(),
      });
      assert.deepEqual(sent, { delivered: 0, failed: 1 });
      assert.equal(inner.requests.length, 0, 'nothing reached the address it pointed to');
      assert.equal(hook.requests.length, 1, 'a redirect is not retried');
      assert.deepEqual(dead, ['HTTP 307']);
    } finally {
      await inner.close();
      await hook.close();
    }
  });
});
