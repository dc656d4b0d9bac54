// Three gateway instances on one real Redis behind a round-robin proxy, as a province runs
// them: the dossier budget and the enumeration guard hold whichever instance answers, the
// JSON look-up and the no-JavaScript page share one budget; and when Redis dies the gateway
// keeps serving, says so in /healthz, and recovers by itself when Redis is back. Following:
// exactly one instance polls the backend at a time, and another takes over when it stops.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { adapterFromConfig, createGateway, GatewayConfigSchema, generateVapidKeys } from '@motcua/gateway';
import { Redis } from 'ioredis';
import { redisWatchStore } from '../../packages/gateway/src/follow/watch-stores.js';
import { startPushService } from '../helpers/push-service.js';
import { until } from '../helpers/until.js';
import type { FastifyInstance } from 'fastify';
import { startRedis, type RedisServer } from '../helpers/redis-server.js';
import { DVCQG_ENDPOINTS, startDvcqgSimulator } from '../simulators/dvcqg.js';
import { startIgateSimulator } from '../simulators/igate.js';

const data = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') });
const known = data.dossiers.filter((d) => d.lookupKey);

/** A round-robin load balancer on loopback; counts which instance answered each request. */
async function roundRobin(targets: string[]): Promise<{ url: string; served: number[]; server: Server }> {
  const served = targets.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next++ % targets.length;
    served[i]!++;
    const upstream = httpRequest(new URL(req.url ?? '/', targets[i]), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served, server };
}

describe('several gateway instances on one Redis', () => {
  let redis: RedisServer;
  let instances: FastifyInstance[] = [];
  let balancer: Awaited<ReturnType<typeof roundRobin>>;

  before(async () => {
    redis = await startRedis();
    instances = await Promise.all(
      [0, 1, 2].map(() =>
        createGateway({
          adapter: memoryAdapter(data),
          redis: redis.url,
          limits: { perMinute: 1000, dossierPerMinute: 6, failedLookups: 4 },
        }),
      ),
    );
    const urls = await Promise.all(instances.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
    balancer = await roundRobin(urls);
  });

  after(async () => {
    balancer?.server.close();
    await Promise.all(instances.map((app) => app.close()));
    await redis?.stop();
  });

  it('hold one dossier budget per client across instances and across the JSON look-up and the no-JavaScript page', async () => {
    const before = [...balancer.served];
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${balancer.url}/v1/dossiers/${known[i]!.code}`)).status);
    for (let i = 4; i < 7; i++) statuses.push((await fetch(`${balancer.url}/lookup?code=${known[i]!.code}`)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 429], 'six look-ups a minute, counted together');
    assert.ok(
      balancer.served.every((n, i) => n - before[i]! >= 2),
      'every instance answered some of them',
    );
    const refused = await fetch(`${balancer.url}/v1/dossiers/${known[0]!.code}`);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await fetch(`${balancer.url}/v1/sectors`)).status, 200, 'the catalogue is another budget');
  });

  it('refuse the guess after the allowed failed ones, whichever instance answers', async () => {
    // Another client: the gateway knows clients by address, so this one comes through a proxy it trusts.
    const trusting = await Promise.all(
      [0, 1, 2].map(() =>
        createGateway({
          adapter: memoryAdapter(data),
          redis: redis.url,
          trustProxy: true,
          limits: { perMinute: 1000, dossierPerMinute: 1000, failedLookups: 4 },
        }),
      ),
    );
    const lb = await roundRobin(await Promise.all(trusting.map((app) => app.listen({ port: 0, host: '127.0.0.1' }))));
    try {
      const guess = (n: number) =>
        fetch(`${lb.url}/v1/dossiers/000.00.12.H42-200101-${String(9000 + n)}`, { headers: { 'x-forwarded-for': '203.113.7.9' } });
      const statuses: number[] = [];
      for (let n = 0; n < 6; n++) statuses.push((await guess(n)).status);
      assert.deepEqual(statuses, [404, 404, 404, 404, 429, 429]);
      const real = await fetch(`${lb.url}/v1/dossiers/${known[0]!.code}`, { headers: { 'x-forwarded-for': '203.113.7.9' } });
      assert.equal(real.status, 429, 'blocked on every instance, even for a real code');
      const other = await fetch(`${lb.url}/v1/dossiers/${known[0]!.code}`, { headers: { 'x-forwarded-for': '203.113.7.10' } });
      assert.equal(other.status, 200, 'another client is not blocked');
    } finally {
      lb.server.close();
      await Promise.all(trusting.map((app) => app.close()));
    }
  });

  it('share one backend login, one catalogue fetch and the dossier answers (iGate and the national portal)', async () => {
    const igate = await startIgateSimulator({ dossiers: data.dossiers, procedures: data.procedures, agencies: data.agencies });
    const dvcqg = await startDvcqgSimulator({ dossiers: data.dossiers, procedures: data.procedures });
    const configs = [
      { type: 'igate', baseUrl: igate.url, tokenUrl: igate.tokenUrl, clientId: 'motcua-gateway', clientSecret: 'igate-secret' },
      { type: 'dvcqg', url: dvcqg.url, endpoints: DVCQG_ENDPOINTS, username: 'hatinh.motcua', password: 'dvcqg-secret', dstcode: 'H42' },
    ];
    const lbs: Array<Awaited<ReturnType<typeof roundRobin>>> = [];
    const apps: FastifyInstance[] = [];
    try {
      for (const adapter of configs) {
        // Each instance builds its own adapter from the same config, as separate processes do.
        const three = await Promise.all(
          [0, 1, 2].map(() =>
            createGateway({
              adapter: adapterFromConfig(GatewayConfigSchema.parse({ adapter }).adapter),
              redis: redis.url,
              limits: { perMinute: 1000, dossierPerMinute: 1000 },
            }),
          ),
        );
        apps.push(...three);
        lbs.push(await roundRobin(await Promise.all(three.map((app) => app.listen({ port: 0, host: '127.0.0.1' })))));
      }
      const d = data.dossiers.find((x) => x.status === 4 && x.applicant?.idNumber)!;
      for (const lb of lbs) {
        // At once on all three instances: the catalogue, then the same dossier three times.
        const searches = await Promise.all([0, 1, 2].map(() => fetch(`${lb.url}/v1/procedures?q=khai%20sinh`)));
        assert.deepEqual(
          searches.map((r) => r.status),
          [200, 200, 200],
        );
        // A citizen looks, then the family looks too, on whichever instance.
        // (The ID number in the body: never in an address.)
        const keyed = () =>
          fetch(`${lb.url}/v1/dossiers/${d.code}`, { method: 'POST', body: new URLSearchParams({ key: d.applicant!.idNumber! }) });
        assert.equal((await keyed()).status, 200);
        const lookups = await Promise.all([0, 1, 2].map(keyed));
        assert.deepEqual(
          lookups.map((r) => r.status),
          [200, 200, 200],
        );
        for (let i = 0; i < 3; i++) assert.equal((await fetch(`${lb.url}/v1/dossiers/${d.code}`)).status, 200);
        assert.ok(
          lb.served.every((n) => n >= 3),
          'every instance answered',
        );
      }
      assert.equal(igate.tokens(), 1, 'one iGate token for the three instances');
      assert.equal(igate.requests.filter((r) => r.path === '/bd/procedure/--can-apply').length, 1, 'the iGate catalogue fetched once');
      assert.equal(igate.requests.filter((r) => r.path === '/pa/dossier/search').length, 1, 'the dossier asked of iGate once');
      assert.equal(dvcqg.logins(), 1, 'one national-portal login for the three instances');
      assert.equal(dvcqg.services().filter((s) => s === 'LayDanhSachTTHC').length, 1, 'the national catalogue fetched once');
      // A session the portal refuses is replaced once, for all.
      dvcqg.expireSessions();
      for (let i = 0; i < 3; i++)
        assert.equal((await fetch(`${lbs[1]!.url}/v1/dossiers/${data.dossiers.filter((x) => x.status === 9)[i]!.code}`)).status, 200);
      assert.ok(dvcqg.logins() <= 3, `a refused session is replaced, not once per request (${dvcqg.logins()} logins)`);
    } finally {
      for (const lb of lbs) lb.server.close();
      await Promise.all(apps.map((app) => app.close()));
      await igate.close();
      await dvcqg.close();
    }
  });

  it('keep serving when Redis dies, say so in /healthz, and recover when it is back', async () => {
    const health = async () =>
      (await (await fetch(`${balancer.url}/healthz`)).json()) as { status: string; state: { kind: string; ok: boolean; error?: string } };
    assert.deepEqual((await health()).state, { kind: 'redis', ok: true });
    await redis.kill();
    const started = Date.now();
    const answers = await Promise.all([0, 1, 2].map(() => fetch(`${balancer.url}/v1/sectors`)));
    assert.deepEqual(
      answers.map((r) => r.status),
      [200, 200, 200],
    );
    assert.ok(Date.now() - started < 2000, 'no request waits on the dead Redis');
    // Every instance notices (a command fails or the connection closes).
    for (let i = 0; i < 3; i++) {
      const h = await health();
      assert.equal(h.status, 'degraded');
      assert.equal(h.state.ok, false);
      assert.match(h.state.error ?? '', /Redis/);
    }
    await redis.restart();
    const deadline = Date.now() + 10_000;
    let healthy = 0;
    while (healthy < 3 && Date.now() < deadline) {
      healthy = (await health()).status === 'ok' ? healthy + 1 : 0;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(healthy, 3, 'all three instances are back on Redis');
  });
});

describe('several gateway instances following dossiers on one Redis', () => {
  it('exactly one polls at a time: a change is pushed once; when the poller stops, another takes over', async () => {
    const redis = await startRedis();
    const push = await startPushService();
    const followData = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') });
    const shared = memoryAdapter(followData);
    // Each instance's watcher rounds (a look-up without a key), counted per instance and over time.
    const rounds: Array<{ instance: number; at: number }> = [];
    const counted = (instance: number) => ({
      ...shared,
      lookupDossier: (code: string, options: { key?: string }) => {
        if (!options.key) rounds.push({ instance, at: Date.now() });
        return shared.lookupDossier(code, options);
      },
    });
    const vapid = { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' };
    const connections = [0, 1, 2].map(() => new Redis(redis.url));
    const apps = await Promise.all(
      [0, 1, 2].map((i) =>
        createGateway({
          adapter: counted(i),
          redis: redis.url,
          follow: {
            vapid,
            store: redisWatchStore(connections[i]!),
            intervalSeconds: 1,
            pushTargets: { dangerouslyAllowOrigins: [push.url] },
          },
        }),
      ),
    );
    const open = new Set(apps);
    try {
      const urls = await Promise.all(apps.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
      const d = [...shared.dossiers.values()].find((x) => x.status === 4 && x.lookupKey)!;
      const subscription = push.subscription();
      const followed = await fetch(`${urls[2]}/v1/follow`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: d.code, key: d.lookupKey, subscription }),
      });
      assert.equal(followed.status, 201);
      const pushed = (status: number) => push.received.filter((m) => (m.payload as { status: number }).status === status).length;
      // (Two: the first round has then finished learning the status.)
      await until('the first rounds', () => rounds.length >= 2);
      d.status = 5;
      await until('the change pushed', () => pushed(5) > 0);
      // Rounds go on; every one so far came from one instance, and the change was pushed once.
      await until('more rounds', () => rounds.length >= 4);
      // One at a time: the pollers in turn, never back to one that another took over from (on a
      // busy machine a lease may run out and pass on; each change is still pushed once).
      const turns = rounds.map((r) => r.instance).filter((instance, i, all) => i === 0 || all[i - 1] !== instance);
      assert.equal(new Set(turns).size, turns.length, `pollers in turn: ${turns.join(' → ')}`);
      const poller = turns.at(-1)!;
      assert.equal(pushed(5), 1);

      // The poller stops: after its lease runs out, one other instance polls, and the next change is pushed once.
      await apps[poller]!.close();
      open.delete(apps[poller]!);
      const stoppedAt = Date.now();
      d.status = 4;
      await until('the next change pushed', () => pushed(4) > 0);
      await until('more rounds after the takeover', () => rounds.filter((r) => r.at > stoppedAt).length >= 4);
      const after = rounds.filter((r) => r.at > stoppedAt);
      assert.equal(new Set(after.map((r) => r.instance)).size, 1, 'one instance took over');
      assert.notEqual(after[0]!.instance, poller);
      assert.equal(pushed(4), 1);
    } finally {
      await Promise.all([...open].map((app) => app.close()));
      connections.forEach((c) => c.disconnect());
      await push.close();
      await redis.stop();
    }
  });
});
