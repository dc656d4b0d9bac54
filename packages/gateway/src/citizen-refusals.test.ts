// What a citizen is told when something other than their own input fails (a fresh-eyes trial):
// the backend unreachable, busy, or saying its own words; a catalogue that cannot be read; a
// method or address the gateway does not have; a body too large or of a type it does not read;
// another site's form; and the wait a limit asks for — each over real HTTP on loopback.
import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { memoryAdapter, restAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { ERROR_MESSAGES } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { createGateway } from './app.js';
import { generateVapidKeys } from './follow/push.js';
import { memoryWatchStore } from './follow/store.js';
import { gatewayWord } from './words.js';

const data = createDemoDataset();
const d = data.dossiers.find((x) => x.lookupKey && x.steps?.length)!;
const closing: Array<() => Promise<unknown>> = [];
after(() => Promise.all(closing.map((close) => close())));

interface ErrorAnswer {
  error: { kind: string; message: string; messages: { vi: string; en: string }; retryAfter?: number };
}

async function gateway(options: Partial<Parameters<typeof createGateway>[0]> = {}): Promise<string> {
  const app: FastifyInstance = await createGateway({ adapter: memoryAdapter(data), ...options });
  closing.push(() => app.close());
  return app.listen({ port: 0, host: '127.0.0.1' });
}

/** A backend on loopback that answers as `answer` says (a misbehaving gateway behind this one). */
async function backend(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server: Server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port nothing listens on. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const overRest = async (endpoint: string) => gateway({ adapter: restAdapter({ endpoint, retries: 0, timeoutMs: 3000 }) });

describe('a failing backend, in the gateway’s words', () => {
  it('unreachable (a closed port, a connection reset): 503 "the office’s system is not answering", not "check your network" — on the API and the /lookup page', async () => {
    const reset = await backend((req) => req.socket.destroy());
    for (const endpoint of [await closedPort(), reset]) {
      const url = await overRest(endpoint);
      const res = await fetch(`${url}/v1/dossiers/${d.code}`, { headers: { 'accept-language': 'en' } });
      assert.equal(res.status, 503, endpoint);
      const { error } = (await res.json()) as ErrorAnswer;
      assert.equal(error.kind, 'network');
      assert.equal(error.message, gatewayWord('en', 'error.backend-unreachable'));
      assert.doesNotMatch(JSON.stringify(error), /your network|kiểm tra mạng/);
      const page = await fetch(`${url}/lookup?code=${encodeURIComponent(d.code)}&lang=en`);
      assert.equal(page.status, 503);
      const html = await page.text();
      assert.ok(html.includes(gatewayWord('en', 'error.backend-unreachable').replace(/'/g, '&#39;')), html);
    }
  });

  it('a backend’s 429 is the gateway’s 503 "the system is busy" with Retry-After, not the citizen’s "too many lookups"', async () => {
    const busy = await backend((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '120' });
      res.end(JSON.stringify({ error: { kind: 'rate-limited', messages: { vi: 'chậm lại', en: 'slow down' } } }));
    });
    const url = await overRest(busy);
    const res = await fetch(`${url}/v1/dossiers/${d.code}`, { headers: { 'accept-language': 'en' } });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '120');
    const { error } = (await res.json()) as ErrorAnswer;
    assert.equal(error.message, gatewayWord('en', 'error.backend-busy'));
    assert.equal(error.messages.vi, gatewayWord('vi', 'error.backend-busy'));
  });

  it('a backend’s own error text never reaches the citizen: the kind’s message, the detail in the log', async () => {
    const says = await backend((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { kind: 'not-found', message: 'x', messages: { vi: 'x', en: 'x' } } }));
    });
    const url = await overRest(says);
    const res = await fetch(`${url}/v1/dossiers/${d.code}`);
    assert.equal(res.status, 404);
    const { error } = (await res.json()) as ErrorAnswer;
    assert.equal(error.message, ERROR_MESSAGES['not-found'].vi);
    assert.deepEqual(error.messages, { vi: ERROR_MESSAGES['not-found'].vi, en: ERROR_MESSAGES['not-found'].en });
  });

  it('a catalogue of which no record can be read is a 502, not cached: the catalogue is served once the backend recovers', async () => {
    let broken = true;
    const catalogue = await backend((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(broken ? { sectors: [{ nope: true }] } : { sectors: [{ code: 'G01', name: 'Tư pháp' }] }));
    });
    const url = await overRest(catalogue);
    const bad = await fetch(`${url}/v1/sectors`);
    assert.equal(bad.status, 502);
    assert.equal(bad.headers.get('cache-control'), 'no-store');
    assert.equal(((await bad.json()) as ErrorAnswer).error.kind, 'bad-response');
    broken = false;
    const good = await fetch(`${url}/v1/sectors`);
    assert.equal(good.status, 200);
    assert.equal(((await good.json()) as { sectors: unknown[] }).sectors.length, 1);
  });

  it('a push host that does not resolve: 503 in the follow request’s `lang`, not "check your network"', async () => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const url = await gateway({
      limits: { failedLookups: 1000 },
      follow: {
        vapid: { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' },
        store: memoryWatchStore(),
        intervalSeconds: 3600,
        pushTargets: {
          hosts: ['push.example.com'],
          resolve: async () => {
            throw new Error('getaddrinfo ENOTFOUND');
          },
        },
      },
    });
    const res = await fetch(`${url}/v1/follow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'vi' },
      body: JSON.stringify({
        code: d.code,
        key: d.lookupKey,
        lang: 'en',
        subscription: {
          endpoint: 'https://push.example.com/x',
          keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
        },
      }),
    });
    const { error } = (await res.json()) as ErrorAnswer;
    assert.equal(res.status, 503, JSON.stringify(error));
    assert.equal(error.message, gatewayWord('en', 'follow.push-unreachable'));
  });
});

describe('refusals that say what was wrong', () => {
  it('a method an address does not take: 405 with Allow; an unknown address: 404 pointing to /openapi.json', async () => {
    const url = await gateway();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(`${url}/v1/dossiers/${d.code}`, { method, headers: { 'accept-language': 'en' } });
      assert.equal(res.status, 405, method);
      assert.deepEqual(res.headers.get('allow')?.split(', ').sort(), ['GET', 'HEAD', 'POST']);
      const { error } = (await res.json()) as ErrorAnswer;
      assert.match(error.message, new RegExp(`does not take ${method}`));
      assert.doesNotMatch(error.message, /check the code/);
    }
    const lookup = await fetch(`${url}/lookup`, { method: 'DELETE' });
    assert.equal(lookup.status, 405);
    assert.match(lookup.headers.get('allow') ?? '', /GET.*POST|POST.*GET/);
    const unknown = await fetch(`${url}/v1/nothing-here`, { headers: { 'accept-language': 'en' } });
    assert.equal(unknown.status, 404);
    const { error } = (await unknown.json()) as ErrorAnswer;
    assert.equal(error.message, gatewayWord('en', 'error.no-route'));
    assert.match(error.message, /\/openapi\.json/);
  });

  it('a body too large: 413 (3 KB to 3 MB); a type the gateway does not read: 415 — each said as what it is', async () => {
    const url = await gateway();
    for (const size of [3 * 1024, 3 * 1024 * 1024]) {
      const res = await fetch(`${url}/v1/dossiers/${d.code}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
        body: `key=${'A'.repeat(size)}`,
      });
      assert.equal(res.status, 413, String(size));
      assert.equal(((await res.json()) as ErrorAnswer).error.message, gatewayWord('en', 'error.too-large'));
    }
    for (const type of ['text/plain', 'application/xml']) {
      const res = await fetch(`${url}/v1/dossiers/${d.code}`, {
        method: 'POST',
        headers: { 'content-type': type, 'accept-language': 'en' },
        body: type === 'text/plain' ? 'key=ABCD' : '<key>ABCD</key>',
      });
      assert.equal(res.status, 415, type);
      assert.equal(((await res.json()) as ErrorAnswer).error.message, gatewayWord('en', 'error.media-type'));
    }
  });

  it('an oversized /lookup form is answered as the page, in the language its form said', async () => {
    const url = await gateway();
    const res = await fetch(`${url}/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `lang=en&code=${encodeURIComponent(d.code)}&key=${'A'.repeat(4000)}`,
    });
    assert.equal(res.status, 413);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.ok(html.includes(gatewayWord('en', 'error.too-large')), html);
  });

  it('another site’s form posted to /lookup: the page with the reason, in the form’s language (400, not the API’s JSON)', async () => {
    const url = await gateway();
    const res = await fetch(`${url}/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' },
      body: `lang=en&code=${encodeURIComponent(d.code)}&key=ZZZZ`,
    });
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.ok(html.includes(gatewayWord('en', 'error.foreign-post')), html);
  });

  it('a limit’s message states the wait in minutes, in the citizen’s language, as Retry-After does in seconds', async () => {
    const url = await gateway({ limits: { failedLookups: 1, failedLookupWindowMinutes: 15 } });
    const unknown = '000.00.12.H42-241105-9999';
    await fetch(`${url}/v1/dossiers/${unknown}`);
    const res = await fetch(`${url}/v1/dossiers/${unknown}`, { headers: { 'accept-language': 'en' } });
    assert.equal(res.status, 429);
    const seconds = Number(res.headers.get('retry-after'));
    assert.ok(seconds > 840 && seconds <= 900, String(seconds));
    const { error } = (await res.json()) as ErrorAnswer;
    assert.equal(error.message, 'Too many lookups. Please wait 15 minutes and try again.');
    assert.match(error.messages.vi, /chờ 15 phút/);
  });
});

describe('/openapi.json', () => {
  it('lists a form body beside JSON for the POSTs, and 413/415/431 where they can happen', async () => {
    const url = await gateway();
    type Operation = { requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> };
    const spec = (await (await fetch(`${url}/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };
    for (const [path, method] of [
      ['/v1/dossiers/{code}', 'post'],
      ['/lookup', 'post'],
    ] as const) {
      const operation = spec.paths[path]![method]!;
      assert.deepEqual(Object.keys(operation.requestBody!.content).sort(), ['application/json', 'application/x-www-form-urlencoded'], path);
      for (const status of ['413', '415', '431']) assert.ok(operation.responses[status], `${method} ${path} ${status}`);
    }
    const get = spec.paths['/v1/dossiers/{code}']!.get!;
    assert.ok(get.responses['431']);
    assert.equal(get.responses['413'], undefined, 'no body, no 413');
  });
});
