// The portal's page for a receipt's link carries the dossier's status (issue 30): on screen with
// the first paint on a 3G phone, in the lookup's answer slot until its own answer replaces it.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { dossierStatus } from '@motcua/core/status';
import { createGateway } from './app.js';

const data = createDemoDataset();
const dossier = data.dossiers.find((d) => d.lookupKey && d.steps?.length)!;

function portal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-page-answer-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Cổng</title><main><motcua-dossier-lookup lang="vi"><form action="/lookup"></form></motcua-dossier-lookup></main>',
  );
  writeFileSync(join(dir, 'about.html'), '<!doctype html><title>Giới thiệu</title><p>Không có ô tra cứu.</p>');
  writeFileSync(join(dir, 'secret.txt'), 'not a page');
  return dir;
}

async function start() {
  const app = await createGateway({
    adapter: memoryAdapter(data),
    portalDir: portal(),
    logger: false,
    limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
  });
  return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
}

describe("the portal's page for a receipt's link", () => {
  it('carries the status in the lookup (answer slot), without the key, private, with the preload', async () => {
    const gw = await start();
    try {
      const res = await fetch(`${gw.url}/?code=${encodeURIComponent(dossier.code)}&key=${dossier.lookupKey}`, {
        headers: { 'accept-encoding': 'br' },
      });
      const html = await res.text();
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      assert.match(res.headers.get('link') ?? '', /rel=preload/);
      const answer = /<motcua-dossier-lookup lang="vi"><section slot="answer"[^>]*>(.*?)<\/section><form/.exec(html)?.[1];
      assert.ok(answer, html);
      assert.ok(answer.includes(dossier.code));
      assert.match(answer, new RegExp(`data-motcua-status>${dossierStatus(dossier.status).label.vi}<`));
      assert.ok(!html.includes(dossier.lookupKey!), 'the key is not written into the page');
      // The no-script form stays.
      assert.match(html, /<form action="\/lookup"><\/form><\/motcua-dossier-lookup>/);
    } finally {
      await gw.app.close();
    }
  });

  it('reads a code typed by hand (lower case, spaces) as its printed form, in the page and the preload', async () => {
    const gw = await start();
    try {
      const typed = encodeURIComponent(` ${dossier.code.toLowerCase()} `);
      const res = await fetch(`${gw.url}/?code=${typed}&key=${dossier.lookupKey}`);
      const html = await res.text();
      assert.match(html, new RegExp(`<section slot="answer"[^>]*aria-label="[^"]*${dossier.code.replace(/\./g, '\\.')}"`));
      assert.equal(
        res.headers.get('link'),
        `</v1/dossiers/${encodeURIComponent(dossier.code)}?key=${dossier.lookupKey}>; rel=preload; as=fetch; crossorigin=anonymous`,
      );
      // Not a code at all: no answer, no preload.
      const none = await fetch(`${gw.url}/?code=hello`);
      assert.doesNotMatch(await none.text(), /slot="answer"/);
      assert.equal(none.headers.get('link'), null);
    } finally {
      await gw.app.close();
    }
  });

  it('leaves other pages, other files, unknown codes and malformed addresses as they are', async () => {
    const gw = await start();
    try {
      const page = (path: string) => fetch(`${gw.url}${path}`).then(async (r) => [r.status, await r.text()] as const);
      const code = encodeURIComponent(dossier.code);
      assert.doesNotMatch((await page('/'))[1], /slot="answer"/);
      assert.doesNotMatch((await page(`/about.html?code=${code}`))[1], /slot="answer"/);
      assert.doesNotMatch((await page('/?code=000.00.12.H42-241105-9999'))[1], /slot="answer"/, 'not found: the element says so');
      assert.notEqual((await page(`/secret.txt?code=${code}`))[1], '', 'a file that is not a page is served as it is');
      for (const path of [`/..%2f..%2fetc%2fpasswd?code=${code}`, `/%E0%A4%A?code=${code}`]) {
        const [status, body] = await page(path);
        assert.ok(!body.includes('slot="answer"') && !body.includes('root:'), `${path}: ${status}`);
      }
    } finally {
      await gw.app.close();
    }
  });
});

// A city's page on another origin has no answer in it: its autoloader asks for the same facts
// in words (routes/dossiers.ts) and shows them while the lookup's code is still on its way.
describe('an address the portal does not have', () => {
  it('is a page for a browser (Vietnamese, then English, the way home) and JSON for the API', async () => {
    const gw = await start();
    const page = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
    try {
      for (const path of ['/tra-cuu-ho-so', '/old/page.html', '/index.htm?code=x']) {
        const res = await fetch(`${gw.url}${path}`, { headers: page });
        const html = await res.text();
        assert.equal(res.status, 404, path);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/, path);
        assert.match(html, /<html lang="vi">.*<h1>Không tìm thấy trang<\/h1>/s, path);
        assert.match(html, /<section lang="en"><h2>Page not found<\/h2>/, path);
        assert.match(html, /<a href="\/">Về trang chủ<\/a>/, path);
        assert.match(html, /<a href="\/lookup\?lang=vi">Tra cứu hồ sơ<\/a>/, path);
        assert.ok(!html.includes('code=x'), 'nothing of the address is written back');
      }
      // The API, and a client that asks for JSON, keep the JSON error.
      for (const [path, headers] of [
        ['/v1/nope', page],
        ['/tra-cuu-ho-so', { accept: 'application/json' }],
        ['/tra-cuu-ho-so', {}],
      ] as const) {
        const res = await fetch(`${gw.url}${path}`, { headers });
        assert.equal(res.status, 404, path);
        assert.equal((await res.json()).error.kind, 'not-found', path);
      }
      // A page that is there is served as before.
      assert.equal((await fetch(`${gw.url}/about.html`, { headers: page })).status, 200);
    } finally {
      await gw.app.close();
    }
  });
});

describe('the status in words for a page on another origin (/v1/dossiers/:code/summary)', () => {
  const city = 'https://thachquy.hatinh.gov.vn';
  async function gateway(dossierPerMinute = 1e6) {
    const app = await createGateway({
      adapter: memoryAdapter(data),
      origins: [city],
      logger: false,
      limits: { perMinute: 1e6, dossierPerMinute, failedLookups: 1e6 },
    });
    return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
  }
  const summaryOf = (url: string, code: string, query = '') =>
    fetch(`${url}/v1/dossiers/${encodeURIComponent(code)}/summary${query}`, { headers: { origin: city } });

  it("gives the portal page's facts without the key, in the page's language, to the city's origin", async () => {
    const gw = await gateway();
    try {
      const res = await summaryOf(gw.url, dossier.code);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), city);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const { summary } = (await res.json()) as {
        summary: { lang: string; label: string; rows: Array<{ term: string; value: string; status?: true }> };
      };
      assert.equal(summary.lang, 'vi');
      assert.ok(summary.label.includes(dossier.code));
      assert.deepEqual(
        summary.rows.map((r) => r.term),
        ['Mã hồ sơ', 'Thủ tục', 'Trạng thái', 'Tiến độ', 'Ngày hẹn trả kết quả'],
      );
      assert.deepEqual(
        summary.rows.filter((r) => r.status).map((r) => r.value),
        [dossierStatus(dossier.status).label.vi],
      );
      assert.equal(summary.rows[1]!.value, dossier.procedure.name);
      // The same facts the portal writes into its page, and nothing of the applicant.
      const body = JSON.stringify(summary);
      assert.ok(!body.includes(dossier.applicant!.name.split(' ').at(-1)!), 'no applicant name');
      assert.ok(!body.includes(dossier.lookupKey!));

      const en = (await (await summaryOf(gw.url, dossier.code, '?lang=en-GB')).json()) as {
        summary: { lang: string; rows: Array<{ term: string }> };
      };
      assert.equal(en.summary.lang, 'en');
      assert.equal(en.summary.rows[0]!.term, 'Dossier code');
      const fr = (await (await summaryOf(gw.url, dossier.code, '?lang=fr')).json()) as { summary: { lang: string } };
      assert.equal(fr.summary.lang, 'vi', 'a language the gateway does not speak: its own, and the answer says so');
    } finally {
      await gw.app.close();
    }
  });

  it('takes no key, says an unknown code is not found, and counts as a look-up', async () => {
    const gw = await gateway(2);
    try {
      const withKey = await summaryOf(gw.url, dossier.code, `?key=${dossier.lookupKey}`);
      assert.equal(withKey.status, 400, 'no key in this address');
      assert.equal(((await withKey.json()) as { error: { kind: string } }).error.kind, 'invalid-input');
      assert.equal((await summaryOf(gw.url, '000.00.12.H42-241105-9999')).status, 404);
      assert.equal(
        (await summaryOf(gw.url, dossier.code)).status,
        429,
        'the dossier budget (2 a minute here) counts it: it cannot be used to list dossiers faster',
      );
    } finally {
      await gw.app.close();
    }
  });
});
