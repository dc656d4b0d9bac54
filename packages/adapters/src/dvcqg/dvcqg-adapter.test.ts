// The national-portal adapter against a local server speaking its sync format.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { MotcuaError } from '@motcua/core';
import { createClient } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';
import { DossierSchema, ProcedureSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { mappingCheck, mutated } from '../../../../test/helpers/mutate.js';
import { scriptedServer, type ScriptedAnswer, type ScriptedServer, type SeenRequest } from '../../../../test/helpers/http-server.js';
import type { SkippedRecords } from '../wire.js';
import { dvcqgAdapter, type DvcqgAdapterOptions } from './dvcqg-adapter.js';

const CODE = '000.00.12.H42-241105-0003';
const RECORD = {
  MaHoSo: CODE,
  MaTTHC: '1.004557',
  TenTTHC: 'Đăng ký thường trú',
  MaLinhVuc: 'CTRU',
  TenLinhVuc: 'Đăng ký, quản lý cư trú',
  SoBienNhan: '000123/BN',
  ChuHoSo: 'Trần Hữu Thích',
  LoaiDoiTuong: '1',
  SoDienThoai: '0912345678',
  Email: 'thich@example.vn',
  TrichYeuHoSo: 'Đăng ký thường trú cho ông Trần Hữu Thích',
  NgayTiepNhan: '20241105083000',
  NgayHenTra: '20241112163000',
  TrangThaiHoSo: '5',
  HinhThuc: 1,
  DonViXuLy: 'Công an phường Thạch Quý',
  DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí đăng ký thường trú', MaPhiLePhi: 'LP01', HinhThucThu: '1', Gia: '20000', LoaiPhiLePhi: '1' }],
  DanhSachHoSoBoSung: [{ NguoiYeuCauBoSung: 'Nguyễn Văn A', NoiDungBoSung: 'Bổ sung giấy tờ chứng minh chỗ ở hợp pháp', NgayBoSung: '20241107090000', NgayHenTraTruoc: '20241112163000', NgayHenTraMoi: '20241119163000' }],
  QuaTrinhXuLy: [
    { NguoiXuLy: 'Lê Thị B', ChucDanh: 'Cán bộ một cửa', PhongBanXuLy: 'Bộ phận một cửa', NoiDungXuLy: 'Tiếp nhận hồ sơ', NgayBatDau: '20241105083000', ThoiDiemXuLy: '20241105090000', NgayKetThucTheoQuyDinh: '20241105170000' },
    { NguoiXuLy: 'Nguyễn Văn A', ChucDanh: 'Cán bộ đăng ký cư trú', PhongBanXuLy: 'Đội Cảnh sát QLHC về TTXH', NoiDungXuLy: 'Thẩm định hồ sơ', NgayBatDau: '20241105090000', NgayKetThucTheoQuyDinh: '20241108170000' },
  ],
};
const PROCEDURE = {
  MATTHC: '1.004557',
  TENTTHC: 'Đăng ký thường trú',
  CAPTHUCHIEN: [{ MACAP: '3', TENCAP: 'Cấp Xã' }],
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'CTRU', TENLINHVUC: 'Đăng ký, quản lý cư trú' }],
  TRINHTUTHUCHIEN: [{ TRINHTU: 'Nộp hồ sơ tại Công an cấp xã' }, { TRINHTU: 'Nhận kết quả' }],
  CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '7', DONVITINH: 'Ngày làm việc', MOTA: 'Kể từ ngày nhận đủ hồ sơ', PHILEPHI: [{ SOTIEN: '20.000', DONVI: 'Đồng', MOTA: 'Lệ phí đăng ký' }] }] }],
  THANHPHANHOSO: [{ TRUONGHOP: 'Trường hợp chung', GIAYTO: [{ TENGIAYTO: 'Tờ khai thay đổi thông tin cư trú', TENMAUDON: 'CT01', SOBANCHINH: '1', SOBANSAO: '0', URL: 'https://example.gov.vn/ct01.docx' }] }],
  COQUANTHUCHIEN: [{ TENCOQUAN: 'Công an cấp xã' }],
  KETQUATHUCHIEN: [{ TENKETQUA: 'Thông báo kết quả đăng ký thường trú' }],
  CANCUPHAPLY: [{ SOVANBAN: '68/2020/QH14', TENVANBAN: 'Luật Cư trú', NGAYBANHANH: '13/11/2020', COQUANBANHANH: 'Quốc hội' }],
  MUCDO: '4',
};

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

/** A DVCQG-like service: LoginService, then the lookups with a valid session. */
async function portal(over: (req: SeenRequest, body: Record<string, unknown>) => ScriptedAnswer | undefined = () => undefined, options: Partial<DvcqgAdapterOptions> = {}) {
  let sessions = 0;
  server = await scriptedServer((req) => {
    const body = JSON.parse(req.body || '{}') as Record<string, unknown>;
    const special = over(req, body);
    if (special) return special;
    if (body.service === 'LoginService') {
      return body.password === 'secret' ? { body: { error_code: '0', session: `S${++sessions}` } } : { body: { error_code: '1', message: 'Sai mật khẩu' } };
    }
    if (!String(body.session ?? '').startsWith('S')) return { body: { error_code: '-1', message: 'Session expired' } };
    if (body.service === 'TraCuuHoSo') return { body: { error_code: 0, result: body.MaHoSo === CODE ? [RECORD] : [] } };
    if (body.service === 'LayThuTuc') return { body: { error_code: 0, result: body.MaTTHC === PROCEDURE.MATTHC ? [PROCEDURE] : [] } };
    if (body.service === 'LayDanhSachTTHC') return { body: { error_code: 0, result: [PROCEDURE, { ...PROCEDURE, MATTHC: '1.004575', TENTTHC: 'Đăng ký tạm trú' }] } };
    return { body: { error_code: '99', message: 'unknown service' } };
  });
  return createClient({ adapter: dvcqgAdapter({ url: `${server.url}/sync`, username: 'hatinh', password: 'secret', agencyCode: 'H42', timeoutMs: 500, ...options }) });
}

describe('dvcqgAdapter', () => {
  it('logs in once and maps TraCuuHoSo to the core model (dates in Vietnam time)', async () => {
    const client = await portal();
    const d = await client.dossiers.lookup(CODE.toLowerCase());
    assert.equal(d.code, CODE);
    assert.equal(d.status, 5);
    assert.equal(d.receivedAt, '2024-11-05T08:30:00+07:00');
    assert.equal(d.appointmentAt, '2024-11-12T16:30:00+07:00');
    assert.equal(d.channel, 'in-person');
    assert.deepEqual(d.applicant, { name: 'Trần Hữu Thích', kind: 'citizen', phone: '0912345678', email: 'thich@example.vn' });
    assert.deepEqual(d.fees, [{ name: 'Lệ phí đăng ký thường trú', code: 'LP01', amount: 20000 }]);
    assert.equal(d.supplementRequests?.[0]?.newAppointmentAt, '2024-11-19T16:30:00+07:00');
    assert.deepEqual(d.steps?.map((s) => [s.name, s.status, s.handler?.name, s.dueAt]), [
      ['Tiếp nhận hồ sơ', 'done', 'Lê Thị B', '2024-11-05T17:00:00+07:00'],
      ['Thẩm định hồ sơ', 'in-progress', 'Nguyễn Văn A', '2024-11-08T17:00:00+07:00'],
    ]);
    assert.deepEqual(dossierTimeliness(d, { now: '2024-11-10T09:00:00+07:00' }), { state: 'due-soon', daysLeft: 2 });
    await client.dossiers.lookup(CODE);
    const services = server!.requests.map((r) => JSON.parse(r.body).service);
    assert.deepEqual(services, ['LoginService', 'TraCuuHoSo', 'TraCuuHoSo']);
    assert.equal(JSON.parse(server!.requests[1]!.body).madonvi, 'H42');
  });

  it('skips a LayDanhSachTTHC record it cannot read and serves the rest, reporting the record', async () => {
    const reports: SkippedRecords[] = [];
    const list = [PROCEDURE, { ...PROCEDURE, MATTHC: '1.004575', TENTTHC: '   ' }, { ...PROCEDURE, MATTHC: '1.004576', TENTTHC: 'Đăng ký thường trú' }];
    const client = await portal((_req, body) => (body.service === 'LayDanhSachTTHC' ? { body: { error_code: 0, result: list } } : undefined), { onSkippedRecords: (r) => reports.push(r) });
    assert.deepEqual((await client.procedures.search('')).items.map((h) => h.procedure.code).sort(), ['1.004557', '1.004576']);
    assert.deepEqual(reports.map((r) => [r.total, r.skipped.map((e) => e.field)]), [[3, ['result[1].TENTTHC']]]);
  });

  it('maps LayThuTuc and searches LayDanhSachTTHC', async () => {
    const client = await portal();
    const p = await client.procedures.get('1.004557');
    assert.deepEqual(p.levels, ['commune']);
    assert.equal(p.onlineService, 'full');
    assert.deepEqual(p.processingTime, { value: 7, unit: 'working-day', description: 'Kể từ ngày nhận đủ hồ sơ' });
    assert.deepEqual(p.fees, [{ name: 'Lệ phí đăng ký', amount: 20000 }]);
    assert.deepEqual(p.documents, [{ name: 'Tờ khai thay đổi thông tin cư trú', originals: 1, copies: 0, form: { name: 'CT01', url: 'https://example.gov.vn/ct01.docx' }, case: 'Trường hợp chung' }]);
    assert.deepEqual(p.legalBasis, [{ title: 'Luật Cư trú', number: '68/2020/QH14', issuer: 'Quốc hội', issuedOn: '2020-11-13' }]);
    const hits = await client.procedures.search('hộ khẩu');
    assert.equal(hits.items[0]?.procedure.code, '1.004557');
    assert.deepEqual(await client.sectors.list(), [{ code: 'CTRU', name: 'Đăng ký, quản lý cư trú' }]);
  });

  it('logs in again once when the session expires', async () => {
    let expired = false;
    const client = await portal((_req, body) => {
      if (body.service === 'TraCuuHoSo' && body.session === 'S1' && !expired) {
        expired = true;
        return { body: { error_code: '-1', message: 'Session expired' } };
      }
      return undefined;
    });
    assert.equal((await client.dossiers.lookup(CODE)).code, CODE);
    assert.deepEqual(server!.requests.map((r) => JSON.parse(r.body).service), ['LoginService', 'TraCuuHoSo', 'LoginService', 'TraCuuHoSo']);
  });

  it('reports a refused login, unknown codes and service errors with typed errors', async () => {
    server = await scriptedServer(() => ({ body: { error_code: '1', message: 'Sai mật khẩu' } }));
    const refused = createClient({ adapter: dvcqgAdapter({ url: server.url, username: 'x', password: 'wrong' }) });
    await assert.rejects(refused.dossiers.lookup(CODE), { kind: 'unauthorized' });
    await server.close();
    const client = await portal((_r, body) => (body.service === 'LayThuTuc' ? { body: { error_code: '500', message: 'Lỗi hệ thống' } } : undefined));
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-241105-0004'), { kind: 'not-found' });
    await assert.rejects(client.procedures.get('1.004557'), { kind: 'server' });
  });

  it('names the broken field of a bad record, and survives garbage and slow answers', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...RECORD, NgayTiepNhan: '20241345083000' }, 'NgayTiepNhan'],
      [{ ...RECORD, TrangThaiHoSo: '11' }, 'TrangThaiHoSo'],
      [{ ...RECORD, TenTTHC: undefined }, 'TenTTHC'],
      [{ ...RECORD, QuaTrinhXuLy: [{ ...RECORD.QuaTrinhXuLy[0], NgayKetThucTheoQuyDinh: 'hôm qua' }] }, 'QuaTrinhXuLy[0].NgayKetThucTheoQuyDinh'],
    ];
    for (const [record, field] of cases) {
      const client = await portal((_r, body) => (body.service === 'TraCuuHoSo' ? { body: { error_code: '0', result: [record] } } : undefined));
      await assert.rejects(client.dossiers.lookup(CODE), (e: MotcuaError) => {
        assert.equal(e.kind, 'bad-response');
        assert.ok(e.field?.endsWith(field), `${e.field} names ${field}`);
        return true;
      });
      await server!.close();
    }
    const garbage = await portal((_r, body) => (body.service === 'TraCuuHoSo' ? { body: '<html>502</html>' } : undefined));
    await assert.rejects(garbage.dossiers.lookup(CODE), { kind: 'bad-response' });
    await server!.close();
    const slow = await portal((_r, body) => (body.service === 'TraCuuHoSo' ? { delayMs: 1500, body: { error_code: 0, result: [] } } : undefined));
    await assert.rejects(slow.dossiers.lookup(CODE), { kind: 'timeout' });
  });

  it('maps any mutated record to a valid model or a typed bad-response error (property)', async () => {
    let answer: unknown;
    const client = await portal((_r, body) => (body.service === 'TraCuuHoSo' || body.service === 'LayThuTuc' ? { body: { error_code: 0, result: [answer] } } : undefined));
    const { outcomes, check } = mappingCheck();
    await fc.assert(
      fc.asyncProperty(mutated(RECORD), async (record) => {
        answer = record;
        await check(() => client.adapter.lookupDossier(CODE, {}), DossierSchema);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(mutated(PROCEDURE), async (record) => {
        answer = record;
        await check(() => client.adapter.getProcedure(PROCEDURE.MATTHC, {}), ProcedureSchema);
      }),
      { numRuns: 150 },
    );
    // Both ways out were taken: the mutations are neither all harmless nor all fatal.
    assert.ok(outcomes.mapped > 20 && outcomes.refused > 20, JSON.stringify(outcomes));
  });
});
