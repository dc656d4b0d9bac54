// One value fetched for several gateway instances through a shared store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SharedStore } from '@motcua/core';
import { sharedValue } from './shared-value.js';

/** A store in this process, with a latency, as Redis on loopback behaves. */
function mapStore(latencyMs = 2): SharedStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const later = <T>(v: T) => new Promise<T>((resolve) => setTimeout(() => resolve(v), latencyMs));
  return {
    data,
    get: (key) => later(data.get(key)),
    set: (key, value) => later(void data.set(key, value)),
    claim: (key, value) => later(data.has(key) ? false : (data.set(key, value), true)),
    del: (key) => later(void data.delete(key)),
  };
}

describe('sharedValue', () => {
  it('three instances asking at once fetch once; the others take the result from the store', async () => {
    const store = mapStore();
    let fetches = 0;
    const instances = [0, 1, 2].map(() =>
      sharedValue({
        key: 'token',
        store: () => store,
        fetch: async () => (await new Promise((r) => setTimeout(r, 50)), { value: `T${++fetches}`, ttlMs: 60_000 }),
      }),
    );
    assert.deepEqual(await Promise.all(instances.map((v) => v.get())), ['T1', 'T1', 'T1']);
    assert.equal(fetches, 1);
    assert.equal(store.data.has('token:lock'), false, 'the lock is released');
  });

  it('a refused value is dropped for all, unless another instance already put a new one', async () => {
    const store = mapStore();
    let n = 0;
    const make = () => sharedValue({ key: 's', store: () => store, fetch: async () => ({ value: `S${++n}`, ttlMs: 60_000 }) });
    const [a, b] = [make(), make()];
    assert.equal(await a.get(), 'S1');
    assert.equal(await b.get(), 'S1');
    await a.drop('S1');
    assert.equal(await a.get(), 'S2');
    await b.drop('S1'); // b was refused S1 too, but a has put S2 there
    assert.equal(await b.get(), 'S2');
    assert.equal(n, 2);
  });

  it('expires by the time the fetch gave, and goes on without a store that fails', async () => {
    let now = 0;
    let n = 0;
    const broken: SharedStore = {
      get: () => Promise.reject(new Error('down')),
      set: () => Promise.reject(new Error('down')),
      claim: () => Promise.reject(new Error('down')),
      del: () => Promise.reject(new Error('down')),
    };
    const v = sharedValue({ key: 'k', store: () => broken, now: () => now, fetch: async () => ({ value: ++n, ttlMs: 1000 }) });
    assert.equal(await v.get(), 1);
    now = 999;
    assert.equal(await v.get(), 1);
    now = 1000;
    assert.equal(await v.get(), 2);
  });
});
