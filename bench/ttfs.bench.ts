/**
 * Time to status: a citizen opens the receipt's link (`/?code=…&key=…`) on a slow phone, and
 * we measure when the dossier's status is on screen — on the demo portal (as `npm start`
 * serves it) and on a city page of another origin that embeds the lookup with the two lines
 * the docs give. Chromium with DevTools' "Fast 3G" (562.5 ms per request, 1.44 Mbit/s down;
 * the same as Lighthouse's slow 4G applied in DevTools) and a 4× slower CPU; cold (a new
 * browser with a fresh profile for each run, as a citizen's first visit) and warm (the same
 * browser again). Beside them the gateway's server-rendered `/lookup` page, the yardstick.
 * Median of several runs, with requests, bytes on the wire and layout shift. Then Lighthouse
 * (mobile, its simulated slow 4G) on the portal. Needs `npm run build` first.
 */
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createGateway } from '@motcua/gateway';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import lighthouse from 'lighthouse';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { buildDemoPortal } from '../scripts/demo-portal.mjs';
import { precompress } from '../scripts/precompress.mjs';
import { chromiumArgs, chromiumPath } from '../test/helpers/chromium.mjs';
import { kb, percentile } from './stats.js';

const CDN = 'packages/components/dist/cdn';
if (!existsSync(`${CDN}/module-graph.json`)) {
  console.error('Run `npm run build` first: the pages load the built script-tag files.');
  process.exit(1);
}
const RUNS = Number(process.env.TTFS_RUNS ?? 5);
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44e6 / 8) * 0.9, uploadThroughput: (675e3 / 8) * 0.9 };
const CPU_SLOWDOWN = 4;

// The backend answers at once: the time measured is the page's, not a backend's (npm start's
// demo adds 300 ms of pretend backend latency on top of these figures).
const data = createDemoDataset();
const [dossier, other] = data.dossiers.filter((d) => d.steps?.length && d.lookupKey);
const link = (d: typeof dossier) => `?code=${encodeURIComponent(d!.code)}&key=${d!.lookupKey}`;
const deepLink = link(dossier);

const portal = await createGateway({
  adapter: memoryAdapter(data),
  portalDir: await buildDemoPortal('.cache/bench-portal'),
  limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
});
const portalUrl = await portal.listen({ port: 0, host: '127.0.0.1' });

// A city's page on another origin: the documented two lines and CSP, the script-tag folder
// hosted as docs/components.md advises (pre-compressed files; hashed chunks for a year,
// pages a minute, the rest five), and a gateway that allows the page's origin.
const site = mkdtempSync(join(tmpdir(), 'motcua-embed-'));
cpSync(CDN, join(site, 'assets/motcua'), { recursive: true });
const sri = JSON.parse(readFileSync(join(CDN, 'sri.json'), 'utf8')) as Record<string, string>;
const embedServer = Fastify();
let apiUrl = '';
embedServer.addHook('onSend', async (request, reply) => {
  if (String(reply.getHeader('content-type')).startsWith('text/html'))
    reply.header('content-security-policy', `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${apiUrl}`);
  // /header/: the preload header docs/components.md gives for a city's nginx (the same
  // addresses; test/node/nginx-preload.test.ts runs that block in nginx).
  const { code, key } = request.query as { code?: string; key?: string };
  if (request.url.startsWith('/header/') && code && /^[\dA-Z.]+-\d{6}-\d{4,7}$/.test(code)) {
    const answer = `${apiUrl}/v1/dossiers/${code}${key && /^(?!(?:[^0-9]*[0-9]){9})[0-9A-Za-z]{1,64}$/.test(key) ? `?key=${key}` : ''}`;
    reply.header(
      'link',
      `<${apiUrl}/v1/dossiers/${code}/summary?lang=vi>; rel=preload; as=fetch; crossorigin=anonymous, <${answer}>; rel=preload; as=fetch; crossorigin=anonymous`,
    );
    reply.header('cache-control', 'private, max-age=60');
  }
});
await embedServer.register(fastifyStatic, {
  root: site,
  index: ['index.html'],
  preCompressed: true,
  cacheControl: false,
  setHeaders: (reply, path) =>
    void reply.header(
      'cache-control',
      /[/]chunks[/]/.test(path)
        ? 'public, max-age=31536000, immutable'
        : /\.html/.test(path)
          ? 'public, max-age=60'
          : 'public, max-age=300',
    ),
});
const embedUrl = await embedServer.listen({ port: 0, host: '127.0.0.1' });
const api = await createGateway({
  adapter: memoryAdapter(data),
  origins: [embedUrl],
  limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
});
apiUrl = await api.listen({ port: 0, host: '127.0.0.1' });
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Phường Thạch Quý</title>
<script type="module" src="/assets/motcua/autoloader.js" integrity="${sri['autoloader.js']}" crossorigin="anonymous"></script>
<link rel="stylesheet" href="/site.css">
</head><body><h1>Tra cứu hồ sơ</h1>
<motcua-dossier-lookup endpoint="${apiUrl}"></motcua-dossier-lookup>
<p>Giờ làm việc của bộ phận một cửa: sáng 7:30–11:30, chiều 13:30–17:00.</p>
</body></html>`,
);
// The same page with the optional lines docs/components.md gives: the lookup's modules listed in
// the head (as `npm run build` prints them), a preconnect to the gateway (the receipt link's
// answer is asked for as soon as the autoloader runs), and the lookup given the first screen.
const graph = JSON.parse(readFileSync(join(CDN, 'module-graph.json'), 'utf8')) as Record<string, string[]>;
writeFileSync(
  join(site, 'full.html'),
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Phường Thạch Quý</title>
<link rel="preconnect" href="${apiUrl}" crossorigin>
<script type="module" src="/assets/motcua/autoloader.js" integrity="${sri['autoloader.js']}" crossorigin="anonymous"></script>
${[...new Set([...graph['motcua-dossier-lookup']!, ...(graph.result ?? [])])].map((f) => `<link rel="modulepreload" href="/assets/motcua/${f}">`).join('\n')}
<link rel="stylesheet" href="/site.css">
</head><body><h1>Tra cứu hồ sơ</h1>
<section class="first-screen"><motcua-dossier-lookup endpoint="${apiUrl}"></motcua-dossier-lookup></section>
<p>Giờ làm việc của bộ phận một cửa: sáng 7:30–11:30, chiều 13:30–17:00.</p>
</body></html>`,
);
// The same page behind a server that sends the receipt link's preload header (see onSend).
mkdirSync(join(site, 'header'));
writeFileSync(join(site, 'header/index.html'), readFileSync(join(site, 'full.html'), 'utf8'));
// The reservation docs/components.md advises, so the page does not jump when the lookup appears
// (and, for full.html, the first screen it advises for a lookup's answer).
writeFileSync(
  join(site, 'site.css'),
  'motcua-dossier-lookup:not(:defined) { display: block; min-height: 23.25rem; }\n.first-screen { min-height: calc(100svh - 10rem); }\n',
);
precompress(site);

interface Load {
  /** The status on screen: the lookup's answer, or the page's own (portal.ts) or the /lookup page's. */
  ms: number;
  /** The lookup element's own answer (the page then fully working), where there is one. */
  element: number;
  requests: number;
  bytes: number;
  cls: number;
}

/** A new browser with a fresh profile: nothing cached, no service worker, no compiled code. */
async function freshBrowser(): Promise<{ browser: Browser; done(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'motcua-ttfs-profile-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    protocolTimeout: 60_000,
    userDataDir: profile,
    args: [...chromiumArgs, '--remote-debugging-port=0'],
  });
  return {
    browser,
    done: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new tab under the throttling and returns when the status is on screen. */
async function load(browser: Browser, url: string): Promise<Load> {
  const tab = await browser.newPage();
  await tab.bringToFront(); // a page in the background gets no animation frames
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let requests = 0;
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => void (e.request.url.startsWith('http') && requests++));
  cdp.on('Network.loadingFinished', (e) => void (bytes += e.encodedDataLength));
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  // Checked once per frame (what that costs at 4× CPU is in the figures).
  await tab.evaluateOnNewDocument(`
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const own = () => document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('motcua-dossier-status')?.shadowRoot?.querySelector('[part="status-label"]')?.textContent;
    // The page's own answer counts where it is shown: in the page before the element upgrades,
    // in the element's answer slot after; the /lookup page's list of facts.
    const shown = (el) => !!el && el.getClientRects().length > 0;
    const page = () => shown(document.querySelector('[data-motcua-answer] [data-motcua-status]')) || shown(document.querySelector('body > main > dl'));
    window.__status = new Promise((resolve) => {
      const tick = () => (own() || page() ? resolve(performance.now()) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
    window.__element = new Promise((resolve) => {
      const tick = () => (own() ? resolve(performance.now()) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
  `);
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  // (NaN when it never comes: a run that fails shows as such instead of stopping the bench.)
  const within = (promise: string) =>
    tab.evaluate(`Promise.race([${promise}, new Promise((r) => setTimeout(() => r(NaN), 30000))])`) as Promise<number>;
  const ms = await within('window.__status');
  const element = url.includes('/lookup?') ? NaN : await within('window.__element');
  if (Number.isNaN(ms) || (Number.isNaN(element) && !url.includes('/lookup?'))) console.error(`no status in 30 s: ${url}`);
  await new Promise((r) => setTimeout(r, 1000)); // late shifts count too
  const cls = (await tab.evaluate('window.__shift')) as number;
  await tab.close();
  return { ms, element, requests, bytes, cls };
}

const load1 = loadavg()[0]!;
const rows: string[] = [];
const seconds = (x: number) => (Number.isNaN(x) ? '—' : `${(x / 1000).toFixed(2)} s`);
let serverCold = NaN;
for (const [name, origin, path] of [
  ["gateway's server-rendered /lookup page (no script)", portalUrl, '/lookup'],
  ['demo portal', portalUrl, '/'],
  ['city page on another origin (the documented lines)', embedUrl, '/'],
  ['city page on another origin, with the optional lines (preconnect, modulepreload, first screen)', embedUrl, '/full.html'],
  ["city page on another origin, with the optional lines and its server's preload header (docs: nginx)", embedUrl, '/header/'],
] as const) {
  const cold: Load[] = [];
  const again: Load[] = [];
  const another: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { browser, done } = await freshBrowser();
    try {
      cold.push(await load(browser, `${origin}${path}${deepLink}`));
      again.push(await load(browser, `${origin}${path}${deepLink}`));
      another.push(await load(browser, `${origin}${path}${link(other)}`));
    } finally {
      await done();
    }
  }
  for (const [when, runs] of [
    ['cold', cold],
    ['warm: the same link again', again],
    ["warm: another receipt's link", another],
  ] as const) {
    const median = (pick: (l: Load) => number) =>
      percentile(
        runs.map(pick).sort((a, b) => a - b),
        50,
      );
    const ms = median((l) => l.ms);
    if (path === '/lookup' && when === 'cold') serverCold = ms;
    const ratio = when !== 'cold' ? '' : path === '/lookup' ? '1×' : `${(ms / serverCold).toFixed(2)}×`;
    rows.push(
      `| ${name} | ${when} | **${seconds(ms)}** | ${seconds(Math.min(...runs.map((l) => l.ms)))}–${seconds(Math.max(...runs.map((l) => l.ms)))} | ${ratio} | ${seconds(median((l) => l.element))} | ${median((l) => l.requests)} | ${kb(median((l) => l.bytes))} | ${median((l) => l.cls).toFixed(3)} |`,
    );
  }
}
const load2 = loadavg()[0]!;

const { browser, done } = await freshBrowser();
try {
  // Lighthouse, mobile, its default simulated slow 4G and 4× CPU, on the same Chromium.
  const port = Number(new URL(browser.wsEndpoint()).port);
  const audits: string[] = [];
  for (const [name, url] of [
    ['/', `${portalUrl}/`],
    ['deep link', `${portalUrl}/${deepLink}`],
  ] as const) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result!.lhr;
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    audits.push(
      `| ${name} | **${Math.round((lhr.categories.performance?.score ?? 0) * 100)}** | ${(value('first-contentful-paint') / 1000).toFixed(2)} s | ${(value('largest-contentful-paint') / 1000).toFixed(2)} s | ${Math.round(value('total-blocking-time'))} ms | ${value('cumulative-layout-shift').toFixed(3)} |`,
    );
  }

  console.log(`### Time to status (${RUNS} runs each, median and range)\n`);
  console.log(
    `Chromium ${await browser.version()}, DevTools "Fast 3G" (562.5 ms per request, 1.44 Mbit/s down, 675 kbit/s up), CPU ${CPU_SLOWDOWN}× slower, a 412 × 823 phone screen. "Status on screen": the first frame in which the dossier's status is shown — the lookup's answer, or the answer the gateway put in its portal's page (portal.ts: shown with the first paint, then in the lookup's \`answer\` slot until its own answer replaces it), or the \`/lookup\` page's. "Lookup's answer": the first frame of the element's own answer (the page then fully working). Cold: a new browser with a fresh profile for each run. Warm: the same browser, opening the same link again (within the page's minute of cache life on the portal), then another receipt's link (its page fetched, everything else cached: what a citizen meets coming back later). Requests and bytes as the browser counted them on the wire; CLS summed over the load and one second after. Load average (1 min) of this 2-core machine at the start and at the end of the timed runs: ${load1.toFixed(2)} and ${load2.toFixed(2)}.\n`,
  );
  console.log("| page | cache | status on screen | range | vs. /lookup | lookup's answer | requests | bytes | CLS |");
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log('\n### Lighthouse (mobile, simulated slow 4G, 4× CPU) on the demo portal\n');
  console.log(`Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}.\n`);
  console.log('| page | performance | FCP | LCP | TBT | CLS |');
  console.log('|---|---|---|---|---|---|');
  console.log(audits.join('\n'));
} finally {
  await done();
  await Promise.all([portal.close(), embedServer.close(), api.close()]);
}
