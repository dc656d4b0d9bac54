import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';
import { memoryAdapter } from '../memory/memory-adapter.js';
import { createDemoDataset, startDemoChanges } from './index.js';

describe('demo changes', () => {
  it('walks a few accepted dossiers through the statuses, in turn, and starts over; the adapter answers the new status', async () => {
    const data = createDemoDataset();
    const still = data.dossiers.filter((d) => d.status !== 2).map((d) => [d.code, d.status]);
    const changes = startDemoChanges(data.dossiers, { everyMs: 0, count: 2 });
    const client = createClient({ adapter: memoryAdapter(data) });
    const [first] = changes.moving;
    const seen: number[] = [];
    for (let i = 0; i < 16; i++) {
      const moved = changes.tick();
      if (moved === first) seen.push((await client.dossiers.lookup(first.code)).status);
    }
    assert.deepEqual(seen, [4, 5, 4, 6, 4, 9, 10, 2]);
    assert.equal(first!.returnedAt, undefined, 'starting over forgets the return');
    assert.deepEqual(
      data.dossiers
        .filter((d) => !changes.moving.includes(d))
        .filter((d) => d.status !== 2)
        .map((d) => [d.code, d.status]),
      still,
      'the others keep still',
    );
    for (let i = 0; i < 14; i++) changes.tick();
    assert.equal(first!.status, 10);
    assert.ok(first!.returnedAt && dossierTimeliness(first!).state.startsWith('done'));
    changes.stop();
  });
});
