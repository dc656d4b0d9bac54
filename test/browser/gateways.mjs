// Backends for browser tests, served by web-test-runner's own server:
// - /mock-gw/…: a scripted gateway in the test server's middleware (every state, on demand);
// - /gw/…: a proxy to the real gateway on the demo data, running on loopback.
// The scripted answers are chosen by the dossier code's sequence number.

const day = (d) => `2024-11-${String(d).padStart(2, '0')}T16:30:00+07:00`;

function dossier(code, key) {
  const full = key === 'GOOD';
  return {
    code,
    procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
    agency: { name: 'Ủy ban nhân dân phường Thạch Quý', level: 'commune' },
    applicant: { name: full ? 'Trần Hữu Thích' : 'Trần H. T.', masked: !full },
    receivedAt: '2024-11-05T08:30:00+07:00',
    appointmentAt: day(28),
    status: 4,
    restricted: !full,
    ...(full
      ? {
          steps: [
            { name: 'Tiếp nhận hồ sơ', department: 'Bộ phận một cửa', status: 'done', finishedAt: day(5) },
            { name: 'Thẩm định hồ sơ', department: 'Công chức Tư pháp – Hộ tịch', status: 'in-progress', dueAt: day(27) },
          ],
        }
      : {}),
  };
}

const error = (kind, vi) => ({ error: { kind, message: vi, messages: { vi, en: vi } } });
const attempts = new Map();

/**
 * web-test-runner marks any path with a file extension as cacheable for a year, and a dossier
 * code (000.00.12.H42-…) looks like one: keep it from rewriting Cache-Control on API answers.
 */
function keepCacheControl(ctx) {
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) =>
    typeof field === 'string' && field.toLowerCase() === 'cache-control' && ctx.response.get('cache-control')
      ? undefined
      : set(field, value);
}

export async function mockGateway(ctx, next) {
  if (!ctx.path.startsWith('/mock-gw/')) return next();
  keepCacheControl(ctx);
  // /mock-gw/id/…: the same office, as a gateway over a backend whose key is the ID number says it.
  const idOffice = ctx.path.startsWith('/mock-gw/id/');
  const path = ctx.path.slice(idOffice ? '/mock-gw/id'.length : '/mock-gw'.length);
  const send = (status, body, headers = {}) => {
    ctx.status = status;
    ctx.set('content-type', 'application/json');
    // Like the real gateway: never cached (the test server would otherwise answer 304).
    ctx.set('cache-control', 'no-store');
    for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
    ctx.body = JSON.stringify(body);
  };
  // The status in words a page shows before the lookup's code has arrived (the autoloader):
  // hostile backend text in it, which must stay text.
  const summary = /^\/v1\/dossiers\/([^/]+)\/summary$/.exec(path);
  if (summary) {
    const code = decodeURIComponent(summary[1]);
    const lang = String(ctx.query.lang ?? 'vi').split('-')[0] === 'en' ? 'en' : 'vi';
    return send(200, {
      summary: {
        lang,
        label: `Kết quả tra cứu hồ sơ ${code}`,
        rows: [
          { term: 'Mã hồ sơ', value: code },
          { term: 'Thủ tục', value: '<img src=x onerror="window.__pwned=1">Đăng ký khai sinh' },
          { term: 'Trạng thái', value: 'Đang xử lý', status: true },
        ],
      },
    });
  }
  const m = /^\/v1\/dossiers\/([^/]+)$/.exec(path);
  if (m) {
    const code = decodeURIComponent(m[1]);
    const seq = code.split('-').pop();
    const key = ctx.query.key;
    const n = (attempts.get(code) ?? 0) + 1;
    attempts.set(code, n);
    if (seq === '0404') return send(404, error('not-found', 'Không tìm thấy.'));
    if (seq === '0429') return send(429, error('rate-limited', 'Quá nhiều lần.'), { 'retry-after': '3' });
    if (seq === '0430') return send(429, error('rate-limited', 'Quá nhiều lần.'), { 'retry-after': '888' });
    if (seq === '0503' && n === 1) return send(503, error('network', 'Không kết nối được.'), { 'retry-after': '60' });
    if (seq === '0999') await new Promise((r) => setTimeout(r, 1500));
    // An office that answers only with the key (OpenCPS behind the gateway).
    if (seq === '0403' && !key) return send(403, error('key-required', 'Cơ quan này chỉ cho tra cứu hồ sơ khi có mã tra cứu.'));
    if (key && key !== 'GOOD') return send(403, error('key-required', 'Mã tra cứu không đúng.'));
    return send(200, { dossier: { ...dossier(code, key), ...(idOffice ? { keyKind: 'id-number' } : {}) } });
  }
  if (path.startsWith('/v1/procedures') || path.startsWith('/v1/sectors')) return next(); // served by /gw in finder tests
  return send(404, error('not-found', 'Không có.'));
}

/**
 * /fault-gw/<fault>/…: a backend that fails the way networks and servers do, on every route.
 * reset: the connection is cut; truncated: half a JSON body; html: a proxy's 502 page;
 * slow: answers after 3 s; 500: a server error with a JSON body; garbage: 200 with text.
 */
export async function faultyGateway(ctx, next) {
  const m = /^\/fault-gw\/([a-z0-9]+)\//.exec(ctx.path);
  if (!m) return next();
  keepCacheControl(ctx);
  ctx.set('cache-control', 'no-store');
  switch (m[1]) {
    case 'reset':
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    case 'truncated':
      ctx.set('content-type', 'application/json');
      ctx.body = '{"dossier":{"code":"000.00.12.H42-241105-0001","procedure":{"co';
      return;
    case 'html':
      ctx.status = 502;
      ctx.set('content-type', 'text/html');
      ctx.body = '<html><body><h1>502 Bad Gateway</h1></body></html>';
      return;
    case 'slow':
      await new Promise((r) => setTimeout(r, 3000));
      ctx.status = 204;
      return;
    case '500':
      ctx.status = 500;
      ctx.set('content-type', 'application/json');
      ctx.body = JSON.stringify(error('server', 'Lỗi máy chủ.'));
      return;
    case 'garbage':
      ctx.set('content-type', 'application/json');
      ctx.body = 'not json at all';
      return;
    default:
      return next();
  }
}

/**
 * A connection that drops the code an element loads on demand. Modules served under
 * `/drop-<a>,<b>/<path>` are the ones at `/<path>`, except that files whose names start with
 * <a> or <b> get a 503. The prefix gives the test its own module URLs: no other page (tests
 * run side by side) shares them, through the module map or the HTTP cache.
 */
export async function droppedModules(ctx, next) {
  const m = /^\/drop-([a-z,-]+)(\/.*)$/.exec(ctx.path);
  if (!m) return next();
  const file = m[2].split('/').pop() ?? '';
  if (m[1].split(',').some((name) => file.startsWith(name))) {
    ctx.status = 503;
    ctx.body = 'dropped';
    return;
  }
  ctx.url = ctx.url.slice(`/drop-${m[1]}`.length);
  return next();
}

const started = new Map();
/** A real gateway (built packages) on loopback over an in-memory backend: started on first use. */
function gatewayUrl(name) {
  if (!started.has(name)) {
    started.set(
      name,
      (async () => {
        const { createGateway } = await import('@motcua/gateway').catch(() => {
          throw new Error('Browser tests use the built gateway: run `npm run build` first (npm test does).');
        });
        const { memoryAdapter } = await import('@motcua/adapters');
        const data =
          name === 'hostile'
            ? await hostileData()
            : (await import('@motcua/adapters/demo')).createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') });
        const app = await createGateway({
          adapter: memoryAdapter(data),
          // Pages served with the gateway's own headers (its strict CSP), under /gw/.
          ...(name === 'demo' ? { portalDir: new URL('./pages', import.meta.url).pathname } : {}),
          limits: { perMinute: 10_000, dossierPerMinute: 1000, failedLookups: 1000 },
        });
        return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
      })(),
    );
  }
  return started.get(name);
}

async function hostileData() {
  const { HOSTILE_PROCEDURES, HOSTILE_DOSSIERS } = await import('../fixtures/hostile.mjs');
  return { procedures: HOSTILE_PROCEDURES, dossiers: HOSTILE_DOSSIERS };
}

/** Proxies `prefix`/* to a real gateway over loopback HTTP. */
function proxy(prefix, name) {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(`${prefix}/`)) return next();
    keepCacheControl(ctx);
    const { url } = await gatewayUrl(name);
    const res = await fetch(`${url}${ctx.url.slice(prefix.length)}`, {
      headers: { 'accept-language': ctx.get('accept-language') || 'vi' },
    });
    ctx.status = res.status;
    res.headers.forEach((v, k) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k)) ctx.set(k, v);
    });
    ctx.body = Buffer.from(await res.arrayBuffer());
  };
}

/** /gw/*: the real gateway on the demo data. */
export const realGateway = proxy('/gw', 'demo');
/** /hostile-gw/*: the real gateway over a backend that sends markup, script and floods. */
export const hostileGateway = proxy('/hostile-gw', 'hostile');

/** Stops the real gateways with the test server. */
export const stopGateway = {
  name: 'stop-real-gateway',
  async serverStop() {
    for (const gateway of started.values()) await (await gateway).app.close();
  },
};
