import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';
import { DossierSchema } from '@motcua/core/model';
import { createDemoDataset } from '../demo/index.js';
import { memoryAdapter } from './memory-adapter.js';

const NOW = Date.parse('2026-11-23T10:00:00+07:00');

describe('demo data set', () => {
  const data = createDemoDataset({ now: NOW });

  it('has a city of 15 wards, 150+ real procedures and 60+ valid dossiers', () => {
    assert.equal(data.agencies.filter((a) => a.level === 'commune').length, 15);
    assert.ok(data.procedures.length >= 150);
    assert.ok(data.dossiers.length >= 60);
    for (const d of data.dossiers) assert.ok(DossierSchema.safeParse(d).success, d.code);
    assert.equal(new Set(data.dossiers.map((d) => d.code)).size, data.dossiers.length);
  });

  it('covers every status, every timeliness, multi-level steps, supplements and fees due', () => {
    assert.deepEqual(
      [...new Set(data.dossiers.map((d) => d.status))].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    const states = new Set(data.dossiers.map((d) => dossierTimeliness(d, { now: NOW }).state));
    for (const s of ['on-time', 'due-soon', 'overdue', 'done-on-time', 'done-late', 'none']) assert.ok(states.has(s as never), s);
    assert.ok(data.dossiers.some((d) => ['commune', 'district', 'province'].every((l) => d.steps?.some((s) => s.level === l))));
    assert.ok(data.dossiers.some((d) => d.supplementRequests?.length));
    assert.ok(data.dossiers.some((d) => d.fees?.some((f) => f.paid === false)));
    assert.ok(data.dossiers.every((d) => /^[A-Z2-9]{4}$/.test(d.lookupKey ?? '')));
  });

  it('is the same for the same day and seed', () => {
    assert.deepEqual(createDemoDataset({ now: NOW }).dossiers, data.dossiers);
  });
});

describe('memoryAdapter', () => {
  it('looks up, lists by period and simulates latency that can be aborted', async () => {
    const data = createDemoDataset({ now: NOW });
    const adapter = memoryAdapter(data, { latencyMs: 200 });
    const client = createClient({ adapter });
    const d = data.dossiers[0]!;
    assert.equal((await client.dossiers.lookup(d.code)).code, d.code);
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-200101-0001'), { kind: 'not-found' });
    const inNovember = await adapter.listDossiers!({ from: '2026-11-01T00:00:00+07:00', to: '2026-12-01T00:00:00+07:00' });
    assert.ok(inNovember.length > 0 && inNovember.every((x) => x.receivedAt! >= '2026-10-31T17'));
    const controller = new AbortController();
    const pending = client.sectors.list({ signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
