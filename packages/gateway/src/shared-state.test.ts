// The shared state's batched counting (the general request budget) over a store that
// behaves like Redis; the Redis store itself is tested with a real redis-server in
// test/node/gateway-instances.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batchedHits, memoryState, type SharedState } from './shared-state.js';

/** A memory state that says it is Redis, counting the calls that would be round trips. */
function remote(): SharedState & { calls: number } {
  const state = memoryState();
  const counted = Object.assign(Object.create(state) as SharedState, { kind: 'redis' as const, calls: 0 });
  counted.hit = (key, windowMs, by) => {
    counted.calls++;
    return state.hit(key, windowMs, by);
  };
  return counted;
}

describe('batchedHits', () => {
  it('counts the first event at once and then every tenth in one round trip, the count always exact here', async () => {
    const store = remote();
    const hit = batchedHits(store);
    const counts: number[] = [];
    for (let i = 0; i < 25; i++) counts.push((await hit('client', 60_000)).count);
    assert.deepEqual(
      counts,
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    assert.equal(store.calls, 3, '1 + 10 + 10 in three round trips; 4 still to add');
    assert.equal((await store.peek('client')).count, 21);
  });

  it('two instances sharing the store pass a limit by at most a batch each', async () => {
    const store = remote();
    const [a, b] = [batchedHits(store), batchedHits(store)];
    let admitted = 0;
    for (let i = 0; i < 100; i++) if ((await (i % 2 ? a : b)('client', 60_000)).count <= 30) admitted++;
    assert.ok(admitted >= 30 && admitted <= 30 + 2 * 9, `admitted ${admitted} of a limit of 30`);
  });

  it('starts a new window when the old one ends, and passes memory counting through', async () => {
    const store = remote();
    const hit = batchedHits(store);
    for (let i = 0; i < 5; i++) await hit('k', 50);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal((await hit('k', 50)).count, 1);
    const local = memoryState();
    assert.equal((await batchedHits(local)('x', 1000)).count, 1);
  });
});
