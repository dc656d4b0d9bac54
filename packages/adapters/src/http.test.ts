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
    assert.deepEqual(await http.json(`${url}/a?x=1`, 'a', { method: 'POST', json: { q: 'khai sinh' }, searchParams: { y: 'đ' } }), { ok: 1 });
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

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    assert.equal(retryAfterSeconds('7', now), 7);
    assert.equal(retryAfterSeconds('Mon, 23 Nov 2026 08:00:30 GMT', now), 30);
    assert.equal(retryAfterSeconds('soon', now), undefined);
    assert.equal(retryAfterSeconds(null, now), undefined);
  });
});
