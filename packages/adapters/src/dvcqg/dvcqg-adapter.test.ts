// The national-portal adapter against the DVCQG simulator (test/simulators/dvcqg.ts): login
// to its own endpoint, integration and share endpoints, the dstcode header, over demo data.
import assert from 'node:assert/strict';
import { afterEach, describe, it, mock } from 'node:test';
import type { Dossier, MotcuaError } from '@motcua/core';
import { createClient } from '@motcua/core';
import { DossierSchema, ProcedureSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { assertReadsWithBrokenOptionals, mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import {
  DVCQG_ENDPOINTS,
  DVCQG_PROXY_BASE,
  dvcqgProcedure,
  startDvcqgSimulator,
  type DvcqgSimulator,
  type DvcqgSimulatorOptions,
} from '../../../../test/simulators/dvcqg.js';
import { createDemoDataset } from '../demo/index.js';
import type { DroppedFields, SkippedRecords } from '../wire-reading.js';
import { dvcqgAdapter, type DvcqgAdapterOptions } from './dvcqg-adapter.js';

const data = createDemoDataset({ now: Date.parse('2026-11-20T03:00:00Z') });
let sim: DvcqgSimulator | undefined;
afterEach(() => sim?.close());

async function portal(adapter: Partial<DvcqgAdapterOptions> = {}, simulator: Partial<DvcqgSimulatorOptions> = {}) {
  sim = await startDvcqgSimulator({ dossiers: data.dossiers, procedures: data.procedures, ...simulator });
  const dropped: DroppedFields[] = [];
  const skipped: SkippedRecords[] = [];
  const options: DvcqgAdapterOptions = {
    url: sim.url,
    endpoints: DVCQG_ENDPOINTS,
    username: 'hatinh.motcua',
    password: 'dvcqg-secret',
    dstcode: 'H42',
    agencyCode: '000.00.00.H42',
    timeoutMs: 1000,
    onDroppedFields: (r) => dropped.push(r),
    onSkippedRecords: (r) => skipped.push(r),
    ...adapter,
  };
  const instance = dvcqgAdapter(options);
  return { client: createClient({ adapter: instance }), adapter: instance, dropped, skipped };
}

const at = (iso: string | undefined) => iso && Date.parse(iso);
/** The steps a backend knows of: the ones begun (a system lists no step to come). */
const started = (d: Dossier) => {
  const list = d.steps?.filter((s) => s.status !== 'pending').map((s) => [s.name, at(s.dueAt)]);
  return list?.length ? list : undefined;
};

describe('dvcqgAdapter', () => {
  it('logs in once at the auth endpoint and reads every pushed demo dossier (compact and ISO dates)', async () => {
    const { client, dropped } = await portal();
    for (const d of data.dossiers) {
      const read = await client.dossiers.lookup(d.code);
      assert.deepEqual(
        {
          status: read.status,
          name: read.procedure.name,
          receivedAt: at(read.receivedAt),
          appointmentAt: at(read.appointmentAt),
          holder: read.applicant?.name,
          fees: read.fees?.length,
          steps: read.steps?.map((s) => [s.name, at(s.dueAt)]),
        },
        {
          status: d.status,
          name: d.procedure.name,
          receivedAt: at(d.receivedAt),
          appointmentAt: at(d.appointmentAt),
          holder: d.applicant?.name,
          fees: d.fees?.length || undefined,
          steps: started(d),
        },
        d.code,
      );
    }
    assert.deepEqual(dropped, []);
    assert.equal(sim!.logins(), 1);
    const lookup = sim!.requests.find((r) => r.path === DVCQG_ENDPOINTS.integration)!;
    assert.equal(lookup.headers.dstcode, 'H42');
    assert.deepEqual(Object.keys(JSON.parse(lookup.body)), ['session', 'madonvi', 'service', 'mahoso']);
  });

  it('HinhThuc is how the result is returned, KenhThucHien the channel, LoaiDoiTuong 1–4', async () => {
    const d = data.dossiers[4]!; // i % 4 === 0: result by post
    const { client } = await portal(
      {},
      {
        override: (req, body) =>
          body.service === 'TraCuuHoSo'
            ? { body: { error_code: '00', result: [{ ...sim!.record(d.code), LoaiDoiTuong: '3' }] } }
            : undefined,
      },
    );
    const read = await client.dossiers.lookup(d.code);
    assert.equal(read.resultDelivery, 'postal');
    assert.equal(read.channel, d.channel);
    assert.equal(read.applicant?.kind, 'public-body');
  });

  it('reads LayThuTuc in the shape OpenCPS reads, and serves LayDanhSachTTHC items with only MATTHC and TENTTHC', async () => {
    const { client } = await portal();
    const p = data.procedures.find((x) => (x.legalBasis?.length ?? 0) > 0 && (x.fees?.length ?? 0) > 0)!;
    const read = await client.procedures.get(p.code);
    assert.deepEqual(read.sector, p.sector);
    assert.deepEqual(read.levels, p.levels);
    assert.equal(read.onlineService, p.onlineService);
    assert.deepEqual(read.processingTime, p.processingTime);
    assert.deepEqual(read.steps, p.steps);
    assert.equal(read.audience, 'Công dân Việt Nam; Người nước ngoài');
    assert.equal(read.agency, p.agency);
    assert.deepEqual(
      read.documents?.map((x) => x.name),
      p.documents?.map((x) => x.name),
    );
    assert.deepEqual(
      read.legalBasis?.map((l) => l.number),
      p.legalBasis?.map((l) => l.number),
    );
    const hits = await client.procedures.search('khai sinh');
    assert.ok(hits.items.length > 0 && hits.items[0]!.procedure.sector === undefined, 'list items carry no sector');
    assert.deepEqual(
      sim!.services().filter((s) => s !== 'login'),
      ['LayThuTuc', 'LayDanhSachTTHC'],
    );
    assert.equal(sim!.requests.find((r) => JSON.parse(r.body).service === 'LayDanhSachTTHC')!.path, DVCQG_ENDPOINTS.share);
    assert.equal(JSON.parse(sim!.requests.find((r) => JSON.parse(r.body).service === 'LayThuTuc')!.body).maTTHC, p.code);
  });

  it('reads the record TH\'s driving-licence connector reads — { error_code: "0", data: [{ TenDVC, MaTrangThai, NgayTiepNhan: "dd/MM/yyyy HH:mm:ss" }] } — with the unit sent as donViXuLy', async () => {
    const { client, dropped } = await portal({ params: { agencyCode: 'donViXuLy' } }, { traCuuHoSo: 'gplx' });
    for (const [i, d] of data.dossiers.entries()) {
      const read = await client.dossiers.lookup(d.code);
      assert.deepEqual(
        {
          code: read.code,
          status: read.status,
          name: read.procedure.name,
          procedure: read.procedure.code,
          receivedAt: at(read.receivedAt),
          appointmentAt: at(read.appointmentAt),
          holder: read.applicant?.name,
          agency: read.agency?.name,
          delivery: read.resultDelivery,
          label: read.statusLabel,
        },
        {
          code: d.code,
          status: d.status,
          name: d.procedure.name,
          procedure: d.procedure.code,
          receivedAt: at(d.receivedAt),
          appointmentAt: at(d.appointmentAt),
          holder: d.applicant?.name,
          agency: d.agency?.name,
          delivery: i % 4 === 0 ? 'postal' : 'in-person',
          label: undefined,
        },
        d.code,
      );
    }
    assert.deepEqual(dropped, []);
    const body = JSON.parse(sim!.requests.find((r) => r.path === DVCQG_ENDPOINTS.integration)!.body) as Record<string, unknown>;
    assert.equal(body.donViXuLy, '000.00.00.H42');
    assert.equal(body.madonvi, undefined);
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-200101-0001'), { kind: 'not-found' });
  });

  it("reads a status from TrangThaiHoSo or MaTrangThai, a name where there is no code, and keeps the office's words", async () => {
    const d = data.dossiers.find((x) => x.status === 5)!;
    let record: Record<string, unknown> = {};
    const { client, dropped } = await portal(
      {},
      { override: (_req, body) => (body.service === 'TraCuuHoSo' ? { body: { error_code: '0', data: [record] } } : undefined) },
    );
    const base = { MaHoSo: d.code, TenDVC: d.procedure.name, NgayTiepNhan: '05/11/2024 08:30:00' };
    for (const [fields, status, label] of [
      [{ MaTrangThai: '5', TrangThaiHoSo: 'Chờ công dân bổ sung' }, 5, 'Chờ công dân bổ sung'],
      [{ TrangThaiHoSo: '5' }, 5, undefined],
      [{ TrangThaiHoSo: 'Yêu cầu bổ sung giấy tờ' }, 5, undefined],
      [{ MaTrangThai: 'HS_BOSUNG', TrangThaiHoSo: 'Chờ bổ sung hồ sơ' }, 5, 'Chờ bổ sung hồ sơ'],
    ] as const) {
      record = { ...base, ...fields };
      await client.clearCache();
      const read = await client.dossiers.lookup(d.code);
      assert.deepEqual(
        [read.status, read.statusLabel, read.receivedAt],
        [status, label, '2024-11-05T08:30:00+07:00'],
        JSON.stringify(fields),
      );
    }
    assert.ok(
      dropped.some((r) => r.fields.some((f) => /HS_BOSUNG.*read from its name as 5/.test(f))),
      JSON.stringify(dropped),
    );
    record = { MaHoSo: d.code, TrangThaiHoSo: '5' };
    await client.clearCache();
    await assert.rejects(client.dossiers.lookup(d.code), (e: MotcuaError) => e.kind === 'bad-response' && e.field === 'TenTTHC');
  });

  it('calls a provincial proxy as TH does: GET {base}/LayThuTuc?maTTHC= and LayDanhSachTTHCDonVi?maDonVi=, no login, no Authorization, the answer unwrapped from { message: "<JSON>" }', async () => {
    sim = await startDvcqgSimulator({ dossiers: data.dossiers, procedures: data.procedures, proxy: true });
    const adapter = dvcqgAdapter({
      url: `${sim.url}${DVCQG_PROXY_BASE}`,
      method: 'get',
      agencyCode: 'H56',
      services: { list: 'LayDanhSachTTHCDonVi' },
      timeoutMs: 1000,
      onSkippedRecords: () => undefined,
    });
    const client = createClient({ adapter });
    const p = data.procedures.find((x) => (x.steps?.length ?? 0) > 0)!;
    const read = await client.procedures.get(p.code);
    assert.deepEqual([read.name, read.sector, read.steps], [p.name, p.sector, p.steps]);
    assert.equal((await client.procedures.search('')).total, data.procedures.length);
    const d = data.dossiers.find((x) => x.status === 9)!;
    assert.equal((await client.dossiers.lookup(d.code)).status, 9);
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-200101-0001'), { kind: 'not-found' });
    await adapter.ping!({});
    const calls = sim.requests.map((r) => `${r.method} ${r.path.slice(DVCQG_PROXY_BASE.length)}?${r.query.toString()}`);
    assert.ok(calls.includes(`GET /LayThuTuc?maTTHC=${encodeURIComponent(p.code)}`), calls.join('\n'));
    assert.ok(calls.includes('GET /LayDanhSachTTHCDonVi?maDonVi=H56'), calls.join('\n'));
    assert.ok(calls.includes(`GET /TraCuuHoSo?mahoso=${encodeURIComponent(d.code)}`), calls.join('\n'));
    assert.ok(
      sim.requests.every((r) => r.method === 'GET' && !r.headers.authorization && !r.query.has('session')),
      'no login, no session, no Authorization',
    );
    assert.equal(sim.logins(), 0);
  });

  it("a proxy's refusal inside { message } is a typed error; POST without endpoints or an account is refused at once", async () => {
    sim = await startDvcqgSimulator({
      dossiers: data.dossiers,
      procedures: data.procedures,
      proxy: true,
      override: (req) =>
        req.path.endsWith('/LayThuTuc')
          ? { body: { message: JSON.stringify({ error_code: '99', message: 'Lỗi kết nối' }) } }
          : req.path.endsWith('/TraCuuHoSo')
            ? { body: { message: 'Không tìm thấy dữ liệu' } }
            : undefined,
    });
    const client = createClient({ adapter: dvcqgAdapter({ url: `${sim.url}${DVCQG_PROXY_BASE}`, method: 'get', timeoutMs: 1000 }) });
    await assert.rejects(client.procedures.get('1.001193'), (e: MotcuaError) => e.kind === 'server' && /error_code 99/.test(e.detail));
    await assert.rejects(
      client.dossiers.lookup(data.dossiers[0]!.code),
      (e: MotcuaError) => e.kind === 'bad-response' && /Không tìm thấy dữ liệu/.test(e.detail),
    );
    assert.throws(
      () => dvcqgAdapter({ url: sim!.url, username: 'x', password: 'y' }),
      /endpoints \{ auth, integration, share \} are required .*method: "get"/,
    );
    assert.throws(() => dvcqgAdapter({ url: sim!.url, endpoints: DVCQG_ENDPOINTS }), /username and password are required/);
  });

  it('says clearly when TraCuuHoSo only confirms that a dossier exists', async () => {
    const d = data.dossiers[0]!;
    const { client } = await portal({}, { traCuuHoSo: 'exists' });
    await assert.rejects(client.dossiers.lookup(d.code), (e: MotcuaError) => {
      assert.equal(e.kind, 'unsupported');
      assert.match(e.messages.vi, /có trên Cổng Dịch vụ công quốc gia, nhưng cổng không cho biết tình trạng/);
      return true;
    });
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-200101-0001'), { kind: 'not-found' });
  });

  it('logs in again once when the session is refused; accepts "00" as success', async () => {
    const { client } = await portal({}, { success: '00' });
    await client.dossiers.lookup(data.dossiers[0]!.code);
    sim!.expireSessions();
    await client.clearCache();
    await client.dossiers.lookup(data.dossiers[0]!.code);
    assert.deepEqual(sim!.services(), ['login', 'TraCuuHoSo', 'TraCuuHoSo', 'login', 'TraCuuHoSo']);
  });

  it('reuses a session 10 minutes, as OpenCPS does (AccessTokenLocalServiceImpl), then logs in before the call rather than after a refusal', async () => {
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    try {
      const { client } = await portal({}, { sessionTtlSeconds: 600 });
      await client.dossiers.lookup(data.dossiers[0]!.code);
      mock.timers.tick(9 * 60_000);
      await client.clearCache();
      await client.dossiers.lookup(data.dossiers[0]!.code);
      mock.timers.tick(2 * 60_000);
      await client.clearCache();
      await client.dossiers.lookup(data.dossiers[0]!.code);
      assert.deepEqual(sim!.services(), ['login', 'TraCuuHoSo', 'TraCuuHoSo', 'login', 'TraCuuHoSo']);
    } finally {
      mock.timers.reset();
    }
  });

  it('parameter names are configurable; a wrong password, a missing dstcode and service errors end in typed errors', async () => {
    const renamed = await portal(
      { params: { dossierCode: 'MaHoSo' } },
      {
        override: (req, body) =>
          body.service === 'TraCuuHoSo'
            ? { body: { error_code: 0, result: body.MaHoSo ? [sim!.record(data.dossiers[0]!.code)] : [] } }
            : undefined,
      },
    );
    assert.equal((await renamed.client.dossiers.lookup(data.dossiers[0]!.code)).code, data.dossiers[0]!.code);
    await sim!.close();
    const wrong = await portal({ password: 'sai' });
    await assert.rejects(
      wrong.client.dossiers.lookup(data.dossiers[0]!.code),
      (e: MotcuaError) => e.kind === 'unauthorized' && /check username and password/.test(e.detail),
    );
    await sim!.close();
    const noHeader = await portal({ dstcode: undefined });
    await assert.rejects(
      noHeader.client.dossiers.lookup(data.dossiers[0]!.code),
      (e: MotcuaError) => e.kind === 'unauthorized' && /dstcode/.test(e.detail),
    );
    await sim!.close();
    const failing = await portal(
      {},
      { override: (_req, body) => (body.service === 'LayThuTuc' ? { body: { error_code: '500', message: 'Lỗi hệ thống' } } : undefined) },
    );
    await assert.rejects(failing.client.procedures.get('1.004557'), { kind: 'server' });
    assert.throws(
      () => dvcqgAdapter({ url: sim!.url, username: 'x', password: 'y' }),
      /endpoints \{ auth, integration, share \} are required/,
    );
  });

  it('leaves out broken optional fields and says which; refuses only a missing status or procedure name', async () => {
    const d = data.dossiers.find((x) => (x.steps?.length ?? 0) > 1 && x.status === 4)!;
    let patch: Record<string, unknown> = {};
    const { client, dropped } = await portal(
      {},
      {
        override: (_req, body) =>
          body.service === 'TraCuuHoSo' ? { body: { error_code: 0, result: [{ ...sim!.record(d.code), ...patch }] } } : undefined,
      },
    );
    patch = {
      NgayTiepNhan: '20241345083000',
      DanhSachLePhi: { TenPhiLePhi: 'not a list' },
      LoaiDoiTuong: '9',
      QuaTrinhXuLy: [{ NoiDungXuLy: 'Thẩm định', NgayKetThucTheoQuyDinh: 'hôm qua' }],
    };
    const read = await client.dossiers.lookup(d.code);
    assert.equal(read.receivedAt, undefined);
    assert.equal(read.fees, undefined);
    assert.equal(read.status, 4);
    assert.deepEqual(dropped[0]!.fields.sort(), [
      'DanhSachLePhi',
      'LoaiDoiTuong',
      'NgayTiepNhan',
      'QuaTrinhXuLy[0].NgayKetThucTheoQuyDinh',
    ]);
    for (const [broken, field] of [
      [{ TrangThaiHoSo: '11' }, 'TrangThaiHoSo'],
      [{ TenTTHC: ' ' }, 'TenTTHC'],
    ] as const) {
      patch = broken;
      await client.clearCache();
      await assert.rejects(client.dossiers.lookup(d.code), (e: MotcuaError) => e.kind === 'bad-response' && e.field === field);
    }
  });

  it('answers whatever is broken among the optional fields of a real-shaped record (property)', async () => {
    let answer: unknown;
    const d = data.dossiers.find((x) => (x.steps?.length ?? 0) > 2 && (x.fees?.length ?? 0) > 0)!;
    const { adapter } = await portal(
      { onDroppedFields: () => undefined },
      { override: (_r, body) => (body.service === 'TraCuuHoSo' ? { body: { error_code: 0, result: [answer] } } : undefined) },
    );
    const template = sim!.record(d.code)!;
    await assertReadsWithBrokenOptionals(template, [['MaHoSo'], ['TrangThaiHoSo'], ['TenTTHC']], {
      serve: (record) => (answer = record),
      read: () => adapter.lookupDossier(d.code, {}),
      status: d.status,
    });
  });

  it('maps any mutated record to a valid model or a typed error (property)', async () => {
    let answer: unknown;
    const d = data.dossiers.find((x) => (x.steps?.length ?? 0) > 2 && (x.fees?.length ?? 0) > 0)!;
    const p = data.procedures.find((x) => (x.fees?.length ?? 0) > 0)!;
    const { adapter } = await portal(
      { onDroppedFields: () => undefined, onSkippedRecords: () => undefined },
      {
        override: (_r, body) =>
          body.service === 'TraCuuHoSo' || body.service === 'LayThuTuc' ? { body: { error_code: 0, result: [answer] } } : undefined,
      },
    );
    const { outcomes, check } = mappingCheck();
    await fc.assert(
      fc.asyncProperty(mutated(sim!.record(d.code)), async (record) => {
        answer = record;
        await check(() => adapter.lookupDossier(d.code, {}), DossierSchema);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(mutated(dvcqgProcedure(p)), async (record) => {
        answer = record;
        await check(() => adapter.getProcedure(p.code, {}), ProcedureSchema);
      }),
      { numRuns: 150 },
    );
    assert.ok(outcomes.mapped > 100 && outcomes.refused > 5, JSON.stringify(outcomes));
  });
});
