// Limits against a real attacker: one home's IPv6 /64 is one client, a guess of one dossier's
// key spread over any number of networks pauses that dossier's keyed look-ups, and a Redis
// outage does not reset what was counted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { Redis } from 'ioredis';
import { createDemoDataset } from '@motcua/adapters/demo';
import { startPushService } from '../../../test/helpers/push-service.js';
import { freePort, startRedis } from '../../../test/helpers/redis-server.js';
import { logLines } from '../../../test/helpers/log-lines.js';
import { until } from '../../../test/helpers/until.js';
import { createGateway, type GatewayOptions } from './app.js';
import { generateVapidKeys } from './follow/push.js';
import { memoryWatchStore } from './follow/store.js';
import { clientKey } from './networks.js';

const data = createDemoDataset();
const withKey = data.dossiers.filter((d) => d.lookupKey && d.status === 4);

async function start(options: Partial<GatewayOptions> = {}) {
  const { lines: logs, stream } = logLines();
  const app = await createGateway({
    adapter: memoryAdapter(data),
    trustProxy: true,
    logger: { level: 'warn', stream },
    ...options,
    limits: { dossierPerMinute: 1000, perMinute: 10_000, ...options.limits },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const lookup = (code: string, from: string, key?: string) =>
    fetch(`${url}/v1/dossiers/${encodeURIComponent(code)}${key === undefined ? '' : `?key=${encodeURIComponent(key)}`}`, {
      headers: { 'x-forwarded-for': from },
    });
  return { app, url, logs, lookup };
}

/** Unknown codes: each a failed look-up, none a wrong key for a real dossier. */
const unknown = (n: number) => `000.00.12.H42-200101-${String(9000 + n)}`;

describe('clients are networks', () => {
  it('an IPv6 address counts as its /64, an IPv4 one as itself (mapped or not); both configurable', () => {
    const p = { ipv4Prefix: 32, ipv6Prefix: 64 };
    assert.equal(clientKey('2402:800:6311:1a2b::1', p), clientKey('2402:800:6311:1a2b:ffff:1234:5678:9abc', p));
    assert.notEqual(clientKey('2402:800:6311:1a2b::1', p), clientKey('2402:800:6311:1a2c::1', p));
    assert.equal(clientKey('::ffff:203.113.7.9', p), clientKey('203.113.7.9', p));
    assert.notEqual(clientKey('203.113.7.9', p), clientKey('203.113.7.10', p));
    assert.equal(clientKey('203.113.7.9', { ...p, ipv4Prefix: 24 }), clientKey('203.113.7.200', { ...p, ipv4Prefix: 24 }));
    assert.equal(
      clientKey('2402:800:6311:1a2b::1', { ...p, ipv6Prefix: 48 }),
      clientKey('2402:800:6311:ffff::1', { ...p, ipv6Prefix: 48 }),
    );
  });

  it('forty failed look-ups from forty addresses of one /64 are refused after the allowed ten; another /64 is not', async () => {
    const gw = await start();
    try {
      const statuses: number[] = [];
      for (let n = 1; n <= 40; n++) statuses.push((await gw.lookup(unknown(n), `2402:800:6311:1a2b::${n.toString(16)}`)).status);
      assert.deepEqual(statuses, [...Array(10).fill(404), ...Array(30).fill(429)]);
      assert.equal((await gw.lookup(withKey[0]!.code, '2402:800:6311:1a2b:aaaa::1')).status, 429, 'the whole /64, even for a real code');
      assert.equal((await gw.lookup(withKey[0]!.code, '2402:800:6311:1a2c::1')).status, 200, 'the next /64 is another home');
      assert.ok(gw.logs.some((l) => l.msg === 'dossier enumeration suspected: client blocked'));
    } finally {
      await gw.app.close();
    }
  });
});

describe('a failure made again is no new guess', () => {
  it("a misprinted receipt's link opened again and again (words, then the answer with its key) counts once; new codes and new keys count", async () => {
    const gw = await start({ limits: { failedLookups: 3 } as GatewayOptions['limits'] });
    try {
      const from = '203.113.7.20';
      const summary = (code: string) =>
        fetch(`${gw.url}/v1/dossiers/${encodeURIComponent(code)}/summary`, { headers: { 'x-forwarded-for': from } });
      for (let visit = 0; visit < 8; visit++) {
        assert.equal((await summary(unknown(1))).status, 404, `visit ${visit}: the words`);
        assert.equal((await gw.lookup(unknown(1), from, 'AB12')).status, 404, `visit ${visit}: the answer`);
      }
      const d = withKey[0]!;
      for (let n = 0; n < 5; n++) assert.equal((await gw.lookup(d.code, from, 'ZZZZ')).status, 403, 'the same wrong key, again');
      // Two failures so far (one code, one key): the third new one reaches the limit, the next is refused.
      assert.equal((await gw.lookup(unknown(2), from)).status, 404);
      assert.equal((await gw.lookup(unknown(3), from)).status, 429);
      assert.ok(!JSON.stringify(gw.logs).includes('ZZZZ'), 'no key in the log');
    } finally {
      await gw.app.close();
    }
  });

  it('the same wrong key from many networks is one guess at the dossier: it is not paused', async () => {
    const d = withKey[1]!;
    const gw = await start({ limits: { wrongKeysPerDossier: 3 } as GatewayOptions['limits'] });
    try {
      for (let n = 1; n <= 6; n++) assert.equal((await gw.lookup(d.code, `198.51.100.${n}`, 'ZZZZ')).status, 403);
      assert.equal((await gw.lookup(d.code, '203.113.7.9', d.lookupKey)).status, 200, 'not paused');
    } finally {
      await gw.app.close();
    }
  });
});

describe('behind a proxy that appends to X-Forwarded-For', () => {
  it("with trustProxy set to the proxy's address, addresses the client writes itself change nothing: refused after ten", async () => {
    const gw = await start({ trustProxy: ['loopback'] });
    try {
      const statuses: number[] = [];
      // What nginx passes on: the client's own words, then the address it saw.
      for (let n = 1; n <= 20; n++) statuses.push((await gw.lookup(unknown(n), `203.0.${n}.7, garbage-${n}, 198.51.100.9`)).status);
      assert.deepEqual(statuses, [...Array(10).fill(404), ...Array(10).fill(429)]);
      assert.equal(
        (await gw.lookup(unknown(99), '203.0.1.7, 198.51.100.10')).status,
        404,
        'another address the proxy saw is another client',
      );
    } finally {
      await gw.app.close();
    }
  });
});

describe("a guess of one dossier's key from many networks", () => {
  it('pauses its keyed look-ups and follows for everyone after ten wrong keys, says so in the log and in words; its status is still shown; the right key works after the pause', async () => {
    const push = await startPushService();
    const d = withKey[0]!;
    const gw = await start({
      // A pause of 1.5 s for the test; the default is 15 minutes.
      limits: { wrongKeysPerDossier: 10, dossierPauseMinutes: 0.025 } as GatewayOptions['limits'],
      follow: {
        vapid: { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' },
        store: memoryWatchStore(),
        intervalSeconds: 3600,
        pushTargets: { dangerouslyAllowOrigins: [push.url] },
      },
    });
    try {
      // Forty guessers, each from a network of its own (a botnet): no per-client limit is reached.
      const statuses: number[] = [];
      for (let n = 1; n <= 40; n++)
        statuses.push((await gw.lookup(d.code, `2402:800:${n.toString(16)}::1`, `G${String(n).padStart(3, '0')}`)).status);
      assert.deepEqual(statuses, [...Array(10).fill(403), ...Array(30).fill(429)]);
      const right = await gw.lookup(d.code, '203.113.7.9', d.lookupKey);
      assert.equal(right.status, 429, 'the right key too, while paused: else the guess would go on');
      assert.ok(Number(right.headers.get('retry-after')) >= 1);
      assert.match(((await right.json()) as { error: { message: string } }).error.message, /tạm dừng xem chi tiết/);
      const follow = await fetch(`${gw.url}/v1/follow`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.113.7.9' },
        body: JSON.stringify({ code: d.code, key: d.lookupKey, subscription: push.subscription() }),
      });
      assert.equal(follow.status, 429, 'following is keyed too');
      const shown = await gw.lookup(d.code, '203.113.7.9');
      assert.equal(shown.status, 200, 'the status without the key');
      assert.equal(((await shown.json()) as { dossier: { restricted: boolean } }).dossier.restricted, true);
      assert.equal((await gw.lookup(withKey[1]!.code, '203.113.7.9', withKey[1]!.lookupKey)).status, 200, 'other dossiers are not paused');
      const said = gw.logs.filter((l) => l.msg === 'key guessing suspected: keyed look-ups of this dossier paused');
      assert.equal(said.length, 1);
      assert.equal(said[0]!.code, d.code);
      assert.ok(!JSON.stringify(gw.logs).includes(d.lookupKey!), 'no key in the log');
      await until('the pause to end', async () => (await gw.lookup(d.code, '203.113.7.9', d.lookupKey)).status === 200, 5000);
    } finally {
      await gw.app.close();
      await push.close();
    }
  });
});

describe('counts through a Redis outage', () => {
  it('failed look-ups counted in Redis carry on in memory while it is away, and Redis is told when it is back', async () => {
    const redis = await startRedis();
    const gw = await start({ redis: redis.url, limits: { failedLookups: 10 } });
    try {
      const from = '203.113.7.9';
      for (let n = 1; n <= 8; n++) assert.equal((await gw.lookup(unknown(n), from)).status, 404);
      await redis.kill();
      // Counting goes on from eight, not from zero.
      assert.deepEqual(
        [
          (await gw.lookup(unknown(9), from)).status,
          (await gw.lookup(unknown(10), from)).status,
          (await gw.lookup(unknown(11), from)).status,
        ],
        [404, 404, 429],
      );
      await redis.restart(); // empty: Redis kept nothing
      await until(
        'counting in Redis again',
        async () => ((await (await fetch(`${gw.url}/healthz`)).json()) as { state: { ok: boolean } }).state.ok,
        10_000,
      );
      assert.equal((await gw.lookup(unknown(12), from)).status, 429, 'still refused');
      // …and every instance sharing Redis knows it.
      const connection = new Redis(redis.url);
      const shared = Number(await connection.get(`motcua:failed:${clientKey(from, { ipv4Prefix: 32, ipv6Prefix: 64 })}`));
      connection.disconnect();
      assert.ok(shared >= 10, `Redis holds ${shared}`);
    } finally {
      await gw.app.close();
      await redis.stop();
    }
  });
});

describe('started while Redis does not answer', () => {
  it('says so once in the log, answers, and counts per instance meanwhile', async () => {
    const { lines, stream } = logLines();
    const port = await freePort();
    const app = await createGateway({
      adapter: memoryAdapter(createDemoDataset()),
      redis: `redis://127.0.0.1:${port}/0`,
      logger: { level: 'info', stream },
    });
    try {
      const warned = lines.filter((l) => l.msg.startsWith('shared counters unavailable at start'));
      assert.equal(warned.length, 1, JSON.stringify(lines.map((l) => l.msg)));
      assert.match(String(warned[0]!.trouble), /Redis/);
      assert.equal((await app.inject({ url: '/v1/sectors' })).statusCode, 200);
    } finally {
      await app.close();
    }
  });
});
