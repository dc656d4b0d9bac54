// A push subscription's endpoint comes from a stranger's browser: the gateway must never be
// made to POST into the city's own network. A loopback listener stands for that network and
// must receive nothing, whatever the endpoint's spelling, and whatever DNS says later.
import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import type { FastifyInstance } from 'fastify';
import { scriptedServer, type ScriptedServer } from '../../../../test/helpers/http-server.js';
import { createGateway } from '../app.js';
import { createPushSender, generateVapidKeys } from './push.js';
import { checkPushTarget, isPublicAddress, type PushTargetPolicy } from './push-targets.js';
import { memoryWatchStore } from './store.js';

const vapid = { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' };
/** Keys a browser would make: valid, so that only the endpoint is in question. */
function keys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

let listener: ScriptedServer | undefined;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  await listener?.close();
  app = listener = undefined;
});

describe('push targets: only push services, only public addresses', () => {
  it('classifies addresses: public unicast only', () => {
    for (const a of ['8.8.8.8', '142.250.66.74', '2404:6800:4005:80a::200a', '2001:4860:4860::8888'])
      assert.equal(isPublicAddress(a), true, a);
    for (const a of [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.1',
      '192.0.2.1',
      '198.18.0.1',
      '240.0.0.1',
      '::1',
      '::',
      '::ffff:127.0.0.1',
      '::ffff:8.8.8.8',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '2001::1',
      '2001:db8::1',
      '::2',
      '100::1',
      'not-an-address',
    ]) {
      assert.equal(isPublicAddress(a), false, a);
    }
  });

  it('refuses every spelling of an inner address, plain http, other ports and hosts that are not push services', async () => {
    const resolve = async () => [{ address: '142.250.66.74', family: 4 as const }];
    const refused = [
      'http://fcm.googleapis.com/fcm/send/x', // not https
      'https://fcm.googleapis.com:8443/fcm/send/x',
      'https://user:pw@fcm.googleapis.com/fcm/send/x',
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://0.0.0.0/x',
      'https://2130706433/x',
      'https://0x7f.0.0.1/x',
      'https://127.1/x',
      'https://169.254.169.254/latest/meta-data/',
      'https://metadata.google.internal/x',
      'https://evil.example/fcm.googleapis.com',
      'https://fcm.googleapis.com.evil.example/x',
      'https://notify.windows.com/x',
      'ftp://fcm.googleapis.com/x',
      'not a url',
    ];
    for (const endpoint of refused) assert.equal((await checkPushTarget(endpoint, { resolve })).ok, false, endpoint);
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc',
      'https://updates.push.services.mozilla.com/wpush/v2/abc',
      'https://wns2-sg2p.notify.windows.com/w/?token=abc',
      'https://web.push.apple.com/abc',
    ]) {
      assert.equal((await checkPushTarget(endpoint, { resolve })).ok, true, endpoint);
    }
  });

  it('refuses a push host that resolves to an inner address (any of its addresses), and one added by the operator that does', async () => {
    const to =
      (...addresses: string[]) =>
      async () =>
        addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
    assert.equal((await checkPushTarget('https://fcm.googleapis.com/fcm/send/x', { resolve: to('142.250.66.74', '10.0.0.7') })).ok, false);
    assert.equal((await checkPushTarget('https://fcm.googleapis.com/fcm/send/x', { resolve: to('::ffff:127.0.0.1') })).ok, false);
    // The real resolver: localhost is loopback, whatever the operator's list says.
    const local = await checkPushTarget('https://localhost/push', { hosts: ['localhost'] });
    assert.equal(local.ok, false);
    assert.match(local.ok ? '' : local.reason, /not a public address/);
  });
});

describe('push targets through the gateway', () => {
  /** A gateway following over the demo data, its logs kept; `policy` as a test would set it. */
  async function gateway(policy?: PushTargetPolicy) {
    const adapter = memoryAdapter(createDemoDataset());
    const d = [...adapter.dossiers.values()].find((x) => x.status === 4 && x.lookupKey)!;
    const store = memoryWatchStore();
    const logs: string[] = [];
    const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
    app = await createGateway({
      adapter,
      logger: { level: 'warn', stream },
      limits: { failedLookups: 1000 },
      follow: { vapid, store, intervalSeconds: 3600, ...(policy ? { pushTargets: policy } : {}) },
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const follow = (endpoint: string) =>
      fetch(`${url}/v1/follow`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: d.code, key: d.lookupKey, subscription: { endpoint, keys: keys() } }),
      });
    return { adapter, d, store, logs, follow };
  }

  it('POST /v1/follow refuses an endpoint at an inner address in any spelling (400 naming the field); after a status change the listener has received nothing', async () => {
    listener = await scriptedServer(() => ({ status: 201 }));
    const port = new URL(listener.url).port;
    const { d, follow, store } = await gateway({ hosts: ['localhost'] });
    const endpoints = [
      `${listener.url}/push/a?x=1`,
      `http://[::1]:${port}/push`,
      `http://[::ffff:127.0.0.1]:${port}/push`,
      `http://0.0.0.0:${port}/push`,
      `http://2130706433:${port}/push`,
      `http://0x7f.0.0.1:${port}/push`,
      `http://127.1:${port}/push`,
      `http://localhost:${port}/push`,
      `https://localhost/push`, // a listed host that resolves to loopback
      'http://169.254.169.254/latest/meta-data/',
    ];
    for (const endpoint of endpoints) {
      const res = await follow(endpoint);
      assert.equal(res.status, 400, endpoint);
      const body = (await res.json()) as { error: { kind: string; field: string; message: string } };
      assert.equal(body.error.field, 'subscription.endpoint', endpoint);
      assert.match(body.error.message, /không hợp lệ/);
    }
    assert.deepEqual(await store.subscriptions(d.code), [], 'nothing stored');
    await app!.pollFollowed!();
    d.status = 9;
    await app!.pollFollowed!();
    assert.equal(listener.requests.length, 0, 'the inner network was never reached');
  });

  it('checks again before each push: a subscription whose endpoint is inner now (stored before, or DNS changed) is not pushed to, and the log names the push host', async () => {
    listener = await scriptedServer(() => ({ status: 201 }));
    const { d, store, logs } = await gateway();
    await store.subscribe(d.code, { endpoint: `${listener.url}/push/old`, keys: keys() }, { perDossier: 20, perEndpoint: 20 });
    await app!.pollFollowed!();
    d.status = 9;
    await app!.pollFollowed!();
    assert.equal(listener.requests.length, 0);
    const line = logs
      .map((l) => JSON.parse(l) as { msg: string; pushHost?: string; result?: string })
      .find((l) => l.msg === 'push not delivered');
    assert.equal(line?.pushHost, new URL(listener.url).host);
    assert.equal(line?.result, 'refused');
  });

  it('connects to the address it checked: DNS is asked once per push and its answer is what the connection uses', async () => {
    listener = await scriptedServer(() => ({ status: 201 }));
    const port = new URL(listener.url).port;
    // "push.test" is known to no resolver but this one: the push can reach the listener only
    // through the checked answer. A second look-up (a rebinding attacker's chance) would answer elsewhere.
    let lookups = 0;
    const resolve = async () =>
      ++lookups === 1 ? [{ address: '127.0.0.1', family: 4 as const }] : [{ address: '127.0.0.2', family: 4 as const }];
    const sender = createPushSender(vapid, { targets: { dangerouslyAllowOrigins: [`http://push.test:${port}`], resolve } });
    const sent = await sender.send(
      { endpoint: `http://push.test:${port}/push/x`, keys: keys() },
      { code: 'X', title: 't', body: 'b', url: '/' },
    );
    assert.deepEqual(sent, { result: 'sent' });
    assert.equal(lookups, 1, 'one look-up: the connection did not ask again');
    assert.equal(listener.requests.length, 1);
    assert.equal(listener.requests[0]!.headers.host, `push.test:${port}`, 'the request still names the push host');
  });
});
