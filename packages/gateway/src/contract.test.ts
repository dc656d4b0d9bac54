// The gateway's contract at its edges (issue 26): what a public board, a page opened with the
// key and every refusal look like, over real HTTP on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryAdapter, restAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import type { Adapter, HallBoard } from '@motcua/core';
import { maskName } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import { scriptedServer } from '../../../test/helpers/http-server.js';
import { createGateway, type GatewayOptions } from './app.js';

const NOW = Date.parse('2026-11-23T10:00:00+07:00');
const data = createDemoDataset({ now: NOW });
const dossier = data.dossiers.find((d) => d.lookupKey && d.applicant)!;

interface Running {
  app: FastifyInstance;
  url: string;
}

/** A gateway on a free loopback port, over the demo data unless told otherwise. */
async function start(options: Partial<GatewayOptions> = {}, adapter: Adapter = memoryAdapter(data)): Promise<Running> {
  const stream = new Writable({ write: (_chunk, _enc, done) => done() });
  const app = await createGateway({ adapter, logger: { level: 'warn', stream }, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

type Spec = { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
const specOf = async (url: string) => (await (await fetch(`${url}/openapi.json`)).json()) as Spec;

describe('gateway contract: a board from any adapter is masked', () => {
  const FULL = ['Nguyễn Văn Dũng', 'Lan', 'Trần\u200bThị\u200bHoa', 'Lê.Minh_Tuấn'];
  const hostileItem = (i: number) => ({
    code: `000.00.12.H42-261120-000${i}`,
    procedure: 'Đăng ký khai sinh',
    applicant: FULL[i % FULL.length],
    agency: 'UBND xã Thạch Hạ',
    appointmentAt: '2026-11-24T08:00:00+07:00',
    phone: '0912345678',
    idNumber: '042090001234',
    lookupKey: 'K7Q2',
  });
  const hostile = {
    updatedAt: '2026-11-23T03:00:00.000Z',
    agency: 'UBND xã Thạch Hạ <script>',
    operator: { phone: '0987654321' },
    ready: [0, 1, 2, 3].map(hostileItem),
    waiting: [{ ...hostileItem(4), reason: 'payment' }, { ...hostileItem(5), reason: 'supplement' }],
  };

  async function check(adapter: Adapter, label: string): Promise<void> {
    const gw = await start({}, adapter);
    try {
      const spec = await specOf(gw.url);
      const res = await fetch(`${gw.url}/v1/board?days=30`);
      assert.equal(res.status, 200, label);
      const text = await res.text();
      const board = JSON.parse(text) as HallBoard & Record<string, unknown>;
      const itemFields = Object.keys(spec.components.schemas.BoardItem!.properties!);
      const boardFields = Object.keys(spec.components.schemas.Board!.properties!);
      assert.ok(Object.keys(board).every((f) => boardFields.includes(f)), `${label}: board fields ${Object.keys(board).join()}`);
      assert.equal(board.ready.length + board.waiting.length, 6, label);
      for (const [i, item] of [...board.ready, ...board.waiting].entries()) {
        assert.ok(Object.keys(item).every((f) => itemFields.includes(f)), `${label}: item fields ${Object.keys(item).join()}`);
        assert.equal(item.applicant, maskName(FULL[i % FULL.length]!), label);
      }
      assert.deepEqual(board.ready.map((item) => item.applicant), ['Nguyễn V. D.', 'L.', 'Trần T. H.', 'Lê M. T.'], label);
      assert.equal(board.agency, undefined, `${label}: the agency is the one asked for, not the upstream's`);
      for (const secret of ['0912345678', '0987654321', '042090001234', 'K7Q2', 'Văn', 'Lan', 'Thị', 'Hoa', 'Minh', 'Tuấn', 'operator']) assert.ok(!text.includes(secret), `${label}: the board shows ${secret}`);
    } finally {
      await gw.app.close();
    }
  }

  it('from another gateway (the rest adapter) answering full names and extra fields', async () => {
    const upstream = await scriptedServer((req) => (req.path === '/v1/board' ? { body: hostile } : { status: 404, body: { error: { kind: 'not-found' } } }));
    try {
      await check(restAdapter({ endpoint: upstream.url, retries: 0 }), 'rest');
      assert.ok(upstream.requests.some((r) => r.path === '/v1/board'), 'the upstream was asked');
    } finally {
      await upstream.close();
    }
  });

  it('from an adapter of its own making (a hallBoard that returns full names)', async () => {
    const { listDossiers: _none, ...rest } = memoryAdapter(data);
    await check({ ...rest, name: 'own', hallBoard: async () => structuredClone(hostile) as never }, 'own');
  });
});

describe('gateway contract: a page opened with the key is private', () => {
  let gw: Running;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-portal-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Cổng</title>');
    gw = await start({ portalDir: dir });
  });
  after(() => gw.app.close());

  it('the receipt link /?code=…&key=… and any portal file with key= are private, no-store; without the key, public', async () => {
    const code = encodeURIComponent(dossier.code);
    const receipt = await fetch(`${gw.url}/?code=${code}&key=${dossier.lookupKey}`);
    assert.equal(receipt.status, 200);
    assert.match(receipt.headers.get('link') ?? '', /key=/, 'the preload carries the key');
    assert.equal(receipt.headers.get('cache-control'), 'private, no-store');
    for (const path of [`/index.html?code=${code}&key=${dossier.lookupKey}`, '/?key=', '/index.html?key=WRONG']) {
      assert.equal((await fetch(gw.url + path)).headers.get('cache-control'), 'private, no-store', path);
    }
    // Revalidating the receipt link with its ETag: the 304 stays private.
    const etag = receipt.headers.get('etag')!;
    const again = await fetch(`${gw.url}/?code=${code}&key=${dossier.lookupKey}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('cache-control'), 'private, no-store');
    const open = await fetch(`${gw.url}/?code=${code}`);
    assert.equal(open.headers.get('cache-control'), 'public, max-age=60', 'without the key the page is cached as before');
  });

  it('the no-JavaScript lookup with key= is private, no-store, whatever it answers', async () => {
    const code = encodeURIComponent(dossier.code);
    for (const [path, status] of [[`/lookup?code=${code}&key=${dossier.lookupKey}`, 200], [`/lookup?code=${code}&key=WRONG`, 403], ['/lookup?code=not-a-code&key=K', 400]] as const) {
      const res = await fetch(gw.url + path);
      assert.equal(res.status, status, path);
      assert.equal(res.headers.get('cache-control'), 'private, no-store', path);
    }
  });
});
