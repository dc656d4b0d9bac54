// The gateway over real HTTP on loopback, with the demo data set built around a fixed day.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import { connect } from 'node:net';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { ERROR_MESSAGES, MotcuaError, type Adapter, type Dossier } from '@motcua/core';
import { dossierTimeliness, summarizeDossiers } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { PAYLOADS } from '../../../test/fixtures/hostile.mjs';
import { restAdapter } from '@motcua/adapters';
import { scriptedServer } from '../../../test/helpers/http-server.js';
import { createGateway, type GatewayOptions } from './app.js';

const NOW = Date.parse('2026-11-23T10:00:00+07:00');
const data = createDemoDataset({ now: NOW });

interface Running {
  app: FastifyInstance;
  url: string;
  logs: string[];
  calls: string[];
}

/** A gateway on a free loopback port, over the demo data, counting backend calls. */
async function start(options: Partial<GatewayOptions> = {}, adapter: Adapter = memoryAdapter(data), level = 'info'): Promise<Running> {
  const calls: string[] = [];
  const counted: Adapter = {
    ...adapter,
    name: adapter.name,
    lookupDossier: (code, o) => (calls.push(`lookup ${code}`), adapter.lookupDossier(code, o)),
    searchProcedures: (q, o) => (calls.push('search'), adapter.searchProcedures(q, o)),
  };
  const logs: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
  const app = await createGateway({ adapter: counted, logger: { level, stream }, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, logs, calls };
}

const withKey = (d: Dossier) => d.lookupKey!;
const pick = (pred: (d: Dossier) => boolean) => data.dossiers.find(pred)!;
const overdue = pick((d) => dossierTimeliness(d, { now: NOW }).state === 'overdue' && !!d.steps?.length);

describe('gateway: dossiers and privacy', () => {
  let gw: Running;
  before(async () => (gw = await start({ origins: ['https://portal.hatinh.gov.vn'] })));
  after(() => gw.app.close());

  it('without the key: status, procedure, dates and a masked name only (no timeliness: the page computes it)', async () => {
    const res = await fetch(`${gw.url}/v1/dossiers/${encodeURIComponent(overdue.code.toLowerCase())}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = (await res.json()) as { dossier: Dossier; timeliness?: unknown };
    assert.equal(body.dossier.code, overdue.code);
    assert.equal(body.dossier.restricted, true);
    assert.equal(body.dossier.status, overdue.status);
    assert.equal(body.dossier.appointmentAt, overdue.appointmentAt);
    assert.equal(body.timeliness, undefined);
    assert.equal(dossierTimeliness(body.dossier).state, dossierTimeliness(overdue).state, 'the dates it needs are there');
    const [family, ...rest] = overdue.applicant!.name.split(' ');
    assert.equal(body.dossier.applicant?.name, [family, ...rest.map((w) => `${w[0]}.`)].join(' '));
    for (const hidden of ['steps', 'fees', 'supplementRequests', 'summary', 'lookupKey', 'note'])
      assert.ok(!(hidden in body.dossier), hidden);
    const text = JSON.stringify(body);
    for (const secret of [
      overdue.applicant!.phone!,
      overdue.applicant!.idNumber!,
      overdue.applicant!.address!,
      overdue.lookupKey!,
      overdue.applicant!.name,
    ]) {
      assert.ok(!text.includes(secret), `leaked ${secret}`);
    }
  });

  it('with the key: steps and details, still no contact data or key', async () => {
    const key = withKey(overdue).toLowerCase();
    for (const res of [
      await fetch(`${gw.url}/v1/dossiers/${overdue.code}?key=${encodeURIComponent(key)}`),
      await fetch(`${gw.url}/v1/dossiers/${overdue.code}`, { method: 'POST', body: new URLSearchParams({ key }) }),
    ]) {
      assert.equal(res.status, 200);
      const { dossier } = (await res.json()) as { dossier: Dossier };
      assert.equal(dossier.restricted, false);
      assert.equal(dossier.keyKind, 'receipt');
      assert.equal(dossier.steps?.length, overdue.steps?.length);
      assert.equal(dossier.applicant?.name, overdue.applicant!.name);
      const text = JSON.stringify(dossier);
      for (const secret of [overdue.applicant!.phone!, overdue.applicant!.idNumber!, overdue.applicant!.address!, overdue.lookupKey!])
        assert.ok(!text.includes(secret), `leaked ${secret}`);
    }
  });

  it('refuses an invalid code with 400 before any backend call', async () => {
    const before = gw.calls.length;
    for (const bad of ['abc', '000.00.12.H42-241305-0003', '<script>alert(1)</script>']) {
      const res = await fetch(`${gw.url}/v1/dossiers/${encodeURIComponent(bad)}`);
      assert.equal(res.status, 400, bad);
      const body = (await res.json()) as { error: { kind: string; message: string; field: string } };
      assert.equal(body.error.kind, 'invalid-input');
      assert.equal(body.error.field, 'code');
      assert.match(body.error.message, /Mã hồ sơ/);
    }
    assert.equal(gw.calls.length, before);
  });

  it('answers in English on request, 404 for unknown codes and routes', async () => {
    const res = await fetch(`${gw.url}/v1/dossiers/000.00.12.H42-200101-9999`, { headers: { 'accept-language': 'en-US,en;q=0.8' } });
    assert.equal(res.status, 404);
    const body = (await res.json()) as { error: { kind: string; message: string } };
    assert.equal(body.error.kind, 'not-found');
    assert.match(body.error.message, /Nothing was found/);
    const none = await fetch(`${gw.url}/v1/nothing-here`);
    assert.equal(none.status, 404);
    assert.equal(((await none.json()) as { error: { kind: string } }).error.kind, 'not-found');
  });

  it('coalesces identical concurrent look-ups into one backend call', async () => {
    const d = data.dossiers[20]!;
    const before = gw.calls.filter((c) => c === `lookup ${d.code}`).length;
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(`${gw.url}/v1/dossiers/${d.code}`)));
    assert.deepEqual(
      answers.map((r) => r.status),
      [200, 200, 200, 200, 200],
    );
    assert.equal(gw.calls.filter((c) => c === `lookup ${d.code}`).length - before, 1);
  });

  it('enforces the CORS allowlist and sends security headers', async () => {
    const ok = await fetch(`${gw.url}/v1/sectors`, { headers: { origin: 'https://portal.hatinh.gov.vn' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://portal.hatinh.gov.vn');
    const other = await fetch(`${gw.url}/v1/sectors`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    assert.equal(ok.headers.get('x-content-type-options'), 'nosniff');
    assert.match(ok.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  });

  it('refuses oversized requests with a JSON error', async () => {
    const res = await fetch(`${gw.url}/v1/dossiers/${'0'.repeat(400)}`);
    assert.ok(res.status >= 400 && res.status < 500, String(res.status));
    const q = await fetch(`${gw.url}/v1/procedures?q=${'a'.repeat(300)}`);
    assert.equal(q.status, 400);
    assert.equal(((await q.json()) as { error: { kind: string } }).error.kind, 'invalid-input');
    const key = await fetch(`${gw.url}/v1/dossiers/${overdue.code}?key=${'k'.repeat(100)}`);
    assert.equal(key.status, 400);
  });

  it('answers a request Node cannot parse (raw non-ASCII in the URL, as a hand-typed curl sends) with the same JSON error', async () => {
    const { port } = new URL(gw.url);
    const socket = connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      Buffer.concat([
        Buffer.from('GET /v1/dossiers/000.00.12.H42-241105-0003?key='),
        Buffer.from('tờ', 'utf8'),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
      ]),
    );
    let raw = '';
    socket.setEncoding('utf8').on('data', (c: string) => (raw += c));
    await once(socket, 'close');
    const [head, body] = raw.split('\r\n\r\n');
    assert.match(head!, /^HTTP\/1\.1 400 Bad Request/);
    assert.match(head!, /content-type: application\/json/);
    // The documented Error body, `message` included (Vietnamese: no Accept-Language could be read).
    assert.deepEqual(JSON.parse(body!), {
      error: { kind: 'invalid-input', message: ERROR_MESSAGES['invalid-input'].vi, messages: ERROR_MESSAGES['invalid-input'] },
    });
  });

  it('logs no lookup key, phone, ID number or client address', async () => {
    await fetch(`${gw.url}/v1/dossiers/${overdue.code}?key=${withKey(overdue)}`);
    const text = gw.logs.join('');
    assert.ok(text.includes('/v1/dossiers/'));
    for (const secret of [overdue.lookupKey!, overdue.applicant!.phone!, overdue.applicant!.idNumber!, '127.0.0.1"'])
      assert.ok(!text.includes(secret), `log leaked ${secret}`);
  });
});

describe('gateway: abuse limits', () => {
  it('throttles failed look-ups (enumeration and wrong keys) and logs the client', async () => {
    const gw = await start({ limits: { failedLookups: 4, dossierPerMinute: 100 } });
    try {
      const statuses: number[] = [];
      for (let i = 1; i <= 3; i++) statuses.push((await fetch(`${gw.url}/v1/dossiers/000.00.12.H42-200101-000${i}`)).status);
      statuses.push((await fetch(`${gw.url}/v1/dossiers/${overdue.code}?key=WRNG`)).status);
      const blocked = await fetch(`${gw.url}/v1/dossiers/${overdue.code}?key=${withKey(overdue)}`);
      assert.deepEqual(statuses, [404, 404, 404, 403]);
      assert.equal(blocked.status, 429);
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
      const body = (await blocked.json()) as { error: { kind: string; retryAfter: number } };
      assert.equal(body.error.kind, 'rate-limited');
      assert.ok(body.error.retryAfter > 0);
      assert.ok(gw.logs.some((l) => l.includes('enumeration suspected')));
      // The catalogue stays open to the same client.
      assert.equal((await fetch(`${gw.url}/v1/sectors`)).status, 200);
    } finally {
      await gw.app.close();
    }
  });

  it("gives a network its own limits (a one-door hall's shared address)", async () => {
    const gw = await start({
      trustProxy: true,
      limits: { dossierPerMinute: 2 },
      networks: [{ name: 'hall', cidr: '203.113.0.0/24', dossierPerMinute: 5 }],
    });
    try {
      const from = async (address: string, n: number) => {
        const statuses: number[] = [];
        for (let i = 0; i < n; i++)
          statuses.push((await fetch(`${gw.url}/v1/dossiers/${overdue.code}`, { headers: { 'x-forwarded-for': address } })).status);
        return statuses;
      };
      assert.deepEqual(await from('203.113.0.40', 6), [200, 200, 200, 200, 200, 429]);
      assert.deepEqual(await from('198.51.100.7', 3), [200, 200, 429]);
    } finally {
      await gw.app.close();
    }
  });

  it('limits dossier look-ups per minute more strictly than the rest', async () => {
    const gw = await start({ limits: { dossierPerMinute: 3, perMinute: 50 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${gw.url}/v1/dossiers/${overdue.code}`)).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      assert.equal((await fetch(`${gw.url}/v1/procedures?q=khai+sinh`)).status, 200);
    } finally {
      await gw.app.close();
    }
  });
});

describe('gateway: catalogue, stats, health, OpenAPI', () => {
  let gw: Running;
  before(async () => (gw = await start()));
  after(() => gw.app.close());

  it('searches the way citizens speak, with filters and paging', async () => {
    const res = await fetch(`${gw.url}/v1/procedures?q=${encodeURIComponent('sổ đỏ')}&limit=3`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      items: Array<{ procedure: { code: string; levels: string[] }; highlights: number[][] }>;
      total: number;
    };
    assert.equal(body.items.length, 3);
    assert.ok(body.total >= 3);
    assert.ok(['1.012002', '1.004001'].includes(body.items[0]!.procedure.code), 'a first-issuance land certificate');
    const filtered = (await (await fetch(`${gw.url}/v1/procedures?q=dang+ky&level=commune&online=full&limit=50`)).json()) as typeof body;
    assert.ok(filtered.items.length > 0);
    assert.ok(filtered.items.every((h) => h.procedure.levels.includes('commune')));
    for (const bad of ['limit=abc', 'limit=0', 'level=village', 'online=maybe', 'offset=-1']) {
      assert.equal((await fetch(`${gw.url}/v1/procedures?${bad}`)).status, 400, bad);
    }
  });

  it('caches catalogue answers with Cache-Control and ETag (304)', async () => {
    const first = await fetch(`${gw.url}/v1/procedures/1.001193`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('cache-control') ?? '', /public, max-age=300/);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const second = await fetch(`${gw.url}/v1/procedures/1.001193`, { headers: { 'if-none-match': etag } });
    assert.equal(second.status, 304);
    const searches = gw.calls.filter((c) => c === 'search').length;
    await fetch(`${gw.url}/v1/procedures?q=ket+hon`);
    await fetch(`${gw.url}/v1/procedures?q=ket+hon`);
    assert.equal(gw.calls.filter((c) => c === 'search').length - searches, 1);
    assert.equal((await fetch(`${gw.url}/v1/procedures/9.999999`)).status, 404);
    const sectors = (await (await fetch(`${gw.url}/v1/sectors`)).json()) as { sectors: unknown[] };
    assert.ok(sectors.sectors.length > 20);
    const agencies = (await (await fetch(`${gw.url}/v1/agencies`)).json()) as { agencies: Array<{ level: string }> };
    assert.equal(agencies.agencies.filter((a) => a.level === 'commune').length, 15);
  });

  it('publishes statistics as offices do', async () => {
    const res = await fetch(`${gw.url}/v1/stats?from=2026-01-01&to=2026-12-31`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number; byStatus: Record<string, number>; onTimeRate: number };
    const expected = summarizeDossiers(data.dossiers.filter((d) => d.receivedAt! >= '2025-12-31T17' && d.receivedAt! < '2026-12-31T17'));
    assert.equal(body.total, expected.total);
    assert.deepEqual(body.byStatus, JSON.parse(JSON.stringify(expected.byStatus)));
    for (const bad of ['from=2026-13-01', 'from=yesterday', 'from=2026-12-01&to=2026-01-01'])
      assert.equal((await fetch(`${gw.url}/v1/stats?${bad}`)).status, 400, bad);
  });

  it('documents every route in OpenAPI 3.1 generated from the route schemas, served at /openapi.json', async () => {
    const served = (await (await fetch(`${gw.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    assert.equal(served.openapi, '3.1.0');
    // A key in a body: the dossier look-up and the no-JS page's form (an ID number never in an address).
    const posted = new Set(['/v1/dossiers/{code}', '/lookup']);
    for (const [path, operations] of Object.entries(served.paths))
      assert.deepEqual(Object.keys(operations).sort(), posted.has(path) ? ['get', 'head', 'post'] : ['get', 'head'], path);
    const routes = [
      '/',
      '/v1/dossiers/:code',
      '/v1/dossiers/:code/summary',
      '/v1/procedures',
      '/v1/procedures/:code',
      '/v1/sectors',
      '/v1/agencies',
      '/v1/stats',
      '/v1/board',
      '/healthz',
      '/openapi.json',
      '/lookup',
    ];
    for (const url of routes) assert.ok(gw.app.hasRoute({ method: 'GET', url }), url);
    assert.deepEqual(
      Object.keys(served.paths)
        .map((p) => p.replace(/\{(\w+)\}/g, ':$1'))
        .sort(),
      [...routes].sort(),
    );
  });
});

describe('gateway: the no-JavaScript lookup page', () => {
  it('answers a plain form with an escaped HTML page, private without the key', async () => {
    const gw = await start();
    try {
      const open = await fetch(`${gw.url}/lookup?code=${encodeURIComponent(overdue.code)}`);
      assert.equal(open.status, 200);
      assert.match(open.headers.get('content-type') ?? '', /text\/html/);
      const page = await open.text();
      assert.match(page, /Kết quả tra cứu hồ sơ/);
      assert.ok(page.includes(overdue.procedure.name));
      assert.ok(!page.includes(overdue.applicant!.name) && !page.includes(overdue.applicant!.phone!));
      assert.match(page, /Quá hạn \d+ ngày/);
      const full = await (await fetch(`${gw.url}/lookup?code=${overdue.code}&key=${overdue.lookupKey}`)).text();
      assert.match(full, /Quá trình xử lý/);
      const bad = await fetch(`${gw.url}/lookup?code=${encodeURIComponent('<script>alert(1)</script>')}`);
      assert.equal(bad.status, 400);
      assert.ok(!(await bad.text()).includes('<script>alert'));
      assert.equal((await fetch(`${gw.url}/lookup?code=000.00.12.H42-200101-0001`)).status, 404);
    } finally {
      await gw.app.close();
    }
  });
});

describe('gateway: the no-JavaScript page keeps the code the citizen typed', () => {
  const codeField = (html: string) => /<input id="code" name="code" required(?: value="([^"]*)")?>/.exec(html)?.[1];

  it('refills the code field on the result page and on every error page, with a valid code only, never the key', async () => {
    const gw = await start({ limits: { failedLookups: 1000 } });
    try {
      const lower = overdue.code.toLowerCase();
      const result = await fetch(`${gw.url}/lookup`, {
        method: 'POST',
        body: new URLSearchParams({ code: lower, key: overdue.lookupKey! }),
      });
      assert.equal(result.status, 200);
      assert.equal(codeField(await result.text()), overdue.code, 'the result page, the code as printed');
      const wrongKey = await fetch(`${gw.url}/lookup`, { method: 'POST', body: new URLSearchParams({ code: overdue.code, key: 'ZZZZ' }) });
      assert.equal(wrongKey.status, 403);
      const wrongPage = await wrongKey.text();
      assert.equal(codeField(wrongPage), overdue.code, 'a wrong key: the code kept, to type the key again');
      assert.ok(!wrongPage.includes('ZZZZ'), 'the key is never written back');
      const unknown = await fetch(`${gw.url}/lookup?code=000.00.12.H42-200101-0001`);
      assert.equal(unknown.status, 404);
      assert.equal(codeField(await unknown.text()), '000.00.12.H42-200101-0001', 'an unknown code: kept, to correct it');
      for (const typed of ['<script>alert(1)</script>', '042093001234', overdue.lookupKey!]) {
        const res = await fetch(`${gw.url}/lookup`, { method: 'POST', body: new URLSearchParams({ code: typed }) });
        assert.equal(res.status, 400, typed);
        const html = await res.text();
        assert.equal(codeField(html), undefined, `not a dossier code, not written back: ${typed}`);
        assert.ok(!html.includes(typed), typed);
      }
      assert.equal(codeField(await (await fetch(`${gw.url}/lookup`)).text()), undefined, 'the empty form is empty');
    } finally {
      await gw.app.close();
    }
  });
});

describe('gateway: a failing backend', () => {
  const down: Adapter = {
    name: 'down',
    lookupDossier: () => Promise.reject(new TypeError('fetch failed')),
    searchProcedures: () => Promise.reject(new MotcuaError('timeout', 'slow')),
    getProcedure: () => Promise.reject(new MotcuaError('bad-response', 'garbage', { field: 'TENTTHC' })),
    listSectors: () => Promise.reject(new TypeError('fetch failed')),
    listAgencies: () => Promise.reject(new Error('boom')),
    ping: () => Promise.reject(new MotcuaError('network', 'ECONNREFUSED')),
  };

  it('stays up, answers 5xx with a Vietnamese message, and reports degraded health', async () => {
    const gw = await start({}, down);
    try {
      const cases: Array<[string, number, string]> = [
        [`/v1/dossiers/${overdue.code}`, 503, 'network'],
        ['/v1/procedures?q=x', 504, 'timeout'],
        ['/v1/procedures/1.001193', 502, 'bad-response'],
        ['/v1/agencies', 502, 'server'],
        ['/v1/stats', 501, 'unsupported'],
      ];
      for (const [path, status, kind] of cases) {
        const res = await fetch(`${gw.url}${path}`);
        assert.equal(res.status, status, path);
        const body = (await res.json()) as { error: { kind: string; message: string } };
        assert.equal(body.error.kind, kind, path);
        assert.ok(body.error.message.length > 10);
        assert.ok(!JSON.stringify(body).includes('ECONNREFUSED') && !JSON.stringify(body).includes('TENTTHC'), 'no backend detail leaks');
      }
      const health = (await (await fetch(`${gw.url}/healthz`)).json()) as { status: string; backend: { ok: boolean; error: string } };
      assert.deepEqual([health.status, health.backend.ok, health.backend.error], ['degraded', false, 'network']);
    } finally {
      await gw.app.close();
    }
  });
});

describe('gateway: any parameters (property)', () => {
  it('answers every request with a status below 500 and, when refused, a JSON error with a message', async () => {
    const gw = await start({ limits: { perMinute: 100_000, dossierPerMinute: 100_000, failedLookups: 100_000 } });
    const word = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        ...PAYLOADS.map((p) => p.slice(0, 300)),
        overdue.code,
        withKey(overdue),
        '1.001193',
        'commune',
        'full',
        '2024-11-01',
        '-1',
        '1e9',
        '%',
        '..',
        '/',
      ),
    );
    const request = fc.oneof(
      fc
        .tuple(word, fc.option(word))
        .map(([code, key]) => `/v1/dossiers/${encodeURIComponent(code)}${key === null ? '' : `?key=${encodeURIComponent(key)}`}`),
      fc
        .dictionary(fc.constantFrom('q', 'limit', 'offset', 'sector', 'level', 'online', 'lang', 'x'), word)
        .map((params) => `/v1/procedures?${new URLSearchParams(params)}`),
      word.map((code) => `/v1/procedures/${encodeURIComponent(code)}`),
      fc.tuple(word, word).map(([from, to]) => `/v1/stats?${new URLSearchParams({ from, to })}`),
      fc.tuple(word, word).map(([code, key]) => `/lookup?${new URLSearchParams({ code, key })}`),
    );
    try {
      await fc.assert(
        fc.asyncProperty(request, fc.constantFrom('vi', 'en', 'xx', ''), async (path, lang) => {
          const res = await fetch(`${gw.url}${path}`, { headers: lang ? { 'accept-language': lang } : {} });
          assert.ok(res.status < 500, `${res.status} for ${path}`);
          const body = await res.text();
          if (res.status >= 400 && !path.startsWith('/lookup')) {
            const error = (JSON.parse(body) as { error?: { kind?: string; message?: string } }).error;
            assert.ok(error?.kind && (error.message ?? '').length > 5, `${path}: ${body.slice(0, 200)}`);
          }
        }),
        { numRuns: 300 },
      );
      // Still up and healthy afterwards.
      assert.equal((await fetch(`${gw.url}/healthz`)).status, 200);
    } finally {
      await gw.app.close();
    }
  });
});

describe('gateway: for its operator', () => {
  it('says what it is at / when it serves no portal', async () => {
    const gw = await start();
    try {
      const res = await fetch(`${gw.url}/`);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { service: string; links: { api: string } };
      assert.deepEqual([body.service, body.links.api], ['motcua-gateway', '/openapi.json']);
    } finally {
      await gw.app.close();
    }
  });

  it('matches an allowed origin written with a trailing slash', async () => {
    const gw = await start({ origins: ['https://portal.hatinh.gov.vn/'] });
    try {
      const res = await fetch(`${gw.url}/v1/sectors`, { headers: { origin: 'https://portal.hatinh.gov.vn' } });
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://portal.hatinh.gov.vn');
    } finally {
      await gw.app.close();
    }
  });

  it('logs why the backend failed: its address, status and the start of its answer, or the broken field', async () => {
    const backend = await scriptedServer((req) =>
      req.path === '/v1/sectors'
        ? { status: 404, headers: { 'content-type': 'text/html' }, body: '<html><h1>404 Not Found</h1> nginx</html>' }
        : req.path.startsWith('/v1/dossiers/')
          ? { body: { dossier: { code: '000.00.12.H42-241105-0003', procedure: { name: 'Đăng ký khai sinh' }, status: 42 } } }
          : { status: 500, body: 'upstream exploded' },
    );
    const gw = await start({}, restAdapter({ endpoint: backend.url, retries: 0 }), 'debug');
    try {
      await fetch(`${gw.url}/v1/sectors`);
      await fetch(`${gw.url}/v1/dossiers/000.00.12.H42-241105-0003`);
      await fetch(`${gw.url}/v1/procedures?q=x`);
      const lines = gw.logs.map(
        (l) => JSON.parse(l) as { msg: string; level: number; detail?: string; field?: string; backendStatus?: number },
      );
      const notFound = lines.find((l) => l.detail?.includes('/v1/sectors'));
      assert.ok(notFound, 'the 404 is logged (at debug: a backend may rightly say "not found")');
      assert.match(notFound.detail!, new RegExp(`HTTP 404 from GET ${backend.url}/v1/sectors — <html><h1>404 Not Found</h1> nginx</html>`));
      const shape = lines.find((l) => l.msg === 'backend failure' && l.field);
      assert.ok(shape && shape.level === 40, 'a wrong shape is a warning');
      assert.equal(shape.field, 'status', 'what a citizen cannot do without: a broken optional field would have been left out');
      const server = lines.find((l) => l.msg === 'backend failure' && l.backendStatus === 500);
      assert.match(server!.detail!, /HTTP 500 from GET .*\/v1\/procedures — upstream exploded/);
      assert.ok(!server!.detail!.includes('q=x'), 'no query string in the log');
    } finally {
      await gw.app.close();
      await backend.close();
    }
  });
});

describe('gateway: what the client could not read in an answer goes to its log', () => {
  it('as JSON lines naming the answer and the fields, never on the console', async () => {
    const memory = memoryAdapter(data);
    const d = overdue;
    const sloppy: Adapter = {
      ...memory,
      name: 'rest',
      listSectors: async () => [{ code: 'XX' } as never, ...(await memory.listSectors({}))],
      lookupDossier: async () => ({ ...d, steps: [{ name: 'Thẩm định', dueAt: 'next tuesday' }] }),
    };
    const warned: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    const gw = await start({}, sloppy);
    try {
      assert.equal((await fetch(`${gw.url}/v1/sectors`)).status, 200);
      assert.equal((await fetch(`${gw.url}/v1/dossiers/${d.code}`)).status, 200);
    } finally {
      console.warn = warn;
      await gw.app.close();
    }
    assert.deepEqual(warned, [], 'nothing on the console');
    const lines = gw.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const catalogue = lines.find((l) => l.msg === 'catalogue fields left out: they could not be read');
    assert.deepEqual([catalogue?.level, catalogue?.list, catalogue?.dropped], [40, 'rest sectors', ['[0]']]);
    const dossier = lines.find((l) => l.msg === 'dossier fields left out: they could not be read');
    assert.deepEqual([dossier?.level, dossier?.backend, dossier?.code, dossier?.fields], [40, 'rest', d.code, ['steps[0].dueAt']]);
  });
});

describe('gateway: serving a portal fast', () => {
  /** A portal as the build leaves it: files with .br and .gz beside them, hashed chunks. */
  function portal(): string {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-portal-'));
    mkdirSync(join(dir, 'assets/motcua/chunks'), { recursive: true });
    const files: Record<string, string> = {
      'index.html': `<!doctype html><title>Cổng</title>${'<p>Thủ tục hành chính</p>'.repeat(80)}`,
      'assets/motcua/autoloader.js': `export const a = ${JSON.stringify('x'.repeat(2000))};`,
      'assets/motcua/chunks/codes-D7jrumiM.js': `export const b = ${JSON.stringify('y'.repeat(3000))};`,
    };
    for (const [name, body] of Object.entries(files)) {
      writeFileSync(join(dir, name), body);
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
    }
    return dir;
  }

  it('sends the pre-compressed files, hashed chunks for a year, entry points for five minutes, pages for one', async () => {
    const gw = await start({ portalDir: portal() });
    try {
      const get = (path: string, encoding = 'br, gzip') => fetch(`${gw.url}${path}`, { headers: { 'accept-encoding': encoding } });
      const chunk = await get('/assets/motcua/chunks/codes-D7jrumiM.js');
      assert.deepEqual(
        [chunk.status, chunk.headers.get('content-encoding'), chunk.headers.get('cache-control')],
        [200, 'br', 'public, max-age=31536000, immutable'],
      );
      assert.match(await chunk.text(), /^export const b/);
      const entry = await get('/assets/motcua/autoloader.js', 'gzip');
      assert.deepEqual([entry.headers.get('content-encoding'), entry.headers.get('cache-control')], ['gzip', 'public, max-age=300']);
      assert.ok(entry.headers.get('etag'), 'revalidated by ETag');
      const page = await get('/');
      assert.deepEqual(
        [page.status, page.headers.get('content-encoding'), page.headers.get('cache-control')],
        [200, 'br', 'public, max-age=60'],
      );
      assert.match(page.headers.get('vary') ?? '', /accept-encoding/i);
    } finally {
      await gw.app.close();
    }
  });

  it('compresses JSON answers over 1 KB, and a 304 announces no content type', async () => {
    const gw = await start();
    try {
      const big = await fetch(`${gw.url}/v1/procedures?limit=20`, { headers: { 'accept-encoding': 'br' } });
      assert.equal(big.headers.get('content-encoding'), 'br');
      const small = await fetch(`${gw.url}/healthz`, { headers: { 'accept-encoding': 'br' } });
      assert.equal(small.headers.get('content-encoding'), null, 'under 1 KB: not worth it');
      const first = await fetch(`${gw.url}/v1/sectors`);
      const again = await fetch(`${gw.url}/v1/sectors`, { headers: { 'if-none-match': first.headers.get('etag')! } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('content-type'), null);
      assert.equal(await again.text(), '');
    } finally {
      await gw.app.close();
    }
  });

  it("asks for a receipt link's answer with the page (a Link preload the lookup's request takes over)", async () => {
    const gw = await start({ portalDir: portal() });
    try {
      const page = await fetch(`${gw.url}/?code=000.00.12.H42-241105-0003&key=AB12`);
      assert.equal(
        page.headers.get('link'),
        '</v1/dossiers/000.00.12.H42-241105-0003?key=AB12>; rel=preload; as=fetch; crossorigin=anonymous',
      );
      const again = await fetch(`${gw.url}/?code=000.00.12.H42-241105-0003&key=AB12`, {
        headers: { 'if-none-match': page.headers.get('etag')! },
      });
      assert.equal(again.status, 304);
      assert.match(again.headers.get('link') ?? '', /rel=preload/, 'a revalidated page preloads too');
      // An ID or phone number someone put in the link: never in an address, and the lookup posts it — no preload.
      for (const key of ['042123456789', '0912%20345%20678'])
        assert.equal((await fetch(`${gw.url}/?code=000.00.12.H42-241105-0003&key=${key}`)).headers.get('link'), null, key);
      assert.equal(
        (await fetch(`${gw.url}/?code=000.00.12.H42-241105-0003`)).headers.get('link'),
        '</v1/dossiers/000.00.12.H42-241105-0003>; rel=preload; as=fetch; crossorigin=anonymous',
        'no key: the answer anyone with the code may see',
      );
      // A code typed by hand in lower case: the printed form the lookup will ask for.
      assert.equal(
        (await fetch(`${gw.url}/?code=000.00.12.h42-241105-0003`)).headers.get('link'),
        '</v1/dossiers/000.00.12.H42-241105-0003>; rel=preload; as=fetch; crossorigin=anonymous',
      );
      for (const path of ['/?code=%3Cscript%3E', '/', '/assets/motcua/autoloader.js?code=000.00.12.H42-241105-0003']) {
        assert.equal((await fetch(`${gw.url}${path}`)).headers.get('link'), null, path);
      }
    } finally {
      await gw.app.close();
    }
  });

  it("does not count the portal's files against a client's API limits", async () => {
    const gw = await start({ portalDir: portal(), limits: { perMinute: 3 } });
    try {
      for (let i = 0; i < 10; i++) assert.equal((await fetch(`${gw.url}/assets/motcua/autoloader.js`)).status, 200);
      const api = await fetch(`${gw.url}/v1/sectors`);
      assert.equal(api.status, 200, 'ten files later, the API still answers');
      assert.equal(api.headers.get('x-ratelimit-remaining'), '2');
    } finally {
      await gw.app.close();
    }
  });
});

describe('gateway: the office screens (statistics and the hall board)', () => {
  it('groups statistics by agency, sector, month or day, the groups adding up to the total', async () => {
    const gw = await start();
    try {
      for (const groupBy of ['agency', 'sector', 'month', 'day']) {
        const res = await fetch(`${gw.url}/v1/stats?from=2026-01-01&to=2026-12-31&groupBy=${groupBy}`);
        assert.equal(res.status, 200, groupBy);
        const body = (await res.json()) as {
          total: number;
          inProgress: number;
          groups: Array<{ key: string; total: number; finished: number }>;
        };
        assert.ok(body.groups.length > 1, groupBy);
        assert.equal(
          body.groups.reduce((n, g) => n + g.total, 0),
          body.total,
          `${groupBy} groups add up`,
        );
        if (groupBy === 'month' || groupBy === 'day')
          assert.deepEqual(
            body.groups.map((g) => g.key),
            [...body.groups.map((g) => g.key)].sort(),
          );
      }
      const agency = data.dossiers.find((d) => d.agency?.code)!.agency!;
      const one = (await (
        await fetch(`${gw.url}/v1/stats?from=2020-01-01&to=2030-12-31&agency=${encodeURIComponent(agency.code!)}`)
      ).json()) as { total: number };
      assert.equal(one.total, data.dossiers.filter((d) => d.agency?.code === agency.code).length);
    } finally {
      await gw.app.close();
    }
  });

  it('the board lists results ready and dossiers waiting for the applicant, with nothing beyond the public view', async () => {
    const gw = await start();
    try {
      const res = await fetch(`${gw.url}/v1/board?days=180`);
      assert.equal(res.status, 200);
      const text = await res.text();
      const board = JSON.parse(text) as {
        ready: Array<{ code: string; applicant?: string }>;
        waiting: Array<{ code: string; reason: string }>;
      };
      const ready = data.dossiers.filter((d) => d.status === 9);
      assert.deepEqual(board.ready.map((i) => i.code).sort(), ready.map((d) => d.code).sort());
      assert.deepEqual(new Set(board.waiting.map((i) => i.reason)), new Set(['supplement', 'payment']));
      for (const d of data.dossiers.filter((x) => [5, 6, 9].includes(x.status))) {
        for (const secret of [
          d.applicant?.name,
          d.applicant?.phone,
          d.applicant?.idNumber,
          d.applicant?.email,
          d.applicant?.address,
          d.lookupKey,
          d.summary,
        ]) {
          if (secret && secret.length > 3) assert.ok(!text.includes(secret), `the board shows no ${secret}`);
        }
      }
      assert.ok(
        board.ready.every((i) => !i.applicant || /\./.test(i.applicant)),
        'names are masked',
      );
      const fields = new Set(board.ready.concat(board.waiting as never[]).flatMap((i) => Object.keys(i)));
      assert.ok(
        [...fields].every((f) => ['code', 'procedure', 'applicant', 'agency', 'appointmentAt', 'reason'].includes(f)),
        [...fields].join(),
      );
    } finally {
      await gw.app.close();
    }
  });
});
