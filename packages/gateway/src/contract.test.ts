// The gateway's contract at its edges (issue 26): what a public board, a page opened with the
// key and every refusal look like, over real HTTP on loopback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { maxHeaderSize } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryAdapter, restAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { ERROR_MESSAGES, type Adapter, type HallBoard } from '@motcua/core';
import { maskName } from '@motcua/core/status';
import Ajv2020 from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { scriptedServer } from '../../../test/helpers/http-server.js';
import { createGateway, type GatewayOptions } from './app.js';
import { generateVapidKeys } from './follow/push.js';
import { memoryWatchStore } from './follow/store.js';

const NOW = Date.parse('2026-11-23T10:00:00+07:00');
const data = createDemoDataset({ now: NOW });
const dossier = data.dossiers.find((d) => d.lookupKey && d.applicant)!;
const procedure = data.procedures[0]!;

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

type Spec = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};
const specOf = async (url: string) => (await (await fetch(`${url}/openapi.json`)).json()) as Spec;

// CommonJS: its default export is under `default` when imported from ESM.
const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;

/** Checks a body against the spec's Error schema, and that `message` is in Vietnamese by default. */
function assertErrorBody(spec: Spec, body: unknown, kind: string, label: string): void {
  const validate = new Ajv({ strict: false }).compile(spec.components.schemas.Error!);
  assert.ok(validate(body), `${label}: ${JSON.stringify(validate.errors)} — ${JSON.stringify(body)}`);
  const { error } = body as { error: { kind: string; message: string; messages: { vi: string } } };
  assert.equal(error.kind, kind, label);
  assert.equal(error.message, error.messages.vi, label);
}

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
    waiting: [
      { ...hostileItem(4), reason: 'payment' },
      { ...hostileItem(5), reason: 'supplement' },
    ],
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
      assert.ok(
        Object.keys(board).every((f) => boardFields.includes(f)),
        `${label}: board fields ${Object.keys(board).join()}`,
      );
      assert.equal(board.ready.length + board.waiting.length, 6, label);
      for (const [i, item] of [...board.ready, ...board.waiting].entries()) {
        assert.ok(
          Object.keys(item).every((f) => itemFields.includes(f)),
          `${label}: item fields ${Object.keys(item).join()}`,
        );
        assert.equal(item.applicant, maskName(FULL[i % FULL.length]!), label);
      }
      assert.deepEqual(
        board.ready.map((item) => item.applicant),
        ['Nguyễn V. D.', 'L.', 'Trần T. H.', 'Lê M. T.'],
        label,
      );
      assert.equal(board.agency, undefined, `${label}: the agency is the one asked for, not the upstream's`);
      for (const secret of ['0912345678', '0987654321', '042090001234', 'K7Q2', 'Văn', 'Lan', 'Thị', 'Hoa', 'Minh', 'Tuấn', 'operator'])
        assert.ok(!text.includes(secret), `${label}: the board shows ${secret}`);
    } finally {
      await gw.app.close();
    }
  }

  it('from another gateway (the rest adapter) answering full names and extra fields', async () => {
    const upstream = await scriptedServer((req) =>
      req.path === '/v1/board' ? { body: hostile } : { status: 404, body: { error: { kind: 'not-found' } } },
    );
    try {
      await check(restAdapter({ endpoint: upstream.url, retries: 0 }), 'rest');
      assert.ok(
        upstream.requests.some((r) => r.path === '/v1/board'),
        'the upstream was asked',
      );
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
    // Under any name the lookup reads a key by (found attacking it: Key=, matracuu=…), or none.
    for (const path of [
      `/index.html?code=${code}&key=${dossier.lookupKey}`,
      '/?key=',
      '/index.html?key=WRONG',
      `/?code=${code}&Key=${dossier.lookupKey}`,
      `/?mahoso=${code}&matracuu=${dossier.lookupKey}`,
      `/?code=${code}&secretKey=${dossier.lookupKey}`,
      `/?code=${code}`,
    ]) {
      assert.equal((await fetch(gw.url + path)).headers.get('cache-control'), 'private, no-store', path);
    }
    // Revalidating the receipt link with its ETag: the 304 stays private.
    const etag = receipt.headers.get('etag')!;
    const again = await fetch(`${gw.url}/?code=${code}&key=${dossier.lookupKey}`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('cache-control'), 'private, no-store');
    const open = await fetch(`${gw.url}/`);
    assert.equal(open.headers.get('cache-control'), 'public, max-age=60', 'without a query the page is cached as before');
  });

  it('the no-JavaScript lookup with key= is private, no-store, whatever it answers', async () => {
    const code = encodeURIComponent(dossier.code);
    for (const [path, status] of [
      [`/lookup?code=${code}&key=${dossier.lookupKey}`, 200],
      [`/lookup?code=${code}&key=WRONG`, 403],
      ['/lookup?code=not-a-code&key=K', 400],
    ] as const) {
      const res = await fetch(gw.url + path);
      assert.equal(res.status, status, path);
      assert.equal(res.headers.get('cache-control'), 'private, no-store', path);
    }
  });
});

describe('gateway contract: what the API refuses, and how', () => {
  let gw: Running;
  let spec: Spec;
  before(async () => {
    gw = await start({
      origins: ['https://portal.hatinh.gov.vn'],
      limits: { perMinute: 10_000, dossierPerMinute: 10_000, failedLookups: 10_000 },
      follow: {
        vapid: { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' },
        store: memoryWatchStore(),
        intervalSeconds: 3600,
      },
    });
    spec = await specOf(gw.url);
  });
  after(() => gw.app.close());

  /** A valid value for each path parameter of each path the spec lists. */
  const PATH_VALUES: Record<string, string> = {
    '/v1/dossiers/{code}': dossier.code,
    '/v1/dossiers/{code}/summary': dossier.code,
    '/v1/procedures/{code}': procedure.code,
  };
  const fill = (template: string) => {
    if (!template.includes('{')) return template;
    const value = PATH_VALUES[template];
    assert.ok(value, `no valid path value for ${template}: add one to PATH_VALUES`);
    return template.replace(/\{[^}]+\}/g, encodeURIComponent(value));
  };

  it('every GET route answers an unknown query parameter with 400 invalid-input naming it', async () => {
    const paths = Object.keys(spec.paths).filter((p) => spec.paths[p]!.get);
    for (const route of [
      '/',
      '/v1/sectors',
      '/v1/agencies',
      '/openapi.json',
      '/healthz',
      '/v1/follow/key',
      '/v1/dossiers/{code}',
      '/v1/dossiers/{code}/summary',
      '/v1/procedures/{code}',
    ])
      assert.ok(paths.includes(route), `${route} is walked`);
    const accepted: string[] = [];
    for (const template of paths) {
      const path = fill(template);
      assert.equal((await fetch(gw.url + path)).status, 200, `GET ${path} without the parameter`);
      const res = await fetch(`${gw.url}${path}?zzz=1`);
      if (res.status !== 400) {
        accepted.push(`GET ${path}?zzz=1 → ${res.status}`);
        continue;
      }
      assert.equal((await fetch(`${gw.url}${path}?zzz=1`, { method: 'HEAD' })).status, 400, `HEAD ${path}?zzz=1`);
      // The no-JavaScript page answers its refusals as a page, as its spec says.
      const declared =
        (spec.paths[template]!.get as { responses: Record<string, { content?: Record<string, unknown> }> }).responses['400']?.content ?? {};
      if (declared['text/html']) {
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/, `GET ${path}?zzz=1`);
        continue;
      }
      const body = (await res.json()) as { error: { field?: string } };
      assertErrorBody(spec, body, 'invalid-input', `GET ${path}?zzz=1`);
      assert.equal(body.error.field, 'zzz', `GET ${path}?zzz=1`);
    }
    assert.deepEqual(accepted, []);
  });

  it('a path parameter longer than its schema allows is 400 naming it, and quick even at 16 KB', async () => {
    // The longest a request line can be (Node refuses a larger head with 431).
    const longest = maxHeaderSize - 512;
    for (const template of Object.keys(PATH_VALUES)) {
      for (const length of [201, 1000, longest]) {
        const path = template.replace(/\{[^}]+\}/, '9'.repeat(length));
        const started = performance.now();
        const res = await fetch(gw.url + path);
        const ms = performance.now() - started;
        assert.equal(res.status, 400, `${template} with ${length} characters`);
        const body = (await res.json()) as { error: { field?: string } };
        assertErrorBody(spec, body, 'invalid-input', `${template} ${length}`);
        assert.equal(body.error.field, 'code', `${template} ${length}`);
        assert.ok(ms < 1000, `${template} with ${length} characters took ${Math.round(ms)} ms`);
      }
    }
  });

  it('a request head too large for Node (431) gets the documented Error body', async () => {
    const res = await fetch(`${gw.url}/v1/sectors`, { headers: { 'x-padding': 'x'.repeat(maxHeaderSize + 1) } });
    assert.equal(res.status, 431);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assertErrorBody(spec, await res.json(), 'invalid-input', '431');
    const long = await fetch(`${gw.url}/v1/dossiers/${'9'.repeat(maxHeaderSize + 1)}`);
    assert.equal(long.status, 431);
    assertErrorBody(spec, await long.json(), 'invalid-input', '431 (URL)');
  });

  it('a preflight without Origin (or without the method it asks for) gets the JSON Error body', async () => {
    const allowed = await fetch(`${gw.url}/v1/sectors`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.hatinh.gov.vn', 'access-control-request-method': 'GET' },
    });
    assert.equal(allowed.status, 204, 'a proper preflight is answered');
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal.hatinh.gov.vn');
    for (const [headers, field] of [
      [{ 'access-control-request-method': 'GET' }, 'origin'],
      [{ origin: 'https://portal.hatinh.gov.vn' }, 'access-control-request-method'],
    ] as const) {
      const res = await fetch(`${gw.url}/v1/sectors`, { method: 'OPTIONS', headers });
      assert.equal(res.status, 400, JSON.stringify(headers));
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      const body = (await res.json()) as { error: { field?: string; message: string } };
      assertErrorBody(spec, body, 'invalid-input', JSON.stringify(headers));
      assert.equal(body.error.field, field);
      assert.equal(body.error.message, ERROR_MESSAGES['invalid-input'].vi);
    }
  });
});
