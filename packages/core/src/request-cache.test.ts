import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RequestCache } from './request-cache.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('RequestCache', () => {
  it('coalesces concurrent identical calls', async () => {
    const cache = new RequestCache({ ttlMs: 1000, maxEntries: 10 });
    let calls = 0;
    const d = deferred<string>();
    const load = () => {
      calls++;
      return d.promise;
    };
    const a = cache.run('k', load, { cache: false });
    const b = cache.run('k', load, { cache: false });
    d.resolve('v');
    assert.deepEqual(await Promise.all([a, b]), ['v', 'v']);
    assert.equal(calls, 1);
    // Not cached: a later call loads again.
    await cache.run('k', async () => (calls++, 'w'), { cache: false });
    assert.equal(calls, 2);
  });

  it('caches for the TTL and evicts the oldest past the limit', async () => {
    let now = 0;
    const cache = new RequestCache({ ttlMs: 100, maxEntries: 2, now: () => now });
    let calls = 0;
    const load = async () => ++calls;
    assert.equal(await cache.run('a', load, { cache: true }), 1);
    assert.equal(await cache.run('a', load, { cache: true }), 1);
    now = 150;
    assert.equal(await cache.run('a', load, { cache: true }), 2);
    await cache.run('b', load, { cache: true });
    await cache.run('c', load, { cache: true });
    assert.equal(await cache.run('a', load, { cache: true }), 5, 'a was evicted');
  });

  it('lets one caller abort without cancelling the others', async () => {
    const cache = new RequestCache({ ttlMs: 1000, maxEntries: 10 });
    const d = deferred<string>();
    let shared: AbortSignal | undefined;
    const load = (signal: AbortSignal) => ((shared = signal), d.promise);
    const mine = new AbortController();
    const a = cache.run('k', load, { cache: true, signal: mine.signal });
    const b = cache.run('k', load, { cache: true, signal: new AbortController().signal });
    mine.abort();
    await assert.rejects(a, { name: 'AbortError' });
    assert.equal(shared?.aborted, false);
    d.resolve('v');
    assert.equal(await b, 'v');
  });

  it('aborts the shared request when every caller has given up, and does not cache it', async () => {
    const cache = new RequestCache({ ttlMs: 1000, maxEntries: 10 });
    let shared: AbortSignal | undefined;
    const load = (signal: AbortSignal) =>
      new Promise<string>((_, reject) => {
        shared = signal;
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    const c1 = new AbortController();
    const c2 = new AbortController();
    const a = cache.run('k', load, { cache: true, signal: c1.signal });
    const b = cache.run('k', load, { cache: true, signal: c2.signal });
    c1.abort();
    c2.abort();
    await assert.rejects(a);
    await assert.rejects(b);
    assert.equal(shared?.aborted, true);
    assert.equal(await cache.run('k', async () => 'fresh', { cache: true }), 'fresh');
  });

  it('shares a failure, does not cache it, and rejects an already aborted signal at once', async () => {
    const cache = new RequestCache({ ttlMs: 1000, maxEntries: 10 });
    const boom = new Error('boom');
    await assert.rejects(
      cache.run('k', () => Promise.reject(boom), { cache: true }),
      boom,
    );
    assert.equal(await cache.run('k', async () => 'ok', { cache: true }), 'ok');
    await assert.rejects(
      cache.run('x', async () => 'never', { cache: true, signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
  });
});
