// End to end in Node: the SDK with the REST adapter against the real gateway on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { memoryAdapter, restAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, type MotcuaClient } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';
import { createGateway } from '@motcua/gateway';
import type { FastifyInstance } from 'fastify';

const data = createDemoDataset();
let app: FastifyInstance;
let client: MotcuaClient;
let backUrl = '';

before(async () => {
  app = await createGateway({ adapter: memoryAdapter(data) });
  backUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  client = createClient({ adapter: restAdapter({ endpoint: backUrl }) });
});
after(() => app.close());

describe('SDK → gateway', () => {
  it('looks a dossier up with and without its key', async () => {
    const d = data.dossiers.find((x) => x.steps?.length)!;
    const open = await client.dossiers.lookup(d.code);
    assert.equal(open.restricted, true);
    assert.equal(open.steps, undefined);
    const full = await client.dossiers.lookup(d.code, { key: d.lookupKey! });
    assert.equal(full.steps?.length, d.steps?.length);
    assert.deepEqual(dossierTimeliness(full), dossierTimeliness(d));
    await assert.rejects(client.dossiers.lookup(d.code, { key: 'ZZZZ' }), { kind: 'key-required' });
  });

  it("reads an office's statistics, grouped, as the gateway counts them; a backend without any says unsupported", async () => {
    const query = { from: '2020-01-01', to: '2030-12-31', groupBy: 'sector' as const };
    const stats = await client.stats.get(query);
    const { officeStats, statsRange } = await import('@motcua/core/status');
    const expected = officeStats(await memoryAdapter(data).listDossiers!(statsRange(query)), query);
    assert.equal(stats.total, data.dossiers.length);
    assert.deepEqual(
      stats.groups?.map((g) => [g.key, g.total]),
      expected.groups?.map((g) => [g.key, g.total]),
    );
    const { staticAdapter } = await import('@motcua/adapters');
    await assert.rejects(createClient({ adapter: staticAdapter({ data: { procedures: data.procedures.slice(0, 2) } }) }).stats.get(query), {
      kind: 'unsupported',
    });
  });

  it('searches and reads the catalogue', async () => {
    const hits = await client.procedures.search('bằng lái', { limit: 3 });
    assert.equal(hits.items[0]?.procedure.code, '1.003001');
    assert.ok(hits.items[0]!.highlights.length > 0);
    assert.equal((await client.procedures.get('1.003001')).name, 'Cấp giấy phép lái xe');
    assert.ok((await client.sectors.list()).length > 20);
  });
});

describe('gateway → gateway (the rest adapter as a backend)', () => {
  it('serves keyed look-ups through a chain of two gateways, and counts wrong keys at the front', async () => {
    const front = await createGateway({ adapter: restAdapter({ endpoint: backUrl }), limits: { failedLookups: 2 } });
    const url = await front.listen({ port: 0, host: '127.0.0.1' });
    try {
      const viaFront = createClient({ adapter: restAdapter({ endpoint: url, retries: 0 }) });
      const d = data.dossiers.find((x) => x.steps?.length && x.applicant?.phone)!;
      const open = await viaFront.dossiers.lookup(d.code);
      assert.equal(open.restricted, true);
      const full = await viaFront.dossiers.lookup(d.code, { key: d.lookupKey! });
      assert.notEqual(full.restricted, true);
      assert.equal(full.steps?.length, d.steps?.length, 'the key reached the back gateway, which checked it');
      assert.equal(full.applicant?.phone, undefined, 'still no contact data');
      assert.equal(full.lookupKey, undefined);
      await assert.rejects(viaFront.dossiers.lookup(d.code, { key: 'ZZZZ' }), { kind: 'key-required' });
      await assert.rejects(viaFront.dossiers.lookup(d.code, { key: 'ZZZY' }), { kind: 'key-required' });
      await assert.rejects(
        viaFront.dossiers.lookup(d.code, { key: d.lookupKey! }),
        { kind: 'rate-limited' },
        'two wrong keys: the front refuses the client',
      );
    } finally {
      await front.close();
    }
  });
});
