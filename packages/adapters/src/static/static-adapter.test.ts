import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { MotcuaError } from '@motcua/core';
import { createClient } from '@motcua/core';
import { ProcedureSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import { scriptedServer, type ScriptedServer } from '../../../../test/helpers/http-server.js';
import type { SkippedRecords } from '../wire-reading.js';
import { staticAdapter } from './static-adapter.js';

const CATALOGUE = {
  procedures: [
    { code: '1.001193', name: 'Đăng ký khai sinh', sector: { code: 'HT', name: 'Hộ tịch' }, levels: ['commune'], onlineService: 'full' },
    { code: '1.000894', name: 'Đăng ký kết hôn', sector: { code: 'HT', name: 'Hộ tịch' } },
  ],
};
let server: ScriptedServer | undefined;
afterEach(() => server?.close());

describe('staticAdapter', () => {
  it('serves a catalogue given as data', async () => {
    const client = createClient({ adapter: staticAdapter({ data: CATALOGUE }) });
    assert.equal((await client.procedures.search('ket hon')).items[0]?.procedure.code, '1.000894');
    assert.deepEqual(await client.sectors.list(), [{ code: 'HT', name: 'Hộ tịch' }]);
    assert.deepEqual(await client.agencies.list(), []);
    await assert.rejects(client.procedures.get('9.000000'), { kind: 'not-found' });
  });

  it('loads a catalogue URL once, and again after a failure', async () => {
    let fail = true;
    server = await scriptedServer(() => (fail ? ((fail = false), { status: 404, body: 'no' }) : { body: CATALOGUE }));
    const client = createClient({ adapter: staticAdapter({ url: `${server.url}/tthc.json`, timeoutMs: 500 }) });
    await assert.rejects(client.sectors.list(), { kind: 'not-found' });
    assert.equal((await client.procedures.get('1.001193')).name, 'Đăng ký khai sinh');
    await client.procedures.search('khai sinh');
    assert.equal(server.requests.length, 2);
  });

  it("says when its file is the service worker's kept copy: the results and the procedures carry storedAt", async () => {
    const storedAt = '2026-12-01T08:30:00.000Z';
    let kept = false;
    server = await scriptedServer(() => ({
      body: CATALOGUE,
      headers: kept ? { 'x-motcua-stored-at': storedAt } : ({} as Record<string, string>),
    }));
    const fresh = createClient({ adapter: staticAdapter({ url: `${server.url}/tthc.json` }) });
    const found = await fresh.procedures.search('khai sinh');
    assert.equal(found.storedAt, undefined);
    assert.equal(found.items[0]?.procedure.storedAt, undefined);
    kept = true;
    const offline = createClient({ adapter: staticAdapter({ url: `${server.url}/tthc.json` }) });
    const again = await offline.procedures.search('khai sinh');
    assert.equal(again.storedAt, storedAt);
    assert.equal(again.items[0]?.procedure.storedAt, storedAt, 'a detail opened from a hit says it too');
    assert.equal((await offline.procedures.get('1.000894')).storedAt, storedAt);
  });

  it("takes the ward's own words from its file, without a release", async () => {
    const words = {
      ...CATALOGUE,
      lexicon: [
        { say: ['giấy chào đời'], means: 'đăng ký khai sinh' },
        { say: 'not a list', means: 1 },
      ],
    };
    const skipped: SkippedRecords[] = [];
    const client = createClient({ adapter: staticAdapter({ data: words, onSkippedRecords: (r) => skipped.push(r) }) });
    assert.equal((await client.procedures.search('giay chao doi')).items[0]?.procedure.code, '1.001193');
    assert.equal(skipped.length, 1, 'the broken entry is reported');
    const without = createClient({ adapter: staticAdapter({ data: CATALOGUE }) });
    assert.equal((await without.procedures.search('giay chao doi')).items.length, 0);
  });

  it('skips a record it cannot read, serves the rest, and names the broken field', async () => {
    const broken = {
      procedures: [CATALOGUE.procedures[0], { code: '1.2', sector: { code: 'HT', name: 'Hộ tịch' } }, CATALOGUE.procedures[1]],
    };
    const reports: SkippedRecords[] = [];
    const client = createClient({ adapter: staticAdapter({ data: broken, onSkippedRecords: (r) => reports.push(r) }) });
    assert.deepEqual(
      (await client.procedures.search('')).items.map((h) => h.procedure.code).sort(),
      [CATALOGUE.procedures[0]!.code, CATALOGUE.procedures[1]!.code].sort(),
    );
    assert.equal(reports.length, 1);
    assert.equal(reports[0]!.total, 3);
    assert.deepEqual(
      reports[0]!.skipped.map((e) => [e.kind, e.field]),
      [['bad-response', 'procedures[1].name']],
    );
  });

  it('warns on the console by default, and refuses a catalogue of which nothing can be read', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const one = { procedures: [CATALOGUE.procedures[0], { code: '1.2', sector: { code: 'HT' } }] };
      await createClient({ adapter: staticAdapter({ data: one }) }).sectors.list();
    } finally {
      console.warn = warn;
    }
    assert.equal(warned.length, 1);
    assert.match(warned[0]!, /skipped 1 of 2 records.*procedures\[1\]\.name/);
    const none = { procedures: [{ code: '1.2', sector: { code: 'HT' } }, { name: 'Y' }] };
    await assert.rejects(
      createClient({ adapter: staticAdapter({ data: none }) }).sectors.list(),
      (e: MotcuaError) => e.kind === 'bad-response' && e.field === 'procedures[0].name' && /none of the 2 records/.test(e.detail),
    );
  });

  it('reads the words a ward writes by hand, and leaves out only what it cannot read', async () => {
    const ward = {
      procedures: [
        {
          ...CATALOGUE.procedures[1],
          levels: ['Cấp xã', 'cấp huyện'],
          onlineService: 'Toàn trình',
          processingTime: { value: 5, unit: 'ngày làm việc' },
        },
        {
          code: '2.1',
          name: 'Chứng thực bản sao',
          sector: { code: 'CT', name: 'Chứng thực' },
          processingTime: { value: 2, unit: 'giờ' },
          onlineService: 'Một phần',
        },
        {
          code: '2.2',
          name: 'Chứng thực chữ ký',
          sector: { code: 'CT', name: 'Chứng thực' },
          levels: ['commune', 'phường nội thành', 'ward'],
          processingTime: { value: 1, unit: 'tuần' },
          legalBasis: [{ number: '23/2015/NĐ-CP', title: 'Nghị định về chứng thực', issuedOn: '16/02/2015' }],
          documents: [{ name: 'Giấy tờ cần chứng thực chữ ký', copies: 1 }, { copies: 2 }],
        },
      ],
    };
    const reports: SkippedRecords[] = [];
    const client = createClient({ adapter: staticAdapter({ data: ward, onSkippedRecords: (r) => reports.push(r) }) });
    const marriage = await client.procedures.get('1.000894');
    assert.deepEqual(
      [marriage.levels, marriage.onlineService, marriage.processingTime],
      [['commune', 'district'], 'full', { value: 5, unit: 'working-day' }],
    );
    const copy = await client.procedures.get('2.1');
    assert.deepEqual([copy.processingTime?.unit, copy.onlineService], ['hour', 'partial']);
    const signature = await client.procedures.get('2.2');
    assert.deepEqual(signature.levels, ['commune'], '"phường" is a commune-level unit; "ward" is not a level and goes');
    assert.deepEqual(signature.processingTime, { value: 1 }, 'an unknown unit goes, the value stays');
    assert.deepEqual(
      signature.legalBasis,
      [{ number: '23/2015/NĐ-CP', title: 'Nghị định về chứng thực' }],
      'a date in another format goes, the document stays',
    );
    assert.deepEqual(
      signature.documents?.map((d) => d.name),
      ['Giấy tờ cần chứng thực chữ ký'],
      'a document without a name goes, the others stay',
    );
    assert.equal(reports.length, 1);
    assert.deepEqual(reports[0]!.skipped, []);
    assert.deepEqual(reports[0]!.dropped.sort(), [
      'procedures[2].documents[1]',
      'procedures[2].legalBasis[0].issuedOn',
      'procedures[2].levels[1]',
      'procedures[2].processingTime.unit',
    ]);
  });

  it('reloads its source on demand, keeping the old catalogue if the new one cannot be read', async () => {
    let file: unknown = CATALOGUE;
    const adapter = staticAdapter({ load: () => file });
    const client = createClient({ adapter });
    assert.equal((await client.procedures.search('')).total, 2);
    file = { procedures: [CATALOGUE.procedures[0]] };
    await adapter.reload!();
    client.clearCache();
    assert.equal((await client.procedures.search('')).total, 1);
    file = { nothing: true };
    await assert.rejects(adapter.reload!(), { kind: 'bad-response' });
    assert.equal((await client.procedures.search('khai sinh')).items[0]?.procedure.code, '1.001193');
  });

  it('says clearly that it has no dossiers', async () => {
    const client = createClient({ adapter: staticAdapter({ data: CATALOGUE }) });
    await assert.rejects(
      client.dossiers.lookup('000.00.12.H42-241105-0003'),
      (e: MotcuaError) => e.kind === 'unsupported' && /chỉ có danh mục thủ tục/.test(e.message),
    );
  });

  it('serves any mutated catalogue as valid procedures or refuses it with a typed error (property)', async () => {
    const { outcomes, check } = mappingCheck();
    const rich = {
      procedures: [
        {
          ...CATALOGUE.procedures[0],
          fees: [{ name: 'Lệ phí', amount: 8000 }],
          documents: [{ name: 'Tờ khai', copies: 1, form: { name: 'Mẫu', url: 'https://example.vn/a.docx' } }],
        },
        CATALOGUE.procedures[1],
      ],
    };
    await fc.assert(
      fc.asyncProperty(mutated(rich, 30), async (data) => {
        const adapter = staticAdapter({ data });
        await check(() => adapter.getProcedure('1.001193', {}), ProcedureSchema);
      }),
      { numRuns: 150 },
    );
    assert.ok(outcomes.mapped > 10 && outcomes.refused > 10, JSON.stringify(outcomes));
  });
});
