// The OpenCPS adapter against the OpenCPS simulator (test/simulators/opencps.ts): the dossier
// by number with the secret key and the groupId header, status words, the service catalogue.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createClient } from '@motcua/core';
import { DossierSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { assertReadsWithBrokenOptionals, mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import { startOpencpsSimulator, type OpencpsSimulator, type OpencpsSimulatorOptions } from '../../../../test/simulators/opencps.js';
import { createDemoDataset } from '../demo/index.js';
import type { DroppedFields } from '../wire-reading.js';
import { opencpsAdapter, type OpencpsAdapterOptions } from './opencps-adapter.js';

const data = createDemoDataset({ now: Date.parse('2026-11-20T03:00:00Z') });
let sim: OpencpsSimulator | undefined;
afterEach(() => sim?.close());

async function opencps(adapter: Partial<OpencpsAdapterOptions> = {}, simulator: Partial<OpencpsSimulatorOptions> = {}) {
  sim = await startOpencpsSimulator({ dossiers: data.dossiers, procedures: data.procedures, ...simulator });
  const dropped: DroppedFields[] = [];
  const instance = opencpsAdapter({
    baseUrl: sim.url,
    groupId: sim.groupId,
    timeoutMs: 1000,
    onDroppedFields: (r) => dropped.push(r),
    ...adapter,
  });
  return { client: createClient({ adapter: instance }), adapter: instance, dropped };
}

const at = (iso: string | undefined) => iso && Date.parse(iso);

describe('opencpsAdapter', () => {
  it('reads every demo dossier with its secret key, the status words mapped to national codes', async () => {
    const { client, dropped } = await opencps();
    for (const [i, d] of data.dossiers.entries()) {
      const read = await client.dossiers.lookup(d.code, { key: d.lookupKey! });
      assert.deepEqual(
        {
          code: read.code,
          status: read.status,
          name: read.procedure.name,
          receivedAt: at(read.receivedAt),
          appointmentAt: at(read.appointmentAt),
          returnedAt: at(read.returnedAt),
          holder: read.applicant?.name,
          agency: read.agency?.name,
        },
        {
          code: d.code,
          status: d.status,
          name: d.procedure.name,
          receivedAt: at(d.receivedAt),
          appointmentAt: at(d.appointmentAt),
          returnedAt: at(d.returnedAt),
          holder: d.applicant?.name,
          agency: d.agency?.name,
        },
        d.code,
      );
      assert.equal(read.resultDelivery, i % 4 === 0 ? 'postal' : 'in-person');
    }
    assert.deepEqual(dropped, [], 'interoperating is a known word');
    const first = sim!.requests.find((r) => r.path.startsWith('/o/rest/v2/dossiers/'))!;
    assert.equal(first.headers.groupid, sim!.groupId);
    // The key in the secretCode header, as OpenCPS's own pages send it: never in the address.
    assert.equal(first.headers.secretcode, data.dossiers[0]!.lookupKey);
    assert.equal(first.query.get('secretKey'), null);
    assert.equal(first.path, `/o/rest/v2/dossiers/${encodeURIComponent(data.dossiers[0]!.code)}`);
  });

  it('a wrong key and no key are key-required (the backend checks it); an unknown number is not-found', async () => {
    const { client, adapter } = await opencps();
    assert.equal(adapter.checksKeys, true);
    const d = data.dossiers[3]!;
    await assert.rejects(client.dossiers.lookup(d.code, { key: 'SAI1' }), { kind: 'key-required' });
    await assert.rejects(client.dossiers.lookup(d.code), { kind: 'key-required' });
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-200101-0001', { key: 'ABCD' }), { kind: 'not-found' });
    assert.equal(sim!.requests.filter((r) => r.path.startsWith('/o/rest/v2/dossiers/')).length, 2, 'no request without a key');
  });

  it('as opencps-v2 answers: a wrong key and an unknown dossier are HTTP 203 "secretKey not sucess", read as a wrong key (key-required), never a server error', async () => {
    const { client } = await opencps({}, { variant: 'public-code' });
    const d = data.dossiers[3]!;
    for (const [code, key] of [
      [d.code, 'SAI1'],
      ['000.00.12.H42-200101-0001', 'ABCD'],
    ] as const) {
      await assert.rejects(client.dossiers.lookup(code, { key }), (e: Error & { kind?: string; status?: number }) => {
        assert.equal(e.kind, 'key-required', `${code}: ${e.message}`);
        assert.equal(e.status, 203);
        return true;
      });
    }
    const detail = sim!.requests.filter((r) => r.path.startsWith('/o/rest/v2/dossiers/'));
    assert.equal(detail.length, 2, 'a 203 is an answer: not tried again');
    // The key is compared ignoring case (DossierPermission.checkPassword: equalsIgnoreCase).
    assert.equal((await client.dossiers.lookup(d.code, { key: d.lookupKey!.toLowerCase() })).code, d.code);
  });

  it('as opencps-v2 answers: viaPostal "2" is the result by post; "1" is post offered but not chosen, "0" none', async () => {
    const { client, dropped } = await opencps({}, { variant: 'public-code' });
    for (const [i, d] of data.dossiers.slice(0, 8).entries()) {
      const read = await client.dossiers.lookup(d.code, { key: d.lookupKey! });
      assert.equal(sim!.record(d.code)!.viaPostal, i % 4 === 0 ? '2' : i % 2 === 1 ? '1' : '0');
      assert.equal(
        read.resultDelivery,
        i % 4 === 0 ? 'postal' : 'in-person',
        `${d.code}: viaPostal ${String(sim!.record(d.code)!.viaPostal)}`,
      );
    }
    assert.deepEqual(
      dropped.flatMap((r) => r.fields).filter((f) => /viaPostal/.test(f)),
      [],
    );
  });

  it('as opencps-v2 answers: {id} is the dossierNo; every status word mapped; a blank receiveDate stays blank; the note "null" is no note, <br/> a line break', async () => {
    const { client, dropped } = await opencps({}, { variant: 'public-code' });
    const words = new Set<string>();
    for (const d of data.dossiers) {
      const read = await client.dossiers.lookup(d.code, { key: d.lookupKey! });
      const record = sim!.record(d.code)!;
      words.add(String(record.dossierStatus));
      assert.equal(read.status, d.status, `${d.code}: "${String(record.dossierStatus)}"`);
      assert.equal(read.applicant?.name, d.applicant?.name?.toUpperCase());
      if (d.status === 1)
        assert.equal(read.receivedAt, undefined, `${d.code}: not received yet, though submitted ${String(record.submitDate)}`);
      else assert.equal(at(read.receivedAt), at(d.receivedAt));
      assert.equal(read.note?.replace(/\s+/g, ' '), d.note, `${d.code}: dossierNote ${String(record.dossierNote)}`);
      if (d.note?.includes('; ')) assert.match(read.note!, /;\n/);
    }
    for (const word of ['submitting', 'collecting', 'handover', 'correcting', 'pausing', 'cancelling', 'posting', 'interoperating'])
      assert.ok(words.has(word), word);
    assert.deepEqual(dropped, [], 'every word is known; a blank date is no date');
    assert.equal(
      sim!.requests.find((r) => r.path.startsWith('/o/rest/v2/dossiers/'))!.path,
      `/o/rest/v2/dossiers/${encodeURIComponent(data.dossiers[0]!.code)}`,
    );
  });

  it('reads the service catalogue in pages', async () => {
    const { client } = await opencps();
    const p = data.procedures[7]!;
    const read = await client.procedures.get(p.code);
    assert.deepEqual(
      { name: read.name, sector: read.sector, agency: read.agency, onlineService: read.onlineService },
      { name: p.name, sector: p.sector, agency: p.agency, onlineService: p.onlineService === 'none' ? 'none' : p.onlineService },
    );
    assert.equal((await client.procedures.search('')).total, data.procedures.length);
    assert.ok(
      sim!.requests.some((r) => r.path === '/o/rest/v2/serviceinfos' && r.query.get('start') === '0' && r.query.get('end') === '500'),
    );
  });

  it('without a catalogue path the directory is unsupported, said clearly', async () => {
    const { client } = await opencps({ paths: { services: '' } });
    await assert.rejects(client.procedures.search('khai sinh'), { kind: 'unsupported' });
    assert.throws(() => opencpsAdapter({ baseUrl: sim!.url, groupId: '' }), /baseUrl and groupId are required/);
  });

  it('an unknown status word is read from its text, else shown as in progress, and reported', async () => {
    const d = data.dossiers.find((x) => x.status === 5)!;
    let patch: Record<string, unknown> = {};
    const { client, dropped } = await opencps(
      {},
      {
        override: (req) =>
          req.path.startsWith('/o/rest/v2/dossiers/') ? { body: { ...sim!.record(d.code), password: undefined, ...patch } } : undefined,
      },
    );
    patch = { dossierStatus: 'supplementing', dossierStatusText: 'Yêu cầu bổ sung' };
    assert.equal((await client.dossiers.lookup(d.code, { key: d.lookupKey! })).status, 5);
    patch = { dossierStatus: 'xyz', dossierStatusText: 'Trạng thái riêng', receiveDate: '31/02/2026 08:00:00' };
    await client.clearCache();
    const odd = await client.dossiers.lookup(d.code, { key: d.lookupKey! });
    assert.equal(odd.status, 4);
    assert.equal(odd.statusLabel, 'Trạng thái riêng');
    assert.equal(
      odd.receivedAt,
      undefined,
      'an impossible receiveDate is left out; submitDate does not stand in (a dossier submitted is not yet received)',
    );
    assert.ok(dropped[0]!.fields.some((f) => /"supplementing" .*read from its text as 5/.test(f)));
    assert.ok(dropped[1]!.fields.includes('receiveDate') && dropped[1]!.fields.some((f) => /"xyz" .*shown as 4/.test(f)));
  });

  it('answers whatever is broken among the optional fields of a real-shaped record (property)', async () => {
    let answer: unknown;
    const d = data.dossiers.find((x) => x.status === 6)!;
    const { adapter } = await opencps(
      { onDroppedFields: () => undefined },
      { override: (req) => (req.path.startsWith('/o/rest/v2/dossiers/') ? { body: answer as object } : undefined) },
    );
    const template = sim!.record(d.code)!;
    await assertReadsWithBrokenOptionals(template, [['dossierNo'], ['dossierStatus'], ['serviceName']], {
      serve: (record) => (answer = record),
      read: () => adapter.lookupDossier(d.code, { key: d.lookupKey! }),
      status: 6,
    });
  });

  it('maps any mutated record to a valid model or a typed error (property)', async () => {
    let answer: unknown;
    const d = data.dossiers.find((x) => x.status === 4)!;
    const { adapter } = await opencps(
      { onDroppedFields: () => undefined },
      { override: (req) => (req.path.startsWith('/o/rest/v2/dossiers/') ? { body: answer as object } : undefined) },
    );
    const { outcomes, check } = mappingCheck();
    await fc.assert(
      fc.asyncProperty(mutated(sim!.record(d.code)), async (record) => {
        answer = record;
        await check(() => adapter.lookupDossier(d.code, { key: d.lookupKey! }), DossierSchema);
      }),
      { numRuns: 150 },
    );
    assert.ok(outcomes.mapped > 100 && outcomes.refused > 3, JSON.stringify(outcomes));
  });
});
