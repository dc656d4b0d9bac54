// The adapters' fetch helper against a scripted server: what the adapter tests do not reach.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { MotcuaError } from '@motcua/core';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer } from '../../../test/helpers/http-server.js';
import { createHttp, retryAfterSeconds } from './http.js';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

async function serve(answers: ScriptedAnswer[]) {
  let i = 0;
  server = await scriptedServer(() => answers[Math.min(i++, answers.length - 1)]!);
  return server.url;
}

describe('createHttp', () => {
  it('sends JSON and form bodies, and adds search parameters to a URL that has some', async () => {
    const url = await serve([{ body: { ok: 1 } }]);
    const http = createHttp({ timeoutMs: 500, retries: 0, headers: { 'accept-language': 'en' } });
    assert.deepEqual(await http.json(`${url}/a?x=1`, 'a', { method: 'POST', json: { q: 'khai sinh' }, searchParams: { y: 'đ' } }), {
      ok: 1,
    });
    await http.json(`${url}/b`, 'b', { method: 'POST', form: new URLSearchParams({ grant_type: 'client_credentials' }) });
    const [a, b] = server!.requests;
    assert.equal(a!.query.toString(), 'x=1&y=%C4%91');
    assert.equal(a!.headers['content-type'], 'application/json');
    assert.equal(a!.headers['accept-language'], 'en');
    assert.deepEqual(JSON.parse(a!.body), { q: 'khai sinh' });
    assert.match(String(b!.headers['content-type']), /x-www-form-urlencoded/);
    assert.equal(b!.body, 'grant_type=client_credentials');
  });

  it('does not try a timed-out request again (a slow network would wait three times over)', async () => {
    const url = await serve([{ delayMs: 400, body: {} }]);
    const http = createHttp({ timeoutMs: 100, retries: 2 });
    await assert.rejects(http.json(url, 'slow'), (e: MotcuaError) => e.kind === 'timeout' && /100 ms/.test(e.detail));
    assert.equal(server!.requests.length, 1);
  });

  it('does not retry a client error, and reads the status', async () => {
    const url = await serve([{ status: 404, body: {} }]);
    await assert.rejects(createHttp({ timeoutMs: 500, retries: 2 }).json(url, 'x'), { kind: 'not-found', status: 404 });
    assert.equal(server!.requests.length, 1);
  });

  it('stops waiting for Retry-After as soon as the caller aborts', async () => {
    const url = await serve([{ status: 503, headers: { 'retry-after': '3' }, body: {} }]);
    const controller = new AbortController();
    const t0 = Date.now();
    const pending = createHttp({ timeoutMs: 500, retries: 2 }).json(url, 'x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await assert.rejects(pending, { name: 'AbortError' });
    assert.ok(Date.now() - t0 < 1000, 'did not wait out the 3 s');
    assert.equal(server!.requests.length, 1);
  });

  it('tries a failed connection and a 503 again, honouring a short Retry-After', async () => {
    const url = await serve([{ status: 503, headers: { 'retry-after': '1' }, body: {} }, { status: 502, body: {} }, { body: { ok: 2 } }]);
    const t0 = Date.now();
    assert.deepEqual(await createHttp({ timeoutMs: 500, retries: 2, maxRetryAfterSeconds: 5 }).json(url, 'x'), { ok: 2 });
    assert.ok(Date.now() - t0 >= 1000, 'waited the second asked for');
    assert.equal(server!.requests.length, 3);
    const closed = server!.url;
    await server!.close();
    server = undefined;
    await assert.rejects(
      createHttp({ timeoutMs: 500, retries: 1 }).json(closed, 'gone'),
      (e: MotcuaError) => e.kind === 'network' && /gone/.test(e.detail),
    );
  });

  it('answers a long Retry-After at once as rate-limited, with the wait', async () => {
    const url = await serve([{ status: 429, headers: { 'retry-after': '120' }, body: {} }]);
    await assert.rejects(createHttp({ timeoutMs: 500, retries: 2, maxRetryAfterSeconds: 5 }).json(url, 'x'), {
      kind: 'rate-limited',
      retryAfter: 120,
    });
    assert.equal(server!.requests.length, 1);
  });

  it('sends the bearer token and, refused with 401, drops it and tries once with a new one', async () => {
    const url = await serve([{ status: 401, body: {} }, { body: { ok: 3 } }]);
    let n = 0;
    let dropped = 0;
    const http = createHttp({ timeoutMs: 500, retries: 2, bearer: { get: async () => `T${++n}`, drop: () => void dropped++ } });
    assert.deepEqual(await http.json(url, 'x'), { ok: 3 });
    assert.deepEqual(
      server!.requests.map((r) => r.headers.authorization),
      ['Bearer T1', 'Bearer T2'],
    );
    assert.equal(dropped, 1);
    await server!.close();
    const always = await serve([{ status: 401, body: {} }]);
    await assert.rejects(http.json(always, 'x'), { kind: 'unauthorized', status: 401 });
    assert.equal(server!.requests.length, 2, 'one new token, not a loop');
  });

  it('names the place but not the query of a failed request, and the start of the answer', async () => {
    const url = await serve([{ status: 500, body: 'Lỗi hệ thống' }]);
    await assert.rejects(
      createHttp({ timeoutMs: 500, retries: 0 }).json(`${url}/pa/dossier/search`, 'igate', { searchParams: { key: 'SECRET' } }),
      (e: MotcuaError) => {
        assert.equal(e.kind, 'server');
        assert.match(e.detail, /HTTP 500 from GET http:\/\/127\.0\.0\.1:\d+\/pa\/dossier\/search — Lỗi hệ thống/);
        assert.doesNotMatch(e.detail, /SECRET/);
        return true;
      },
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    assert.equal(retryAfterSeconds('7', now), 7);
    assert.equal(retryAfterSeconds('Mon, 23 Nov 2026 08:00:30 GMT', now), 30);
    assert.equal(retryAfterSeconds('soon', now), undefined);
    assert.equal(retryAfterSeconds(null, now), undefined);
  });
});
