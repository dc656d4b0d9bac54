// The city webmaster's path, followed from the docs: `npm start` with the page's origin
// allowed (MOTCUA_ORIGINS), a page on another loopback origin with the two documented lines
// and the documented strict CSP (with connect-src for the gateway), and a citizen's deep link
// looked up in Chromium. Needs `npm run build` (npm test does it) and Chromium.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';
import { startDemo } from '../helpers/npm-start.js';

const CDN = 'packages/components/dist/cdn';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** The CSP docs/components.md gives a city page that embeds the lookup. */
const csp = (gateway: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' ${gateway}`;

/** The two lines the README gives a webmaster, with the build's integrity hash. */
function page(gateway: string): string {
  const sri = JSON.parse(readFileSync(join(CDN, 'sri.json'), 'utf8')) as Record<string, string>;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phường Thạch Quý</title>
<script type="module" src="/assets/motcua/autoloader.js" integrity="${sri['autoloader.js']}" crossorigin="anonymous"></script>
</head><body><h1>Tra cứu hồ sơ</h1>
<motcua-dossier-lookup endpoint="${gateway}"></motcua-dossier-lookup>
</body></html>`;
}

describe('the webmaster path: a page on another origin, strict CSP, the demo gateway', () => {
  let site: Server;
  let siteUrl = '';
  let gateway = '';
  let sample = { code: '', key: '' };
  let stopGateway: () => Promise<void> = async () => {};
  let browser: Browser;

  before(async () => {
    site = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(gateway) }).end(page(gateway));
        return;
      }
      const file = normalize(path.replace(/^\/assets\/motcua\//, '')).replace(/^(\.\.[/\\])+/, '');
      let body: Buffer;
      try {
        body = readFileSync(join(CDN, file));
      } catch {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    }).listen(0, '127.0.0.1');
    await once(site, 'listening');
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

    // As the docs say: npm start, with the page's origin allowed (written with a trailing slash, as people do).
    const demo = await startDemo({ MOTCUA_ORIGINS: `${siteUrl}/` });
    stopGateway = () => demo.stop();
    if (!demo.url) throw new Error(`npm start did not start:\n${demo.out}`);
    const { out } = demo;
    gateway = demo.url;
    const [, code, key] = /^\s+(\S+)\s+mã tra cứu (\S+)/m.exec(out)!;
    sample = { code: code!, key: key! };
    assert.match(out, new RegExp(`Portals allowed to call it from other origins: ${siteUrl}`));
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await stopGateway();
    site?.close();
  });

  it("looks up the receipt's deep link with no CSP violation and no error", async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`),
    );
    tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()} ${r.url()}`));
    tab.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    tab.on('pageerror', (e) => problems.push(`page: ${String(e)}`));
    await tab.evaluateOnNewDocument(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`)),
    );
    await tab.goto(`${siteUrl}/?code=${encodeURIComponent(sample.code)}&key=${sample.key}`);
    const status = await tab.waitForFunction(
      () =>
        document
          .querySelector('motcua-dossier-lookup')
          ?.shadowRoot?.querySelector('motcua-dossier-status')
          ?.shadowRoot?.querySelector('[part="status-label"]')?.textContent,
      { timeout: 15_000 },
    );
    assert.ok(String(await status.jsonValue()).length > 3, 'a status in words');
    const steps = await tab.evaluate(
      () =>
        document
          .querySelector('motcua-dossier-lookup')!
          .shadowRoot!.querySelector('motcua-dossier-status')!
          .shadowRoot!.querySelectorAll('[part~="step"]').length,
    );
    assert.ok(steps > 0, 'with the key, the steps are shown');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  // Last: it leaves this address locked out of look-ups.
  it("says the gateway's own wait when it holds the page's visitor back (Retry-After, read across origins)", async () => {
    const tab = await browser.newPage();
    await tab.goto(`${siteUrl}/`);
    // Unknown codes from the page, until the gateway holds this address back (failedLookups).
    const statuses = await tab.evaluate(async (gw: string) => {
      const seen: number[] = [];
      for (let n = 0; n < 12; n++) seen.push((await fetch(`${gw}/v1/dossiers/000.00.12.H42-241105-${String(9000 + n)}`)).status);
      return seen;
    }, gateway);
    assert.equal(statuses.at(-1), 429, statuses.join(' '));
    await tab.goto(`${siteUrl}/?code=${encodeURIComponent(sample.code)}&key=${sample.key}`);
    const said = await tab.waitForFunction(
      () => document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('[part="message"] #error')?.textContent?.trim(),
      { timeout: 15_000 },
    );
    // A wait of two minutes or more is said in minutes.
    const [, n, unit] = /(\d+) (giây|phút)/.exec(String(await said.jsonValue())) ?? [];
    const seconds = Number(n) * (unit === 'phút' ? 60 : 1);
    assert.ok(seconds > 60, `the gateway's wait (minutes), not a guess of 30 s: ${String(await said.jsonValue())}`);
    await tab.close();
  });

  it('is refused by the gateway from an origin it does not allow', async () => {
    const res = await fetch(`${gateway}/v1/sectors`, { headers: { origin: 'http://127.0.0.1:1' } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const ok = await fetch(`${gateway}/v1/sectors`, { headers: { origin: siteUrl } });
    assert.equal(ok.headers.get('access-control-allow-origin'), siteUrl);
  });
});
