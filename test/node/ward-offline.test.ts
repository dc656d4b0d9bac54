// A ward's directory offline (issue 29), as a ward would set it up from the README and
// docs/components.md: a static page on its own origin with the finder and the detail reading
// its own `tthc.json` (and, on a second page, a catalogue file on another origin with CORS),
// `motcua-sw.js` copied to the root and registered at `load`. First visit online — nothing
// but the page, the elements and the file — then offline in Chromium (network emulation on the
// page and on the worker, and both servers stopped): the page comes back, a search made
// before and one never made find procedures, an opened detail opens, and both say the data
// may be old. Needs `npm run build` (npm test does it) and Chromium. Ports 7473–7474.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { DEMO_PROCEDURES } from '../../packages/adapters/src/demo/catalogue.js';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';
import { until } from '../helpers/until.js';

const CDN = 'packages/components/dist/cdn';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const WARD_PORT = 7473;
const FILES_PORT = 7474;
const ward = `http://127.0.0.1:${WARD_PORT}`;
const files = `http://127.0.0.1:${FILES_PORT}`;
const CATALOGUE = JSON.stringify({ procedures: DEMO_PROCEDURES.filter((p) => p.levels?.includes('commune')) });

/** The README's ward lines, and the docs' registration of the worker. */
const page = (
  catalogue: string,
) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phường Thạch Quý — thủ tục hành chính</title>
<script type="module" src="/motcua/autoloader.js"></script>
<script type="module">addEventListener('load', () => navigator.serviceWorker?.register('/motcua-sw.js'));</script>
</head><body><h1>Thủ tục hành chính</h1>
<motcua-procedure-finder catalogue="${catalogue}" detail-target="#tthc"></motcua-procedure-finder>
<motcua-procedure-detail id="tthc" catalogue="${catalogue}"></motcua-procedure-detail>
</body></html>`;

function serveCdn(path: string, res: ServerResponse): void {
  const file = normalize(path.replace(/^\/motcua\//, '')).replace(/^(\.\.[/\\])+/, '');
  let body: Buffer;
  try {
    body = readFileSync(join(CDN, file));
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
}

describe("a ward's directory offline: its own catalogue file, the real worker, Chromium", () => {
  let wardSite: Server;
  let fileSite: Server;
  let browser: Browser;
  const served: string[] = [];

  before(async () => {
    wardSite = createServer((req, res) => {
      const path = new URL(req.url ?? '/', ward).pathname;
      served.push(path);
      if (path === '/' || path === '/cors.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(path === '/' ? '/tthc.json' : `${files}/tthc.json`));
      } else if (path === '/tthc.json') res.writeHead(200, { 'content-type': 'application/json' }).end(CATALOGUE);
      else if (path === '/motcua-sw.js') serveCdn('/motcua/motcua-sw.js', res);
      else serveCdn(path, res);
    }).listen(WARD_PORT, '127.0.0.1');
    // Another origin: the province's file server, with CORS.
    fileSite = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(CATALOGUE);
    }).listen(FILES_PORT, '127.0.0.1');
    await Promise.all([once(wardSite, 'listening'), once(fileSite, 'listening')]);
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    wardSite?.close();
    fileSite?.close();
  });

  const shadowText = (tab: Page, element: string, selector: string) =>
    tab.evaluate((e, s) => document.querySelector(e)?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? '', element, selector);
  const search = async (tab: Page, q: string) => {
    await until('the finder', () =>
      tab.evaluate(() => !!document.querySelector('motcua-procedure-finder')?.shadowRoot?.querySelector('input')),
    );
    await tab.evaluate((value) => {
      const input = document.querySelector('motcua-procedure-finder')!.shadowRoot!.querySelector('input')!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }, q);
  };
  const hits = (tab: Page) =>
    tab.evaluate(() =>
      [...document.querySelector('motcua-procedure-finder')!.shadowRoot!.querySelectorAll('[role="option"]')].map(
        (o) => o.textContent?.trim() ?? '',
      ),
    );
  const open = (tab: Page, i: number) =>
    tab.evaluate(
      (n) => (document.querySelector('motcua-procedure-finder')!.shadowRoot!.querySelectorAll('[role="option"]')[n] as HTMLElement).click(),
      i,
    );
  const keptUrls = (tab: Page) =>
    tab.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });

  async function offline(tab: Page): Promise<CDPSession[]> {
    const sessions = [await tab.createCDPSession()];
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(ward));
    sessions.push(await worker.createCDPSession());
    for (const session of sessions) {
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    }
    return sessions;
  }

  async function visitThenOffline(path: string, catalogueUrl: string): Promise<void> {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(`page: ${String(e)}`));
    try {
      // The first visit: one page load, a search, a detail opened.
      await tab.goto(`${ward}${path}`);
      await search(tab, 'khai sinh');
      await until('hits for "khai sinh"', async () => /khai sinh/i.test((await hits(tab))[0] ?? ''));
      const firstHits = await hits(tab);
      await open(tab, 0);
      const title = await until('the detail', () => shadowText(tab, 'motcua-procedure-detail', '[part="title"]'));
      assert.equal(await shadowText(tab, 'motcua-procedure-finder', '[part="stored-copy"]'), '', 'online, first visit: nothing said');
      // The worker, once active, keeps what the page loaded before it was in control.
      await until('the catalogue kept by the worker', async () => (await keptUrls(tab)).includes(catalogueUrl)).catch(
        async (e: unknown) => {
          throw new Error(
            `${String(e)}; kept: ${(await keptUrls(tab)).join(' ')}; controlled: ${await tab.evaluate(() => !!navigator.serviceWorker.controller)}`,
          );
        },
      );
      const kept = await keptUrls(tab);
      assert.ok(kept.includes(`${ward}${path}`), `the page is kept: ${kept.join(' ')}`);
      assert.ok(
        kept.some((u) => u.endsWith('/motcua/autoloader.js')),
        'the elements are kept',
      );

      // Offline: the page's and the worker's network cut, and both servers unreachable.
      await offline(tab);
      const before = served.length;
      await tab.reload();
      await search(tab, 'khai sinh');
      const same = async () => JSON.stringify(await hits(tab)) === JSON.stringify(firstHits);
      assert.ok(await until('the same hits, offline', same).catch(() => false), `offline hits: ${(await hits(tab)).join(' | ')}`);
      assert.match(
        await until('the finder says it', () => shadowText(tab, 'motcua-procedure-finder', '[part="stored-copy"]')),
        /^Bạn đang xem bản đã lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}, thông tin có thể đã cũ\./,
      );
      await open(tab, 0);
      assert.equal(await until('the detail, offline', () => shadowText(tab, 'motcua-procedure-detail', '[part="title"]')), title);
      assert.match(await shadowText(tab, 'motcua-procedure-detail', '[part="stored-copy"]'), /có thể đã cũ/);
      // A search never made: the whole file is kept, so it is answered too.
      await search(tab, 'ket hon');
      const married = async () => /kết hôn/i.test((await hits(tab))[0] ?? '');
      assert.ok(await until('hits for "ket hon", offline', married).catch(() => false), `offline hits: ${(await hits(tab)).join(' | ')}`);
      assert.equal(served.length, before, 'nothing reached the ward server while offline');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }

  it('its own tthc.json: first visit online, then offline — a search, an opened detail, "may be old"', async () => {
    await visitThenOffline('/', `${ward}/tthc.json`);
  });

  it('a catalogue file on another origin (CORS): the same', async () => {
    await visitThenOffline('/cors.html', `${files}/tthc.json`);
  });
});
