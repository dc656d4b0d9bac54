// Following a dossier, the parts built so far: the watcher (one poller among instances, a
// change reported once, a backend's limits respected), its durable stores (SQLite across a
// restart, a real redis-server), and signed webhooks against a loopback receiver.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { memoryAdapter, restAdapter } from '@motcua/adapters';
import { createClient, MotcuaError as MotcuaErrorCtor, type MotcuaError } from '@motcua/core';
import { createDemoDataset } from '@motcua/adapters/demo';
import { Redis } from 'ioredis';
import sqlite from 'node-sqlite3-wasm';
import { scriptedServer, type ScriptedServer } from '../../../../test/helpers/http-server.js';
import { startPushService } from '../../../../test/helpers/push-service.js';
import { startRedis } from '../../../../test/helpers/redis-server.js';
import { createGateway } from '../app.js';
import { memoryState } from '../shared-state.js';
import { createPushSender, generateVapidKeys } from './push.js';
import { redisWatchStore, sqliteWatchStore } from './watch-stores.js';
import { memoryWatchStore } from './store.js';
import { createWatcher, type StatusChange } from './watcher.js';
import { createWebhooks, verifyWebhook, type DossierChangeEvent } from './webhooks.js';

const data = createDemoDataset();
const CAPS = { perDossier: 20, perEndpoint: 20 };
let receiver: ScriptedServer | undefined;
afterEach(() => receiver?.close());

const EVENT: DossierChangeEvent = {
  type: 'dossier.status-changed',
  id: 'evt-1',
  code: data.dossiers[0]!.code,
  from: 4,
  to: 9,
  statusText: 'Đã xử lý xong',
  at: '2026-11-29T09:00:00+07:00',
};

describe('webhooks', () => {
  it("POSTs the event signed with the target's secret; the receiver verifies it and refuses a forged or old one", async () => {
    receiver = await scriptedServer((req) => ({
      status: verifyWebhook(req.body, req.headers['motcua-signature'] as string, 'bí-mật') ? 204 : 401,
    }));
    const sent = await createWebhooks({ targets: [{ url: `${receiver.url}/zalo`, secret: 'bí-mật' }], backoffMs: 1 }).send(EVENT);
    assert.deepEqual(sent, { delivered: 1, failed: 0 });
    const [req] = receiver.requests;
    assert.deepEqual(JSON.parse(req!.body), EVENT);
    assert.equal(req!.headers['motcua-event-id'], 'evt-1');
    assert.equal(verifyWebhook(req!.body, req!.headers['motcua-signature'] as string, 'another secret'), false);
    assert.equal(verifyWebhook(req!.body.replace('"to":9', '"to":10'), req!.headers['motcua-signature'] as string, 'bí-mật'), false);
    assert.equal(
      verifyWebhook(req!.body, req!.headers['motcua-signature'] as string, 'bí-mật', 300, Date.now() + 3_600_000),
      false,
      'an hour old',
    );
  });

  it('retries with backoff, and hands an event that never gets through to the dead letter', async () => {
    let n = 0;
    receiver = await scriptedServer(() => ({ status: ++n < 3 ? 503 : 200 }));
    const dead: unknown[] = [];
    const hooks = createWebhooks({
      targets: [{ url: receiver.url, secret: 's' }],
      backoffMs: 5,
      attempts: 4,
      onDeadLetter: (f) => dead.push(f),
    });
    assert.deepEqual(await hooks.send(EVENT), { delivered: 1, failed: 0 });
    assert.equal(receiver.requests.length, 3);
    await receiver.close();
    receiver = await scriptedServer(() => ({ status: 500 }));
    const failing = createWebhooks({
      targets: [{ url: receiver.url, secret: 's' }],
      backoffMs: 5,
      attempts: 3,
      onDeadLetter: (f) => dead.push(f),
    });
    assert.deepEqual(await failing.send(EVENT), { delivered: 0, failed: 1 });
    assert.equal(receiver.requests.length, 3);
    assert.deepEqual(dead, [{ target: receiver.url, event: EVENT, attempts: 3, error: 'HTTP 500' }]);
  });
});

describe('watcher', () => {
  it('one instance polls at a time; a status change is reported once; the per-minute cap holds', async () => {
    const adapter = memoryAdapter(data);
    const lease = memoryState();
    const store = memoryWatchStore();
    const followed = data.dossiers.filter((d) => d.status === 4).slice(0, 5);
    for (const d of followed) await store.add(d.code);
    const changes: StatusChange[] = [];
    const [a, b] = [0, 1].map(() =>
      createWatcher({ adapter, store, lease, onChange: (c) => void changes.push(c), batchSize: 10, perMinute: 8 }),
    );
    assert.deepEqual([await a!.poll(), await b!.poll()], [5, 0], 'the second instance does not poll');
    assert.equal(changes.length, 0, 'the first round only learns the statuses');
    adapter.dossiers.get(followed[2]!.code)!.status = 9;
    assert.equal(await a!.poll(), 3, 'eight a minute: three more this minute');
    assert.equal(await a!.poll(), 0);
    assert.deepEqual(
      changes.map((c) => [c.code, c.from, c.to]),
      [[followed[2]!.code, 4, 9]],
      'the three checked longest ago include it',
    );
  });

  it('reports a change once even when two instances poll at the same moment (a lease lost on a busy machine)', async () => {
    const adapter = memoryAdapter(data);
    const store = memoryWatchStore();
    const d = data.dossiers.filter((x) => x.status === 4)[7]!;
    await store.add(d.code);
    const changes: StatusChange[] = [];
    // Each with a lease of its own: both believe they are the poller.
    const [a, b] = [0, 1].map(() => createWatcher({ adapter, store, lease: memoryState(), onChange: (c) => void changes.push(c) }));
    await Promise.all([a!.poll(), b!.poll()]);
    adapter.dossiers.get(d.code)!.status = 6;
    assert.deepEqual(await Promise.all([a!.poll(), b!.poll()]), [1, 1], 'both looked');
    assert.deepEqual(
      changes.map((c) => [c.code, c.from, c.to]),
      [[d.code, 4, 6]],
      'one reported it',
    );
  });

  it('keeps a dossier whose look-up failed, and drops one some days after its final status', async () => {
    let now = Date.parse('2026-11-29T00:00:00Z');
    const adapter = memoryAdapter(data);
    const store = memoryWatchStore();
    const done = data.dossiers.find((d) => d.status === 10)!;
    await store.add(done.code);
    await store.add('000.00.12.H42-200101-0001'); // unknown to the backend
    const errors: string[] = [];
    const watcher = createWatcher({
      adapter,
      store,
      lease: memoryState(),
      onChange: () => undefined,
      keepDays: 7,
      now: () => now,
      onError: (code) => errors.push(code),
    });
    await watcher.poll();
    assert.deepEqual((await store.list()).map((e) => e.code).sort(), [done.code, '000.00.12.H42-200101-0001'].sort());
    assert.deepEqual(errors, ['000.00.12.H42-200101-0001']);
    now += 8 * 86_400_000;
    await watcher.poll();
    assert.deepEqual(
      (await store.list()).map((e) => e.code),
      ['000.00.12.H42-200101-0001'],
    );
  });
});

describe('watcher backoff', () => {
  it('asks a failing backend less and less often, at once again after it answers, and not before a 429 says', async () => {
    let now = Date.parse('2026-11-29T00:00:00Z');
    const real = memoryAdapter(data);
    let mode: 'down' | 'up' | 'limited' = 'down';
    let calls = 0;
    const adapter = {
      ...real,
      lookupDossier: (code: string, options: object) => {
        calls++;
        if (mode === 'down') return Promise.reject(new MotcuaErrorCtor('server', 'HTTP 503'));
        if (mode === 'limited') return Promise.reject(new MotcuaErrorCtor('rate-limited', 'HTTP 429', { retryAfter: 120 }));
        return real.lookupDossier(code, options);
      },
    };
    const store = memoryWatchStore();
    for (const d of data.dossiers.filter((x) => x.status === 4).slice(0, 3)) await store.add(d.code);
    const watcher = createWatcher({
      adapter,
      store,
      lease: memoryState(),
      onChange: () => undefined,
      intervalMs: 60_000,
      perMinute: 1000,
      now: () => now,
    });
    // Rounds every minute (the timer's), counted by the look-ups they made.
    const rounds = async (n: number) => {
      const made: number[] = [];
      for (let i = 0; i < n; i++) {
        now += 60_000;
        made.push(await watcher.poll());
      }
      return made;
    };
    assert.equal(await watcher.poll(), 3);
    assert.deepEqual(await rounds(8), [0, 3, 0, 0, 0, 3, 0, 0], 'down: after 2, then 4, then 8 minutes');
    mode = 'up';
    assert.deepEqual(await rounds(6), [0, 0, 0, 0, 0, 3], 'back up: seen at the round after the wait');
    assert.deepEqual(await rounds(2), [3, 3], 'answering: every minute again');
    mode = 'limited';
    calls = 0;
    assert.equal((await rounds(1))[0], 3);
    assert.equal(calls, 1, 'a 429 ends the round');
    assert.deepEqual(await rounds(2), [0, 3], 'and none before its Retry-After (2 minutes)');
  });
});

describe('watch stores', () => {
  it('SQLite: a restart keeps what is followed and what was last seen; an unfollow is honoured at once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db');
    const adapter = memoryAdapter(data);
    const d = data.dossiers.find((x) => x.status === 4)!;
    let store = sqliteWatchStore(file);
    await store.add(d.code);
    await store.add(d.code);
    await createWatcher({ adapter, store, lease: memoryState(), onChange: () => undefined }).poll();
    store.close();
    // The gateway restarts: the same file, a new process's store and watcher.
    store = sqliteWatchStore(file);
    assert.deepEqual(
      (await store.list()).map((e) => [e.code, e.status]),
      [[d.code, 4]],
    );
    adapter.dossiers.get(d.code)!.status = 5;
    const changes: StatusChange[] = [];
    await createWatcher({ adapter, store, lease: memoryState(), onChange: (c) => void changes.push(c) }).poll();
    assert.deepEqual(
      changes.map((c) => [c.from, c.to]),
      [[4, 5]],
      'the change across the restart is seen',
    );
    // Two rounds that saw the same status (two pollers for a moment): only the first saves it.
    assert.equal(await store.update({ code: d.code, status: 9, checkedAt: 2 }, 5), true);
    assert.equal(
      await store.update({ code: d.code, status: 9, checkedAt: 3 }, 5),
      false,
      'the second round does not report the change again',
    );
    await store.remove(d.code);
    assert.equal(await store.update({ code: d.code, status: 10, checkedAt: 4 }, 9), false);
    assert.deepEqual(await store.list(), [], 'an update does not bring back what was unfollowed');
    store.close();
  });

  it('Redis: shared by instances, with the same guarantees', async () => {
    const server = await startRedis();
    const redis = new Redis(server.url);
    try {
      const [a, b] = [redisWatchStore(redis), redisWatchStore(redis)];
      await a.add('000.00.12.H42-241105-0003');
      await b.add('000.00.12.H42-241105-0003');
      assert.equal(await b.update({ code: '000.00.12.H42-241105-0003', status: 4, checkedAt: 5 }, undefined), true);
      assert.equal(
        await a.update({ code: '000.00.12.H42-241105-0003', status: 4, checkedAt: 5 }, undefined),
        false,
        'the same change, seen by a second poller',
      );
      assert.deepEqual(await a.list(), [{ code: '000.00.12.H42-241105-0003', status: 4, checkedAt: 5, webhooks: true }]);
      assert.equal(await a.update({ code: '000.00.12.H42-241105-0003', status: 5, checkedAt: 6 }, 4), true);
      // A browser follows the webhook-watched code and stops: the code stays, readable, for the webhooks.
      const browser = { endpoint: 'http://127.0.0.1:1/push/x', keys: { p256dh: 'p', auth: 'a' } };
      await b.subscribe('000.00.12.H42-241105-0003', browser, CAPS);
      assert.deepEqual(await a.subscriptions('000.00.12.H42-241105-0003'), [browser]);
      assert.deepEqual(await a.followedBy(browser.endpoint), [{ code: '000.00.12.H42-241105-0003', auth: 'a' }]);
      await a.unsubscribe(browser.endpoint);
      assert.deepEqual(await a.followedBy(browser.endpoint), []);
      assert.equal(await a.update({ code: '000.00.12.H42-241105-0003', status: 5, checkedAt: 7 }, 5), true);
      await b.subscribe('000.00.12.H42-241105-0003', browser, CAPS);
      assert.deepEqual(
        (await b.list()).map((e) => [e.status, e.webhooks]),
        [[5, true]],
      );
      assert.equal((await b.subscriptions('000.00.12.H42-241105-0003')).length, 1);
      await a.remove('000.00.12.H42-241105-0003');
      assert.equal(await b.update({ code: '000.00.12.H42-241105-0003', status: 9, checkedAt: 7 }, 5), false);
      assert.deepEqual(await b.list(), []);
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });
});

describe('web push', () => {
  it('sends a payload the push service verifies (VAPID) and the browser can decrypt (aes128gcm); a gone subscription says so', async () => {
    const service = await startPushService();
    try {
      const vapid = { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' };
      const targets = { dangerouslyAllowOrigins: [service.url] };
      const push = createPushSender(vapid, { targets });
      const subscription = service.subscription();
      const payload = {
        code: EVENT.code,
        title: 'Đã xử lý xong',
        body: 'Hồ sơ đã có kết quả. Mời đến nhận theo giấy hẹn.',
        url: `/?code=${EVENT.code}`,
      };
      assert.deepEqual(await push.send(subscription, payload), { result: 'sent' });
      assert.deepEqual(service.refused, []);
      assert.deepEqual(
        service.received.map((m) => m.payload),
        [payload],
      );
      assert.equal(service.received[0]!.ttl, '86400');
      service.expire(subscription.endpoint);
      assert.deepEqual(await push.send(subscription, payload), { result: 'gone' });
      const forged = createPushSender({ ...generateVapidKeys(), publicKey: vapid.publicKey, subject: vapid.subject }, { targets });
      assert.deepEqual(await forged.send(service.subscription(), payload), { result: 'failed', why: 'HTTP 401' });
      assert.deepEqual(service.refused, ['bad vapid signature'], 'a key that is not the announced one is refused');
    } finally {
      await service.close();
    }
  });
});

describe('following through the gateway', () => {
  it('a browser follows with the key, is pushed the new status in words, the webhook gets a signed event, and unfollowing stops it', async () => {
    const service = await startPushService();
    const adapter = memoryAdapter(createDemoDataset());
    const d = [...adapter.dossiers.values()].find((x) => x.status === 4 && x.lookupKey)!;
    const hooks = await scriptedServer((req) => ({
      status: verifyWebhook(req.body, req.headers['motcua-signature'] as string, 'zalo-secret') ? 200 : 401,
    }));
    const app = await createGateway({
      adapter,
      follow: {
        vapid: { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' },
        store: memoryWatchStore(),
        webhooks: [{ url: hooks.url, secret: 'zalo-secret' }],
        intervalSeconds: 3600,
        lookupUrl: 'https://hatinh.gov.vn/tra-cuu',
        pushTargets: { dangerouslyAllowOrigins: [service.url] },
      },
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const subscription = service.subscription();
      const follow = (body: unknown) =>
        fetch(`${url}/v1/follow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal((await follow({ code: d.code, key: 'SAI1', subscription })).status, 403, 'a wrong key');
      assert.equal((await follow({ code: d.code, subscription })).status, 400, 'no key');
      const ok = await follow({ code: d.code, key: d.lookupKey, subscription });
      assert.equal(ok.status, 201);
      assert.deepEqual(await ok.json(), { following: d.code });
      assert.equal(((await (await fetch(`${url}/v1/follow/key`)).json()) as { publicKey: string }).publicKey.length > 80, true);
      await app.pollFollowed!();
      assert.equal(service.received.length, 0, 'the first round learns the status');
      d.status = 9;
      await app.pollFollowed!();
      assert.deepEqual(
        service.received.map((m) => m.payload),
        [
          {
            code: d.code,
            status: 9,
            title: 'Đã xử lý xong',
            body: `Hồ sơ ${d.code}. Bấm để xem chi tiết.`,
            url: `https://hatinh.gov.vn/tra-cuu?code=${encodeURIComponent(d.code)}`,
          },
        ],
      );
      const event = JSON.parse(hooks.requests[0]!.body) as DossierChangeEvent;
      assert.deepEqual(
        [event.type, event.code, event.from, event.to, event.statusText],
        ['dossier.status-changed', d.code, 4, 9, 'Đã xử lý xong'],
      );
      assert.ok(!JSON.stringify(service.received).includes(d.applicant!.name), 'no personal data in the push');
      const gone = await fetch(`${url}/v1/follow`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: subscription.endpoint, auth: subscription.keys.auth }),
      });
      assert.equal(gone.status, 204);
      d.status = 10;
      await app.pollFollowed!();
      assert.equal(service.received.length, 1, 'nothing after unfollowing');
    } finally {
      await app.close();
      await service.close();
      await hooks.close();
    }
  });

  it('through the SDK (createClient over restAdapter): one browser follows two dossiers and stops one of them; only the other is pushed', async () => {
    const service = await startPushService();
    const adapter = memoryAdapter(createDemoDataset());
    const [a, b] = [...adapter.dossiers.values()].filter((x) => x.status === 4 && x.lookupKey);
    const store = sqliteWatchStore(join(mkdtempSync(join(tmpdir(), 'motcua-watch-')), 'watch.db'));
    const app = await createGateway({
      adapter,
      follow: {
        vapid: { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' },
        store,
        intervalSeconds: 3600,
        pushTargets: { dangerouslyAllowOrigins: [service.url] },
      },
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const client = createClient({ adapter: restAdapter({ endpoint: url, retries: 0 }) });
      const subscription = service.subscription();
      assert.equal((await client.follow.publicKey()).length, 87);
      assert.equal(client.follow.url, `${url}/v1/follow`);
      await assert.rejects(
        client.follow.start({ code: a!.code, key: '', subscription }),
        (e: MotcuaError) => e.kind === 'invalid-input' && e.field === 'key',
      );
      await assert.rejects(
        client.follow.start({ code: a!.code, key: 'SAI1', subscription }),
        (e: MotcuaError) => e.kind === 'key-required',
      );
      // The code as a citizen might type it: normalised on the way.
      await client.follow.start({ code: a!.code.toLowerCase(), key: a!.lookupKey!, subscription });
      await client.follow.start({ code: b!.code, key: b!.lookupKey!, subscription });
      await app.pollFollowed!();
      await client.follow.stop({ endpoint: subscription.endpoint, auth: subscription.keys.auth, code: b!.code.toLowerCase() });
      a!.status = 9;
      b!.status = 9;
      await app.pollFollowed!();
      assert.deepEqual(
        service.received.map((m) => (m.payload as { code: string }).code),
        [a!.code],
      );
      await client.follow.stop({ endpoint: subscription.endpoint, auth: subscription.keys.auth });
      assert.deepEqual(await store.list(), [], 'no code left: nothing watched');
    } finally {
      await app.close();
      await service.close();
    }
  });

  it('a desk application follows with the key for the webhooks alone (a Zalo bridge); a browser that stops does not end that', async () => {
    const service = await startPushService();
    const adapter = memoryAdapter(createDemoDataset());
    const d = [...adapter.dossiers.values()].find((x) => x.status === 4 && x.lookupKey)!;
    const hooks = await scriptedServer(() => ({ status: 204 }));
    const vapid = { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' };
    const dir = mkdtempSync(join(tmpdir(), 'motcua-watch-'));
    // A store file from before webhook-only watching: the column is added on opening.
    const old = new sqlite.Database(join(dir, 'watch.db'));
    old.exec(
      'CREATE TABLE watched (code TEXT PRIMARY KEY, status INTEGER, checked_at INTEGER NOT NULL DEFAULT 0, final_since INTEGER, subscriptions TEXT)',
    );
    old.run('INSERT INTO watched (code, status) VALUES (?, 4)', ['000.00.12.H42-200101-0001']);
    old.close();
    const app = await createGateway({
      adapter,
      follow: {
        vapid,
        store: sqliteWatchStore(join(dir, 'watch.db')),
        webhooks: [{ url: hooks.url, secret: 'desk-secret-0123456789' }],
        intervalSeconds: 3600,
        pushTargets: { dangerouslyAllowOrigins: [service.url] },
      },
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const noHooks = await createGateway({ adapter, follow: { vapid, store: memoryWatchStore(), intervalSeconds: 3600 } });
    try {
      const post = (base: string, body: unknown) =>
        fetch(`${base}/v1/follow`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal((await post(url, { code: d.code, key: d.lookupKey })).status, 201, 'no subscription: the webhooks alone');
      const refused = await noHooks.inject({ method: 'POST', url: '/v1/follow', payload: { code: d.code, key: d.lookupKey } });
      assert.equal(refused.statusCode, 400, 'nothing would be told');
      assert.equal((refused.json() as { error: { field: string } }).error.field, 'subscription');
      const subscription = service.subscription();
      assert.equal((await post(url, { code: d.code, key: d.lookupKey, subscription })).status, 201);
      await fetch(`${url}/v1/follow`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: subscription.endpoint, auth: subscription.keys.auth }),
      });
      await app.pollFollowed!();
      d.status = 6;
      await app.pollFollowed!();
      assert.deepEqual(
        hooks.requests.map((r) => (JSON.parse(r.body) as DossierChangeEvent).to),
        [6],
        'still watched for the webhooks',
      );
      assert.equal(service.received.length, 0, 'the browser that stopped is told nothing');
    } finally {
      await app.close();
      await noHooks.close();
      await service.close();
      await hooks.close();
    }
  });
});
