// The iGate adapter against a local Keycloak + iGate API speaking their shapes.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { MotcuaError } from '@motcua/core';
import { createClient, parseResponse } from '@motcua/core';
import { DossierSchema, ProcedureSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer, type SeenRequest } from '../../../../test/helpers/http-server.js';
import type { SkippedRecords } from '../wire.js';
import { igateAdapter, type IgateAdapterOptions } from './igate-adapter.js';
import { toProcedure } from './map.js';
import { ProcedureRecordSchema } from './wire.js';

const CODE = 'H26.107-240502-0012';
const RECORD = {
  id: '65a1b2c3d4',
  code: CODE,
  dossierStatus: { id: 2, name: [{ languageId: 228, name: 'Đang xử lý' }, { languageId: 46, name: 'Processing' }] },
  dossierTaskStatus: { id: '1', name: 'Đang xử lý' },
  applicant: { data: { fullname: 'Phạm Thị Hằng', identityNumber: '052190000123', phoneNumber: '0987654321', email: 'hang@example.vn', address: 'Thôn 1, xã Ân Phong' } },
  procedure: { id: 'p1', code: '2.000575', translate: [{ languageId: 46, name: 'Household business registration' }, { languageId: 228, name: 'Đăng ký thành lập hộ kinh doanh' }], sector: { id: 's1', code: 'HKD', name: [{ languageId: 228, name: 'Thành lập và hoạt động của hộ kinh doanh' }] } },
  agency: { id: 'a1', code: 'H26.107', name: [{ languageId: 228, name: 'UBND huyện Hoài Ân' }] },
  appliedDate: '2024-05-02T07:45:00.000+0700',
  acceptedDate: '2024-05-02T08:30:00.000+0700',
  appointmentDate: '2024-05-07T17:00:00.000+0700',
  applyMethod: { id: 1, name: 'Trực tuyến' },
  task: [{ assignee: { fullname: 'Võ Văn Tâm' }, candidateGroup: [{ name: [{ languageId: 228, name: 'Bộ phận một cửa' }] }], agency: { name: 'UBND huyện Hoài Ân' }, createdDate: '2024-05-02T08:30:00.000+0700', updatedDate: '2024-05-02T09:00:00.000+0700', bpmProcessDefinitionTask: { name: 'Tiếp nhận hồ sơ' } }],
  currentTask: [{ assignee: { fullname: 'Đỗ Minh Quân' }, candidateGroup: { name: 'Phòng Tài chính – Kế hoạch' }, agency: { name: 'UBND huyện Hoài Ân' }, createdDate: '2024-05-02T09:00:00.000+0700', dueDate: '2024-05-06T17:00:00.000+0700', bpmProcessDefinitionTask: { name: [{ languageId: 228, name: 'Thẩm định hồ sơ' }] } }],
};
const PROCEDURES = [
  { id: 'p1', code: '2.000575', translate: [{ languageId: 228, name: 'Đăng ký thành lập hộ kinh doanh' }], sector: { id: 's1', code: 'HKD', name: 'Thành lập và hoạt động của hộ kinh doanh' }, level: [{ code: '2', name: 'Cấp Huyện' }], onlineLevel: 4 },
  { id: 'p2', code: '1.001193', translate: [{ languageId: 228, name: 'Đăng ký khai sinh' }], sector: { id: 's2', code: 'HT', translate: [{ languageId: 228, name: 'Hộ tịch' }] }, level: 'Cấp Xã', onlineLevel: '3' },
];

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

/** Keycloak at /realms/digo/…/token (tokens valid `expires` s) and the API at /api. */
async function igate(over: (req: SeenRequest) => ScriptedAnswer | undefined = () => undefined, options: Partial<IgateAdapterOptions> = {}, expires = 300) {
  let issued = 0;
  server = await scriptedServer((req) => {
    const special = over(req);
    if (special) return special;
    if (req.path.endsWith('/token')) {
      const form = new URLSearchParams(req.body);
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_secret') !== 'secret') return { status: 401, body: { error: 'invalid_client' } };
      return { body: { access_token: `T${++issued}`, expires_in: expires, token_type: 'Bearer' } };
    }
    if (!/^Bearer T\d+$/.test(req.headers.authorization ?? '')) return { status: 401, body: { error: 'unauthorized' } };
    if (req.path === '/api/pa/dossier/search') return { body: { content: req.query.get('code') === CODE ? [RECORD] : [], last: true } };
    if (req.path === '/api/basepad/procedure/search') return { body: { content: req.query.get('page') === '0' ? [PROCEDURES[0]] : [PROCEDURES[1]], last: req.query.get('page') !== '0' } };
    if (req.path === '/api/basecat/sector') return { body: { content: [{ id: 's1', code: 'HKD', name: 'Thành lập và hoạt động của hộ kinh doanh' }], last: true } };
    if (req.path === '/api/base/agency') return { body: { content: [{ id: 'a1', code: 'H26.107', name: [{ languageId: 228, name: 'UBND huyện Hoài Ân' }] }], last: true } };
    return { status: 404, body: {} };
  });
  const adapter = igateAdapter({ baseUrl: `${server.url}/api`, tokenUrl: `${server.url}/realms/digo/protocol/openid-connect/token`, clientId: 'motcua', clientSecret: 'secret', timeoutMs: 500, ...options });
  return { client: createClient({ adapter }), adapter };
}

const tokens = () => server!.requests.filter((r) => r.path.endsWith('/token')).length;

describe('igateAdapter', () => {
  it('gets a client-credentials token and maps a dossier (vi names, +0700 dates, status table)', async () => {
    const { client } = await igate();
    const d = await client.dossiers.lookup(CODE);
    assert.equal(d.status, 4);
    assert.equal(d.statusLabel, 'Đang xử lý');
    assert.equal(d.procedure.name, 'Đăng ký thành lập hộ kinh doanh');
    assert.equal(d.receivedAt, '2024-05-02T08:30:00+07:00');
    assert.equal(d.appointmentAt, '2024-05-07T17:00:00+07:00');
    assert.equal(d.channel, 'online');
    assert.deepEqual(d.agency, { name: 'UBND huyện Hoài Ân', code: 'H26.107' });
    assert.equal(d.applicant?.idNumber, '052190000123');
    assert.deepEqual(d.steps?.map((s) => [s.name, s.status, s.department, s.handler?.name, s.level]), [
      ['Tiếp nhận hồ sơ', 'done', 'Bộ phận một cửa', 'Võ Văn Tâm', 'district'],
      ['Thẩm định hồ sơ', 'in-progress', 'Phòng Tài chính – Kế hoạch', 'Đỗ Minh Quân', 'district'],
    ]);
    const search = server!.requests.find((r) => r.path === '/api/pa/dossier/search')!;
    assert.equal(search.query.toString(), `page=0&size=20&spec=slice&code=${encodeURIComponent(CODE)}`);
    assert.equal(search.headers.authorization, 'Bearer T1');
  });

  it('shares one token among concurrent calls and refreshes it before expiry', async () => {
    let now = 1_000_000;
    const { client } = await igate(undefined, { now: () => now }, 60);
    await Promise.all([client.dossiers.lookup(CODE), client.sectors.list(), client.dossiers.lookup(CODE)]);
    assert.equal(tokens(), 1);
    now += 20_000;
    await client.clearCache();
    await client.dossiers.lookup(CODE);
    assert.equal(tokens(), 1, 'still valid 20 s in');
    now += 15_000; // 35 s of 60: inside the 30 s margin
    await client.dossiers.lookup(CODE);
    assert.equal(tokens(), 2);
  });

  it('fetches a new token once when the API says 401', async () => {
    let revoked = true;
    const { client } = await igate((req) => {
      if (req.path === '/api/pa/dossier/search' && req.headers.authorization === 'Bearer T1' && revoked) {
        revoked = false;
        return { status: 401, body: {} };
      }
      return undefined;
    });
    assert.equal((await client.dossiers.lookup(CODE)).code, CODE);
    assert.equal(tokens(), 2);
  });

  it('uses a configured status table, falls back on national labels, and names an unknown status', async () => {
    const custom = await igate(undefined, { statusMap: { '2': 9 } });
    assert.equal((await custom.client.dossiers.lookup(CODE)).status, 9);
    await server!.close();
    const byLabel = await igate((req) => (req.path === '/api/pa/dossier/search' ? { body: { content: [{ ...RECORD, dossierStatus: { id: 77, name: 'Đã trả kết quả' } }] } } : undefined));
    assert.equal((await byLabel.client.dossiers.lookup(CODE)).status, 10);
    await server!.close();
    const unknown = await igate((req) => (req.path === '/api/pa/dossier/search' ? { body: { content: [{ ...RECORD, dossierStatus: { id: 77, name: 'Chờ phê duyệt' } }] } } : undefined));
    await assert.rejects(unknown.client.dossiers.lookup(CODE), (e: MotcuaError) => e.kind === 'bad-response' && e.field === 'dossierStatus.id' && /statusMap/.test(e.detail));
  });

  it('reads the paged catalogue, sectors and agencies', async () => {
    const { client } = await igate();
    const hits = await client.procedures.search('khai sinh');
    assert.equal(hits.items[0]?.procedure.code, '1.001193');
    assert.deepEqual(await client.procedures.get('2.000575'), {
      code: '2.000575',
      name: 'Đăng ký thành lập hộ kinh doanh',
      sector: { code: 'HKD', name: 'Thành lập và hoạt động của hộ kinh doanh' },
      levels: ['district'],
      onlineService: 'full',
    });
    assert.deepEqual(await client.agencies.list(), [{ code: 'H26.107', name: 'UBND huyện Hoài Ân', level: 'district' }]);
  });

  it('refuses bad credentials, unknown codes, garbage and slow answers with typed errors', async () => {
    const bad = await igate(undefined, { clientSecret: 'wrong' });
    await assert.rejects(bad.client.dossiers.lookup(CODE), (e: MotcuaError) => e.kind === 'unauthorized' && /clientSecret/.test(e.detail));
    await assert.rejects(bad.client.dossiers.lookup('H26.107-240502-0013'), { kind: 'unauthorized' });
    await server!.close();
    const { client } = await igate((req) => {
      if (req.query.get('code') === 'H26.107-240502-0099') return { body: '{"content": [' };
      if (req.query.get('code') === 'H26.107-240502-0098') return { delayMs: 1500, body: { content: [] } };
      if (req.query.get('code') === 'H26.107-240502-0097') return { body: { content: [{ ...RECORD, code: 'H26.107-240502-0097', acceptedDate: '2024-02-30T08:00:00+0700' }] } };
      return undefined;
    });
    await assert.rejects(client.dossiers.lookup('H26.107-240502-0013'), { kind: 'not-found' });
    await assert.rejects(client.dossiers.lookup('H26.107-240502-0099'), { kind: 'bad-response' });
    await assert.rejects(client.dossiers.lookup('H26.107-240502-0097'), { kind: 'bad-response', field: 'acceptedDate' });
    await assert.rejects(client.dossiers.lookup('H26.107-240502-0098'), { kind: 'timeout' });
  });

  it('skips a procedure it cannot read and serves the rest of the catalogue, reporting the record', async () => {
    const reports: SkippedRecords[] = [];
    const noSector = { ...PROCEDURES[1], sector: { id: 'x' } };
    const { client } = await igate((req) => (req.path === '/api/basepad/procedure/search' ? { body: { content: [PROCEDURES[0], noSector, 'not a record'], last: true } } : undefined), { onSkippedRecords: (r) => reports.push(r) });
    const { items } = await client.procedures.search('');
    assert.equal(items.length, 1);
    assert.deepEqual(reports.map((r) => [r.what, r.total, r.skipped.map((e) => e.field)]), [['igate procedures', 3, ['content[1].sector', 'content[2]']]]);
  });

  it('maps any mutated record to a valid model or a typed bad-response error (property)', async () => {
    let answer: unknown;
    const { adapter } = await igate((req) => (req.path === '/api/pa/dossier/search' ? { body: { content: [answer], last: true } } : undefined));
    const { outcomes, check } = mappingCheck();
    await fc.assert(
      fc.asyncProperty(mutated(RECORD), async (record) => {
        answer = record;
        await check(() => adapter.lookupDossier(CODE, {}), DossierSchema);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      // The catalogue is loaded once and cached, so its records are mapped here directly.
      fc.asyncProperty(mutated(PROCEDURES[0]), async (record) => {
        await check(async () => toProcedure(parseResponse(ProcedureRecordSchema, record, 'igate procedure')), ProcedureSchema);
      }),
      { numRuns: 150 },
    );
    assert.ok(outcomes.mapped > 20 && outcomes.refused > 20, JSON.stringify(outcomes));
  });
});
