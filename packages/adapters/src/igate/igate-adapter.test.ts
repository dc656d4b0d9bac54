// The iGate adapter against the iGate simulator (test/simulators/igate.ts): a Keycloak realm
// and the API paths and shapes provincial front-ends use, over the demo data set.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { Dossier, MotcuaError } from '@motcua/core';
import { createClient, parseResponse } from '@motcua/core';
import { DossierSchema, ProcedureSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { assertReadsWithBrokenOptionals, mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import { startIgateSimulator, type IgateSimulator, type IgateSimulatorOptions } from '../../../../test/simulators/igate.js';
import { createDemoDataset } from '../demo/index.js';
import type { DroppedFields, SkippedRecords } from '../wire-reading.js';
import { igateAdapter, type IgateAdapterOptions } from './igate-adapter.js';
import { toProcedure } from './map.js';
import { ProcedureRecordSchema } from './wire.js';

const data = createDemoDataset({ now: Date.parse('2026-11-20T03:00:00Z') });
let sim: IgateSimulator | undefined;
afterEach(() => sim?.close());

async function igate(adapter: Partial<IgateAdapterOptions> = {}, simulator: Partial<IgateSimulatorOptions> = {}) {
  sim = await startIgateSimulator({ dossiers: data.dossiers, procedures: data.procedures, agencies: data.agencies, ...simulator });
  const dropped: DroppedFields[] = [];
  const options: IgateAdapterOptions = {
    baseUrl: sim.url,
    tokenUrl: sim.tokenUrl,
    clientId: 'motcua-gateway',
    clientSecret: 'igate-secret',
    timeoutMs: 1000,
    onDroppedFields: (r) => dropped.push(r),
    ...adapter,
  };
  const adapterInstance = igateAdapter(options);
  return { client: createClient({ adapter: adapterInstance }), adapter: adapterInstance, dropped };
}

/** What the demo data says, without what iGate cannot carry (fees, supplements, summary, key…). */
const at = (iso: string | undefined) => iso && Date.parse(iso);
const comparable = (d: Dossier) => ({
  code: d.code,
  status: d.status,
  procedure: d.procedure,
  receivedAt: at(d.receivedAt),
  appointmentAt: at(d.appointmentAt),
  applicant: d.applicant?.name,
  steps: d.steps
    ?.filter((s) => s.status !== 'pending')
    .map((s) => [s.name, s.status === 'done' ? 'done' : 'in-progress', s.department, s.handler?.name, at(s.dueAt)]),
});

const tokenRequests = () => sim!.requests.filter((r) => r.path.endsWith('/token'));

describe('igateAdapter', () => {
  it('reads every demo dossier through the simulator as the demo data has it', async () => {
    const { client, dropped } = await igate();
    for (const d of data.dossiers) {
      const read = await client.dossiers.lookup(d.code);
      const expected = comparable(d);
      // The simulator sends a deployment's own wording; pending steps all read as in progress.
      assert.deepEqual(comparable(read), { ...expected, steps: expected.steps?.length ? expected.steps : undefined }, d.code);
      assert.ok(read.statusLabel, 'the backend wording is kept');
    }
    // Statuses 16 and 17 are not in the default table: read from their words and reported.
    assert.ok(dropped.some((r) => r.fields.some((f) => /status 16 "Chờ phê duyệt" is not in statusMap; read from its words as 4/.test(f))));
    assert.ok(dropped.some((r) => r.fields.some((f) => /status 17 "Chờ trả kết quả".*as 9/.test(f))));
    assert.equal(tokenRequests().length, 1, 'one token for all the lookups');
    const search = sim!.requests.find((r) => r.path === '/pa/dossier/search')!;
    assert.deepEqual([...search.query.keys()], ['page', 'size', 'spec', 'code']);
  });

  it('names: one translate object, an array with Vietnamese not first, bpm task names as { id, name }; the owner, not the submitter', async () => {
    const { client } = await igate();
    const d = data.dossiers[4]!; // i % 4 === 0: submitted by someone else
    const record = sim!.record(d.code)!;
    assert.equal((record.applicant as { data: { fullname: string } }).data.fullname, 'Nguyễn Văn Nộp Hộ');
    const read = await client.dossiers.lookup(d.code);
    assert.equal(read.applicant?.name, d.applicant?.name);
    assert.equal(read.procedure.name, d.procedure.name);
    const odd = await client.dossiers.lookup(data.dossiers[1]!.code);
    assert.equal(odd.procedure.name, data.dossiers[1]!.procedure.name, 'Vietnamese chosen over English');
  });

  it('finds a dossier by its national code when the local code differs', async () => {
    const d = data.dossiers[2]!;
    const local = 'H21.12.34-241105-0001';
    const { client } = await igate(
      {},
      {
        override: (req) => {
          if (req.path !== '/pa/dossier/search') return undefined;
          // The local code does not contain the national one: the first search finds nothing.
          return {
            body: { content: req.query.get('nation-code-match') === d.code ? [{ ...sim!.record(d.code), code: local }] : [], last: true },
          };
        },
      },
    );
    const read = await client.dossiers.lookup(d.code);
    assert.equal(read.code, local);
    assert.deepEqual(
      sim!.requests.filter((r) => r.path === '/pa/dossier/search').map((r) => [...r.query.entries()].at(-1)),
      [
        ['code', d.code],
        ['nation-code-match', d.code],
      ],
    );
  });

  it('gets a token with the password grant too, and a new one once when the API says 401', async () => {
    const { client } = await igate(
      { clientSecret: undefined, username: 'hoaian', password: 'mật-khẩu' },
      { users: { hoaian: 'mật-khẩu' } },
    );
    await client.dossiers.lookup(data.dossiers[0]!.code);
    const form = new URLSearchParams(tokenRequests()[0]!.body);
    assert.equal(form.get('grant_type'), 'password');
    sim!.revokeTokens();
    await client.clearCache();
    await client.dossiers.lookup(data.dossiers[0]!.code);
    assert.equal(tokenRequests().length, 2);
  });

  it('shares one token among concurrent calls and fetches a new one 30 s before expiry', async () => {
    let now = 1_000_000;
    const { client } = await igate({ now: () => now }, { tokenTtlSeconds: 60 });
    await Promise.all([
      client.dossiers.lookup(data.dossiers[0]!.code),
      client.sectors.list(),
      client.dossiers.lookup(data.dossiers[1]!.code),
    ]);
    assert.equal(tokenRequests().length, 1);
    now += 20_000;
    await client.clearCache();
    await client.dossiers.lookup(data.dossiers[0]!.code);
    assert.equal(tokenRequests().length, 1, 'still valid 20 s in');
    now += 15_000;
    await client.dossiers.lookup(data.dossiers[0]!.code);
    assert.equal(tokenRequests().length, 2);
  });

  it('a configured status table wins; an unknown id with words nobody knows is shown as in progress, never a failed lookup', async () => {
    const d = data.dossiers.find((x) => x.status === 4)!;
    const custom = await igate({ statusMap: { '2': 9 } });
    const read = await custom.client.dossiers.lookup(d.code);
    assert.ok(read.status === 9 || read.status === 4); // status 16 variants are read from words
    await sim!.close();
    const strange = await igate(
      {},
      {
        override: (req) =>
          req.path === '/pa/dossier/search' && req.query.get('code') === d.code
            ? { body: { content: [{ ...sim!.record(d.code), dossierStatus: { id: 99, name: 'Trạng thái lạ' } }] } }
            : undefined,
      },
    );
    const shown = await strange.client.dossiers.lookup(d.code);
    assert.equal(shown.status, 4);
    assert.equal(shown.statusLabel, 'Trạng thái lạ');
    assert.match(strange.dropped[0]!.fields.join(), /status 99 "Trạng thái lạ" .*shown as 4/);
  });

  it('leaves out a broken optional field and says which; refuses only a missing procedure name', async () => {
    const d = data.dossiers.find((x) => (x.steps?.length ?? 0) > 1)!;
    const broken = (patch: Record<string, unknown>) => ({
      override: (req: { path: string; query: URLSearchParams }) =>
        req.path === '/pa/dossier/search' && req.query.get('code') === d.code
          ? { body: { content: [{ ...sim!.record(d.code), ...patch }] } }
          : undefined,
    });
    const a = await igate(
      {},
      broken({ acceptedDate: '2024-02-30T08:00:00+0700', appliedDate: 'hôm qua', task: { not: 'a list' }, agency: 'UBND' }),
    );
    const read = await a.client.dossiers.lookup(d.code);
    assert.equal(read.receivedAt, undefined);
    assert.equal(read.steps, undefined);
    assert.equal(read.status, d.status === 4 || d.status === 9 ? read.status : d.status);
    assert.deepEqual(a.dropped[0]!.fields.sort(), ['acceptedDate', 'agency', 'appliedDate', 'task'].sort());
    await sim!.close();
    const b = await igate({}, broken({ procedure: { code: d.procedure.code, translate: [] } }));
    await assert.rejects(
      b.client.dossiers.lookup(d.code),
      (e: MotcuaError) => e.kind === 'bad-response' && e.field === 'procedure.translate',
    );
  });

  it('reads the paged catalogue (sectors from the procedures) and agencies', async () => {
    const { client } = await igate();
    const hits = await client.procedures.search('khai sinh');
    assert.ok(hits.items[0]?.procedure.name.toLowerCase().includes('khai sinh'));
    const p = data.procedures[10]!;
    const read = await client.procedures.get(p.code);
    assert.deepEqual(
      { code: read.code, name: read.name, sector: read.sector, levels: read.levels, onlineService: read.onlineService },
      { code: p.code, name: p.name, sector: p.sector, levels: p.levels, onlineService: p.onlineService },
    );
    assert.equal((await client.sectors.list()).length, new Set(data.procedures.map((x) => x.sector?.code)).size);
    assert.equal((await client.agencies.list()).length, data.agencies.length);
    const pages = sim!.requests.filter((r) => r.path === '/bd/procedure/--can-apply');
    assert.equal(pages.length, Math.ceil(data.procedures.length / 500));
  });

  it('refuses bad credentials with a sentence naming what to check; garbage and slow answers with typed errors', async () => {
    const bad = await igate({ clientSecret: 'wrong' });
    await assert.rejects(
      bad.client.dossiers.lookup(data.dossiers[0]!.code),
      (e: MotcuaError) => e.kind === 'unauthorized' && /clientId and clientSecret/.test(e.detail),
    );
    await sim!.close();
    const code = (n: number) => `000.00.12.H42-241105-00${n}`;
    const { client } = await igate(
      {},
      {
        override: (req) => {
          if (req.query.get('code') === code(99)) return { body: '{"content": [' };
          if (req.query.get('code') === code(98)) return { delayMs: 1500, body: { content: [] } };
          return undefined;
        },
      },
    );
    await assert.rejects(client.dossiers.lookup(code(13)), { kind: 'not-found' });
    await assert.rejects(client.dossiers.lookup(code(99)), { kind: 'bad-response' });
    await assert.rejects(client.dossiers.lookup(code(98)), { kind: 'timeout' });
    assert.throws(
      () => igateAdapter({ baseUrl: sim!.url, tokenUrl: sim!.tokenUrl, clientId: 'x' }),
      /clientSecret .* or username and password/,
    );
  });

  it('skips a procedure it cannot read and serves the rest of the catalogue, reporting the record', async () => {
    const reports: SkippedRecords[] = [];
    const [first, second] = data.procedures;
    const { client } = await igate(
      { onSkippedRecords: (r) => reports.push(r) },
      {
        override: (req) =>
          req.path === '/bd/procedure/--can-apply'
            ? {
                body: {
                  content: [
                    { code: first!.code, translate: { languageId: 228, name: first!.name } },
                    { code: second!.code },
                    'not a record',
                  ],
                  last: true,
                },
              }
            : undefined,
      },
    );
    const { items } = await client.procedures.search('');
    assert.deepEqual(
      items.map((h) => h.procedure.code),
      [first!.code],
      'a procedure without a sector is served',
    );
    assert.deepEqual(
      reports.map((r) => [r.label, r.total, r.skipped.map((e) => e.field)]),
      [['igate procedures', 3, ['content[1].translate', 'content[2]']]],
    );
  });

  it('answers whatever is broken among the optional fields of a real-shaped record (property)', async () => {
    let answer: unknown;
    const d = data.dossiers.find((x) => (x.steps?.length ?? 0) > 2)!;
    const { adapter } = await igate(
      { onDroppedFields: () => undefined },
      { override: (req) => (req.path === '/pa/dossier/search' ? { body: { content: [answer], last: true } } : undefined) },
    );
    const template = sim!.record(d.code)!;
    await assertReadsWithBrokenOptionals(
      template,
      [['code'], ['dossierStatus', 'id'], ['dossierStatus', 'name'], ['procedure', 'translate']],
      { serve: (record) => (answer = record), read: () => adapter.lookupDossier(d.code, {}), status: d.status },
    );
  });

  it('maps any mutated record to a valid model or a typed bad-response error (property)', async () => {
    let answer: unknown;
    const d = data.dossiers.find((x) => (x.steps?.length ?? 0) > 2)!;
    const { adapter } = await igate(
      {},
      { override: (req) => (req.path === '/pa/dossier/search' ? { body: { content: [answer], last: true } } : undefined) },
    );
    const template = sim!.record(d.code)!;
    const { outcomes, check } = mappingCheck();
    await fc.assert(
      fc.asyncProperty(mutated(template), async (record) => {
        answer = record;
        await check(() => adapter.lookupDossier(d.code, {}), DossierSchema);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(
        mutated(
          sim!.requests.length >= 0
            ? {
                id: 'p1',
                code: '1.001193',
                translate: { languageId: 228, name: 'Đăng ký khai sinh' },
                sector: { id: 's', code: 'HT', name: [{ languageId: 228, name: 'Hộ tịch' }] },
                level: [{ id: 'commune', name: 'Cấp Xã' }],
                onlineLevel: 4,
              }
            : {},
        ),
        async (record) => {
          await check(async () => toProcedure(parseResponse(ProcedureRecordSchema, record, 'igate procedure')), ProcedureSchema);
        },
      ),
      { numRuns: 150 },
    );
    assert.ok(outcomes.mapped > 20 && outcomes.refused > 10, JSON.stringify(outcomes));
  });
});
