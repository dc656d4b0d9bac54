// The REST adapter against a scripted server: retries, Retry-After, timeouts, garbage, abort.
// (Against the real gateway: test/node/rest-over-gateway.test.ts.)
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { MotcuaError } from '@motcua/core';
import { createClient } from '@motcua/core';
import { DossierSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer } from '../../../../test/helpers/http-server.js';
import { restAdapter } from './rest-adapter.js';

const CODE = '000.00.12.H42-241105-0003';
const DOSSIER = {
  code: CODE,
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  receivedAt: '2024-11-05T08:30:00+07:00',
  status: 4,
};
let server: ScriptedServer | undefined;
afterEach(() => server?.close());

async function against(answers: ScriptedAnswer[], options: Partial<Parameters<typeof restAdapter>[0]> = {}) {
  let i = 0;
  server = await scriptedServer(() => answers[Math.min(i++, answers.length - 1)]!);
  return createClient({ adapter: restAdapter({ endpoint: `${server.url}/api`, timeoutMs: 500, ...options }) });
}

describe('restAdapter', () => {
  it('calls the API under the endpoint path, with the key and filters', async () => {
    const client = await against([{ body: { dossier: DOSSIER } }, { body: { items: [], total: 0 } }]);
    assert.deepEqual(await client.dossiers.lookup(CODE, { key: 'AB12' }), DOSSIER);
    await client.procedures.search('khai sinh', { level: 'commune', onlineService: 'full', limit: 5 });
    assert.equal(server!.requests[0]!.path, `/api/v1/dossiers/${CODE}`);
    assert.equal(server!.requests[0]!.query.get('key'), 'AB12');
    assert.equal(server!.requests[1]!.query.toString(), 'q=khai+sinh&level=commune&online=full&limit=5');
  });

  it('keeps the gateway’s error kind and citizen message', async () => {
    const messages = { vi: 'Mã tra cứu không đúng.', en: 'Wrong key.' };
    const client = await against([{ status: 403, body: { error: { kind: 'key-required', message: messages.vi, messages } } }]);
    await assert.rejects(
      client.dossiers.lookup(CODE, { key: 'XXXX' }),
      (e: MotcuaError) => e.kind === 'key-required' && e.message === messages.vi && e.status === 403,
    );
  });

  it('retries 503 with backoff, then succeeds', async () => {
    const client = await against([
      { status: 503, body: 'busy' },
      { status: 502, body: 'bad gateway' },
      { body: { sectors: [{ code: 'HT', name: 'Hộ tịch' }] } },
    ]);
    assert.deepEqual(await client.sectors.list(), [{ code: 'HT', name: 'Hộ tịch' }]);
    assert.equal(server!.requests.length, 3);
  });

  it('honours a short Retry-After, but returns a long one as rate-limited at once', async () => {
    const short = await against([{ status: 429, headers: { 'retry-after': '1' }, body: {} }, { body: { agencies: [] } }]);
    const t0 = Date.now();
    assert.deepEqual(await short.agencies.list(), []);
    assert.ok(Date.now() - t0 >= 900, 'waited for Retry-After');
    await server!.close();
    const long = await against([
      { status: 429, headers: { 'retry-after': '120' }, body: { error: { kind: 'rate-limited', messages: { vi: 'Chờ', en: 'Wait' } } } },
    ]);
    const t1 = Date.now();
    await assert.rejects(long.dossiers.lookup(CODE), (e: MotcuaError) => e.kind === 'rate-limited' && e.retryAfter === 120);
    assert.ok(Date.now() - t1 < 1000, 'did not wait two minutes');
    assert.equal(server!.requests.length, 1);
  });

  it('gives up after bounded retries: timeouts, resets, 500s', async () => {
    const slow = await against([{ delayMs: 2000, body: {} }], { retries: 1 });
    await assert.rejects(slow.sectors.list(), { kind: 'timeout' });
    await server!.close();
    const reset = await against([{ destroy: true }], { retries: 1 });
    await assert.rejects(reset.sectors.list(), { kind: 'network' });
    assert.equal(server!.requests.length, 2);
    await server!.close();
    const broken = await against([{ status: 500, body: 'oops' }], { retries: 2 });
    await assert.rejects(broken.sectors.list(), { kind: 'server', status: 500 });
    assert.equal(server!.requests.length, 3);
  });

  it('turns garbage into bad-response', async () => {
    const html = await against([{ body: '<html>proxy error</html>' }]);
    await assert.rejects(html.sectors.list(), { kind: 'bad-response' });
    await server!.close();
    const wrong = await against([{ body: { dossier: { ...DOSSIER, status: 42 } } }]);
    await assert.rejects(wrong.dossiers.lookup(CODE), { kind: 'bad-response', field: 'status' });
    await server!.close();
    const empty = await against([{ body: { something: 1 } }]);
    await assert.rejects(empty.procedures.get('1.001193'), { kind: 'bad-response', field: 'procedure' });
  });

  it('aborts', async () => {
    const client = await against([{ delayMs: 300, body: { sectors: [] } }]);
    const controller = new AbortController();
    const pending = client.sectors.list({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('says what to do when misconfigured', () => {
    assert.throws(() => restAdapter({} as never), /endpoint is required/);
  });

  it('turns any mutated gateway answer into a valid dossier or a typed bad-response error (property)', async () => {
    let answer: unknown;
    server = await scriptedServer(() => ({ body: answer }));
    // The REST adapter passes the gateway's model through; the client validates it, as it does every adapter's answer.
    const client = createClient({ adapter: restAdapter({ endpoint: server.url, timeoutMs: 500 }) });
    const full = {
      dossier: {
        ...DOSSIER,
        steps: [{ name: 'Thẩm định', status: 'in-progress', dueAt: '2024-11-12T17:00:00+07:00' }],
        fees: [{ name: 'Lệ phí', amount: 8000, paid: false }],
      },
    };
    const { outcomes, check } = mappingCheck();
    await fc.assert(
      fc.asyncProperty(mutated(full, 12), async (body) => {
        answer = body;
        await check(() => client.dossiers.lookup(CODE), DossierSchema);
      }),
      { numRuns: 150 },
    );
    assert.ok(outcomes.mapped > 10 && outcomes.refused > 10, JSON.stringify(outcomes));
  });
});
