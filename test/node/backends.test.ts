// The whole chain per real backend: the SDK's REST adapter → the gateway (config as an
// operator writes it) → the backend's adapter → the backend's simulator, all on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { restAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, type MotcuaClient } from '@motcua/core';
import { adapterFromConfig, createGateway, GatewayConfigSchema } from '@motcua/gateway';
import type { FastifyInstance } from 'fastify';
import { BACKENDS, startBackend, type RunningBackend } from '../simulators/index.js';

const data = createDemoDataset();

for (const name of BACKENDS) {
  describe(`gateway over ${name}`, () => {
    let backend: RunningBackend;
    let app: FastifyInstance;
    let client: MotcuaClient;
    let url = '';
    const dropped: string[] = [];
    before(async () => {
      backend = await startBackend(name, data);
      // The adapter config goes through the same validation as a config file.
      const config = GatewayConfigSchema.parse({ adapter: backend.adapter });
      app = await createGateway({
        adapter: adapterFromConfig(config.adapter, {
          onDroppedFields: (r) => dropped.push(...r.fields),
          onSkippedRecords: () => undefined,
        }),
        limits: { failedLookups: 3 },
      });
      url = await app.listen({ port: 0, host: '127.0.0.1' });
      client = createClient({ adapter: restAdapter({ endpoint: url, retries: 0 }) });
    });
    after(async () => {
      await app.close();
      await backend.close();
    });

    // OpenCPS checks its secret key itself; for the others the gateway compares the applicant's ID number.
    const keyOf = (d: (typeof data.dossiers)[number]) => (name === 'opencps' ? d.lookupKey! : d.applicant!.idNumber!);

    it('a keyed lookup answers the dossier without contact data', async () => {
      const d = data.dossiers.find((x) => x.status === 4 && x.applicant?.idNumber && (x.steps?.length ?? 0) > 1)!;
      const full = await client.dossiers.lookup(d.code, { key: keyOf(d) });
      assert.notEqual(full.restricted, true);
      assert.equal(full.status, d.status);
      assert.equal(full.procedure.name, d.procedure.name);
      assert.equal(full.applicant?.name, d.applicant?.name);
      assert.equal(full.applicant?.idNumber, undefined);
      assert.equal(full.applicant?.phone, undefined);
      assert.equal(Date.parse(full.appointmentAt!), Date.parse(d.appointmentAt!));
    });

    it('without a key: the public view, or (OpenCPS) a request for the key that is not counted as a failure', async () => {
      const d = data.dossiers.find((x) => x.status === 9)!;
      if (name === 'opencps') {
        for (let i = 0; i < 4; i++) {
          await assert.rejects(
            client.dossiers.lookup(d.code),
            (e: Error & { kind?: string }) => e.kind === 'key-required' && /chỉ cho tra cứu hồ sơ khi có mã tra cứu/.test(e.message),
          );
        }
        assert.equal(
          (await client.dossiers.lookup(d.code, { key: keyOf(d) })).status,
          9,
          'four lookups without a key did not block the client',
        );
      } else {
        const open = await client.dossiers.lookup(d.code);
        assert.equal(open.restricted, true);
        assert.equal(open.status, 9);
        assert.match(open.applicant?.name ?? '', /\./, 'the name is masked');
      }
    });

    it("the no-JavaScript page shows the same answer, with the office's own words for a status it had to read from them", async () => {
      // The iGate simulator sends status 16 "Chờ phê duyệt" for every fifth dossier in progress.
      const d =
        name === 'igate' ? data.dossiers.find((x, i) => x.status === 4 && i % 5 === 0)! : data.dossiers.find((x) => x.status === 4)!;
      // The page's form posts the key (an ID number never in an address).
      const page = await (
        await fetch(`${url}/lookup`, { method: 'POST', body: new URLSearchParams({ code: d.code, key: keyOf(d) }) })
      ).text();
      assert.match(page, /<dt>Trạng thái<\/dt><dd>Đang xử lý<\/dd>/);
      if (name === 'igate') assert.match(page, /<dt>Trạng thái tại cơ quan<\/dt><dd>Chờ phê duyệt<\/dd>/);
      else assert.doesNotMatch(page, /Trạng thái tại cơ quan/);
    });

    it('a wrong key is refused and counted; an unknown code is not found', async () => {
      const d = data.dossiers.find((x) => x.status === 5)!;
      // A wrong key of the kind the backend's records carry: said in its words.
      const wrong = name === 'opencps' ? 'SAI9' : '042000000999';
      await assert.rejects(
        client.dossiers.lookup(d.code, { key: wrong }),
        (e: Error & { kind?: string; keyKind?: string }) =>
          e.kind === 'key-required' && e.keyKind === (name === 'opencps' ? 'receipt' : 'id-number'),
      );
      await assert.rejects(client.dossiers.lookup('000.00.12.H42-200101-0009', { key: wrong }), { kind: 'not-found' });
    });

    it('the office screens: statistics and the hall board where the backend lists dossiers, unsupported where not', async () => {
      const stats = await fetch(`${url}/v1/stats?from=2020-01-01&to=2030-12-31&groupBy=agency`);
      const board = await fetch(`${url}/v1/board?days=180`);
      if (name !== 'igate') {
        assert.deepEqual([stats.status, board.status], [501, 501]);
        return;
      }
      // iGate lists dossiers accepted in a period: those the desk has accepted (not the newly submitted).
      const accepted = data.dossiers.filter((d) => d.status !== 1);
      const body = (await stats.json()) as { total: number; groups: Array<{ total: number }> };
      assert.equal(body.total, accepted.length);
      assert.equal(
        body.groups.reduce((n, g) => n + g.total, 0),
        body.total,
      );
      const hall = (await board.json()) as { ready: Array<{ code: string; applicant?: string }> };
      assert.deepEqual(
        hall.ready.map((i) => i.code).sort(),
        data.dossiers
          .filter((d) => d.status === 9)
          .map((d) => d.code)
          .sort(),
      );
      assert.ok(
        hall.ready.every((i) => !i.applicant || /\./.test(i.applicant)),
        'masked',
      );
    });

    it('the catalogue: search in Vietnamese, a procedure by code', async () => {
      const hits = await client.procedures.search('dang ky khai sinh', { limit: 3 });
      assert.match(hits.items[0]?.procedure.name ?? '', /khai sinh/i);
      const p = data.procedures[5]!;
      assert.equal((await client.procedures.get(p.code)).name, p.name);
      assert.deepEqual(
        dropped.filter((f) => !/statusMap|status word/.test(f)),
        [],
        "nothing unreadable in the simulator's own records",
      );
    });
  });
}

describe('gateway over opencps as opencps-v2 answers (HTTP 203 for a wrong key and an unknown dossier)', () => {
  let backend: RunningBackend;
  let app: FastifyInstance;
  let client: MotcuaClient;
  before(async () => {
    backend = await startBackend('opencps', data, { variant: 'public-code' });
    const config = GatewayConfigSchema.parse({ adapter: backend.adapter });
    app = await createGateway({
      adapter: adapterFromConfig(config.adapter, { onDroppedFields: () => undefined, onSkippedRecords: () => undefined }),
      limits: { failedLookups: 3 },
    });
    client = createClient({ adapter: restAdapter({ endpoint: await app.listen({ port: 0, host: '127.0.0.1' }), retries: 0 }) });
  });
  after(async () => {
    await app.close();
    await backend.close();
  });

  it('without a key the citizen is asked for it (not counted); a 203 is a wrong key, counted as a failed guess, never a server error', async () => {
    const d = data.dossiers.find((x) => x.status === 4)!;
    for (let i = 0; i < 4; i++)
      await assert.rejects(
        client.dossiers.lookup(d.code),
        (e: Error & { kind?: string }) => e.kind === 'key-required' && /chỉ cho tra cứu hồ sơ khi có mã tra cứu/.test(e.message),
      );
    assert.equal((await client.dossiers.lookup(d.code, { key: d.lookupKey! })).status, 4);
    await assert.rejects(
      client.dossiers.lookup(d.code, { key: 'SAI9' }),
      (e: Error & { kind?: string }) => e.kind === 'key-required' && /Mã tra cứu không đúng/.test(e.message),
    );
    // OpenCPS cannot tell an unknown dossier from a wrong key: the same answer, the same count.
    await assert.rejects(
      client.dossiers.lookup('000.00.12.H42-200101-0009', { key: 'ABCD' }),
      (e: Error & { kind?: string }) => e.kind === 'key-required' && /Mã tra cứu không đúng/.test(e.message),
    );
    await assert.rejects(client.dossiers.lookup(d.code, { key: 'SAI8' }), { kind: 'key-required' });
    await assert.rejects(
      client.dossiers.lookup(d.code, { key: d.lookupKey! }),
      { kind: 'rate-limited' },
      'three failed guesses block the client',
    );
  });
});

describe("gateway over the national portal answering TraCuuHoSo as TH's driving-licence connector reads it", () => {
  let backend: RunningBackend;
  let app: FastifyInstance;
  let url = '';
  before(async () => {
    backend = await startBackend('dvcqg', data, { variant: 'gplx' });
    // The config as an operator writes it: the unit parameter renamed.
    const config = GatewayConfigSchema.parse({ adapter: backend.adapter });
    app = await createGateway({
      adapter: adapterFromConfig(config.adapter, { onDroppedFields: () => undefined, onSkippedRecords: () => undefined }),
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await backend.close();
  });

  it('{ error_code: "0", data: [{ TenDVC, MaTrangThai, NgayTiepNhan: "dd/MM/yyyy HH:mm:ss" }] } is served: status, procedure, appointment, the submitter masked', async () => {
    const d = data.dossiers.find((x) => x.status === 4 && x.applicant?.name)!;
    const open = await createClient({ adapter: restAdapter({ endpoint: url, retries: 0 }) }).dossiers.lookup(d.code);
    assert.deepEqual(
      [open.status, open.procedure.name, Date.parse(open.appointmentAt!)],
      [4, d.procedure.name, Date.parse(d.appointmentAt!)],
    );
    assert.equal(open.restricted, true);
    assert.match(open.applicant?.name ?? '', /\./, 'masked');
  });
});

describe('gateway over the national portal: the owner’s ID as a provincial sync pushes it (DinhDanhCHS)', () => {
  let backend: RunningBackend;
  let app: FastifyInstance;
  let url = '';
  before(async () => {
    backend = await startBackend('dvcqg', data);
    const config = GatewayConfigSchema.parse({ adapter: backend.adapter });
    app = await createGateway({
      adapter: adapterFromConfig(config.adapter, { onDroppedFields: () => undefined, onSkippedRecords: () => undefined }),
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await backend.close();
  });
  const post = (code: string, key: string) => fetch(`${url}/v1/dossiers/${code}`, { method: 'POST', body: new URLSearchParams({ key }) });

  it('a record with its ID in DinhDanhCHS alone opens with that ID; one pushed with the placeholder "000000001" opens with nothing', async () => {
    // The simulator pushes every third record's ID in DinhDanhCHS only, one in seven of them as "000000001".
    const pushed = data.dossiers.map((d, i) => ({ d, i })).filter(({ d, i }) => i % 3 === 1 && d.applicant?.idNumber);
    const real = pushed.find(({ i }) => i % 7 !== 1)!.d;
    const placeholder = pushed.find(({ i }) => i % 7 === 1)!.d;
    const open = await post(real.code, real.applicant!.idNumber!);
    assert.equal(open.status, 200);
    assert.equal(((await open.json()) as { dossier: { applicant?: { name: string } } }).dossier.applicant?.name, real.applicant!.name);
    for (const key of ['000000001', placeholder.applicant!.idNumber!]) {
      const res = await post(placeholder.code, key);
      assert.equal(res.status, 403, key);
      assert.equal(((await res.json()) as { error: { keyKind?: string } }).error.keyKind, 'id-number');
    }
  });
});
