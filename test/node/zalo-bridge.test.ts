// The worked Zalo OA bridge (examples/zalo-oa-bridge) between the gateway's signed webhooks and
// a loopback server that answers as Zalo's OA API does (its shape from public code; see the
// example): a change reaches the citizen's Zalo once, a forged event nothing, and a refused
// send is retried by the gateway.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, it } from 'node:test';
import { createWebhooks, type DossierChangeEvent } from '../../packages/gateway/src/follow/webhooks.js';
import { createBridge } from '../../examples/zalo-oa-bridge/bridge.js';
import { scriptedServer, type ScriptedServer } from '../helpers/http-server.js';

const CODE = '000.00.12.H42-261127-0001';
const event = (id: string): DossierChangeEvent => ({
  type: 'dossier.status-changed',
  id,
  code: CODE,
  from: 4,
  to: 9,
  statusText: 'Đã xử lý xong',
  at: '2026-11-29T09:00:00.000Z',
});

describe('the Zalo OA bridge example', () => {
  const closers: Array<() => unknown> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function start(zaloAnswer: () => { status?: number; body?: unknown }) {
    const zalo: ScriptedServer = await scriptedServer(() => zaloAnswer());
    const logged: string[] = [];
    const bridge = createBridge({
      secret: 'bí-mật-của-cầu-nối',
      accessToken: 'oa-token',
      recipients: (code) => (code === CODE ? '4242424242424242' : undefined),
      zaloApi: zalo.url,
      log: (l) => logged.push(l),
    }).listen(0, '127.0.0.1');
    await once(bridge, 'listening');
    closers.push(
      () => zalo.close(),
      () => new Promise((r) => bridge.close(r)),
    );
    const url = `http://127.0.0.1:${(bridge.address() as AddressInfo).port}/motcua`;
    return { zalo, url, logged };
  }

  it('sends the citizen the status in words, once per event, and refuses a forged one', async () => {
    const { zalo, url } = await start(() => ({ body: { error: 0, message: 'Success' } }));
    const hooks = createWebhooks({ targets: [{ url, secret: 'bí-mật-của-cầu-nối' }], backoffMs: 1 });
    assert.deepEqual(await hooks.send(event('e1')), { delivered: 1, failed: 0 });
    assert.deepEqual(await hooks.send(event('e1')), { delivered: 1, failed: 0 }, 'a repeat is acknowledged');
    assert.equal(zalo.requests.length, 1, 'and not sent twice');
    const [sent] = zalo.requests;
    assert.equal(sent!.path, '/v3.0/oa/message/cs');
    assert.equal(sent!.headers['access_token'], 'oa-token');
    assert.deepEqual(JSON.parse(sent!.body), {
      recipient: { user_id: '4242424242424242' },
      message: { text: `Hồ sơ ${CODE}: Đã xử lý xong.` },
    });
    const forged = createWebhooks({ targets: [{ url, secret: 'not-the-secret-at-all' }], backoffMs: 1, attempts: 1 });
    assert.deepEqual(await forged.send(event('e2')), { delivered: 0, failed: 1 });
    assert.equal(zalo.requests.length, 1);
    const unknown = await hooks.send({ ...event('e3'), code: '000.00.12.H42-200101-0001' });
    assert.deepEqual(unknown, { delivered: 1, failed: 0 }, 'nobody to tell: done');
    assert.equal(zalo.requests.length, 1);
  });

  it('answers 502 when Zalo refuses, so the gateway retries; the retry goes through', async () => {
    let n = 0;
    const { zalo, url, logged } = await start(() =>
      ++n === 1 ? { body: { error: -216, message: 'Access token is invalid' } } : { body: { error: 0 } },
    );
    const hooks = createWebhooks({ targets: [{ url, secret: 'bí-mật-của-cầu-nối' }], backoffMs: 1, attempts: 3 });
    assert.deepEqual(await hooks.send(event('e4')), { delivered: 1, failed: 0 });
    assert.equal(zalo.requests.length, 2);
    assert.match(logged[0]!, /zalo refused e4: HTTP 200 error -216 Access token is invalid/);
  });
});
