/**
 * Barcode decoding in headless Chromium: read rate and time per image on a generated set
 * (clean, degraded, and images without a code) for motcua's pipeline — as a photo (thorough)
 * and as one camera frame — beside raw @zxing/browser in the same run; time from opening the
 * scanner to the first read on Chromium's fake camera (beside @zxing/browser's own camera
 * loop); and the bytes a page downloads before and after the scanner opens.
 * Needs `npm run build` first (the bytes are measured on the built script-tag files).
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { fakeCameraVideo } from '../test/browser/fake-camera.mjs';
import { chromiumArgs, chromiumPath } from '../test/helpers/chromium.mjs';
import type { HardOutcome, Outcome, Row } from './decode-page.js';
import { kb, ms, percentile } from './stats.js';

const CDN = 'packages/components/dist/cdn';
if (!existsSync(`${CDN}/elements/dossier-lookup.js`)) {
  console.error('Run `npm run build` first: the byte counts are taken on the built files.');
  process.exit(1);
}

const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const page = await build({
  entryPoints: ['bench/decode-page.ts'],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  conditions: ['motcua-source', 'production'],
  logLevel: 'silent',
});
const pages: Record<string, [string, string]> = {
  '/': [
    'text/html',
    '<!doctype html><html lang="vi"><meta charset="utf-8"><script type="module" src="/page.js"></script><body></body></html>',
  ],
  '/page.js': ['text/javascript', page.outputFiles[0]!.text],
  '/zxing_reader.wasm': ['application/wasm', ''],
  '/lookup.html': [
    'text/html',
    '<!doctype html><html lang="vi"><meta charset="utf-8"><script type="module" src="/cdn/elements/dossier-lookup.js"></script><body><motcua-dossier-lookup endpoint="/api"></motcua-dossier-lookup></body></html>',
  ],
};
const server = createServer((req, res) => {
  const path = new URL(req.url!, 'http://x').pathname;
  if (path === '/zxing_reader.wasm') {
    res.writeHead(200, { 'content-type': 'application/wasm' }).end(readFileSync(wasm));
  } else if (pages[path]) {
    res.writeHead(200, { 'content-type': pages[path][0] }).end(pages[path][1]);
  } else if (path.startsWith('/cdn/') && !path.includes('..') && existsSync(CDN + path.slice(4))) {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(CDN + path.slice(4)));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    ...chromiumArgs,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${fakeCameraVideo()}`,
  ],
});
try {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => 'runOurs' in window);
  type Page = {
    names(): Array<{ group: string; name: string }>;
    runRaw(): Promise<Outcome[]>;
    runOurs(): Promise<Array<{ photo: Outcome; frame: Outcome }>>;
    timeToFirstRead(): Promise<number | null>;
    rawTimeToFirstRead(): Promise<number | null>;
    hardNames(): Array<{ group: string; name: string }>;
  };
  const hard = (decoder: 'ours' | 'zxing-js' | 'zxing-wasm') =>
    tab.evaluate((d: string) => (window as unknown as { runHard(d: string): Promise<HardOutcome[]> }).runHard(d), decoder);
  const call = <K extends keyof Page>(name: K) =>
    tab.evaluate((n: string) => (window as unknown as Record<string, () => unknown>)[n]!(), name) as Promise<Awaited<ReturnType<Page[K]>>>;
  // The baseline runs before motcua's decoder loads (see decode-page.ts); each pass is warmed up once.
  const rawRuns: Array<number | null> = [];
  for (let i = 0; i < 3; i++) rawRuns.push(await call('rawTimeToFirstRead'));
  await call('runRaw');
  const raw = await call('runRaw');
  const hardJs = await hard('zxing-js');
  await hard('zxing-wasm');
  const hardWasm = await hard('zxing-wasm');
  await call('runOurs');
  const ours = await call('runOurs');
  await hard('ours');
  const hardOurs = await hard('ours');
  // The worst case on a phone-class CPU: the same images with Chromium's CPU four times slower.
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const hardSlow = await hard('ours');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const rows: Row[] = (await call('names')).map((n, i) => ({ ...n, ours: ours[i]!.photo, oursFrame: ours[i]!.frame, raw: raw[i]! }));

  const pipelines = [
    ['motcua, photo (`decodeBarcodeImage`)', (r: Row) => r.ours],
    ['motcua, one camera frame', (r: Row) => r.oursFrame],
    ['raw @zxing/browser `decodeFromCanvas`', (r: Row) => r.raw],
  ] as const;
  console.log('Read rate on the generated set, and time per image (median / p95 over all images):\n');
  console.log('| pipeline | clean | degraded | code-free images left alone | median | p95 |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, pick] of pipelines) {
    const rate = (group: string) => {
      const g = rows.filter((r) => r.group === group);
      return `${g.filter((r) => pick(r).ok).length}/${g.length}`;
    };
    const times = rows.map((r) => pick(r).ms).sort((a, b) => a - b);
    console.log(
      `| ${name} | ${rate('clean')} | ${rate('degraded')} | ${rate('no code')} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`,
    );
  }
  console.log('\nPer image (✓ read correctly, or nothing reported for a code-free image):\n');
  console.log('| image | motcua photo | motcua frame | raw @zxing/browser |');
  console.log('|---|---|---|---|');
  const cell = (x: { ok: boolean; ms: number }) => `${x.ok ? '✓' : '✗'} ${ms(x.ms)}`;
  for (const r of rows) console.log(`| ${r.group}: ${r.name} | ${cell(r.ours)} | ${cell(r.oursFrame)} | ${cell(r.raw)} |`);

  const hardNames = await call('hardNames');
  const groups = ['narrow bars', 'turned 25–30°', 'small receipt', 'small QR', 'blur'];
  console.log('\n### The harder set: 50 degraded receipt photos (bench/decode-hard.ts) and 10 without a code\n');
  console.log(
    "Every image a JPEG (quality 60–70) of a receipt drawn as a phone passes it on: narrow bars (1–1.3 px modules, turned up to 15°), turned 25–30° (1.2–1.6 px modules), whole receipts at 50–65 % (Code 128 modules of 1–1.3 px, QR modules of 1.5–1.95 px), QRs alone at 1.7–2.5 px modules at any angle, and blur of 0.6–1 px (half a module) with grain. A read counts when it yields the receipt's dossier code; a false read is any other code, or anything read from an image without one.\n",
  );
  console.log(`| decoder | ${groups.join(' | ')} | read | false reads | code-free left alone | median | worst |`);
  console.log(`|---|${groups.map(() => '---|').join('')}---|---|---|---|---|`);
  for (const [name, outcomes] of [
    ['motcua, photo (`decodeBarcodeImage`)', hardOurs],
    ['motcua, photo, CPU 4× slower (a phone)', hardSlow],
    ['raw @zxing/browser `decodeFromCanvas`', hardJs],
    ['zxing-wasm 3.1.6 `readBarcodes` (zxing-cpp; try harder, rotate, downscale)', hardWasm],
  ] as const) {
    const of = (g: string) => outcomes.filter((_, i) => hardNames[i]!.group === g);
    const coded = outcomes.filter((_, i) => hardNames[i]!.group !== 'no code');
    const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    console.log(
      `| ${name} | ${groups.map((g) => `${of(g).filter((o) => o.ok).length}/${of(g).length}`).join(' | ')} | **${coded.filter((o) => o.ok).length}/${coded.length}** | ${outcomes.filter((o) => o.falseRead).length} | ${of('no code').filter((o) => o.ok).length}/${of('no code').length} | ${ms(percentile(times, 50))} | ${ms(times.at(-1)!)} |`,
    );
  }
  console.log('\nPer image (✓ read, ✗ not read, ⚠ false read):\n');
  console.log('| image | motcua | motcua, CPU 4× | zxing-js | zxing-wasm |');
  console.log('|---|---|---|---|---|');
  const mark = (o: HardOutcome) => `${o.falseRead ? '⚠' : o.ok ? '✓' : '✗'} ${ms(o.ms)}`;
  hardNames.forEach((n, i) =>
    console.log(`| ${n.group}: ${n.name} | ${mark(hardOurs[i]!)} | ${mark(hardSlow[i]!)} | ${mark(hardJs[i]!)} | ${mark(hardWasm[i]!)} |`),
  );

  const runs: Array<number | null> = [];
  for (let i = 0; i < 5; i++) runs.push(await call('timeToFirstRead'));
  const show = (xs: Array<number | null>) => xs.map((x) => (x === null ? 'no read in 15 s' : ms(x))).join(', ');
  console.log('\nFake camera (a 1280×720 receipt, Code 128 turned 3°): time from opening to the first read.\n');
  console.log('| scanner | runs |');
  console.log('|---|---|');
  console.log(`| <motcua-barcode-scanner> (the decoder was loaded by the image runs) | ${show(runs)} |`);
  console.log(`| raw @zxing/browser \`decodeFromVideoDevice\` | ${show(rawRuns)} |`);

  // Bytes: what the lookup page downloads, then what pressing the scan button adds.
  const bytes = await browser.newPage();
  const loaded: string[] = [];
  bytes.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/cdn/') && r.status() === 200) loaded.push(url.pathname.slice(4));
  });
  await bytes.goto(`${origin}/lookup.html`, { waitUntil: 'networkidle0' });
  const before = [...loaded];
  await bytes.evaluate(() =>
    document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="scan"]')!.click(),
  );
  await bytes.waitForNetworkIdle({ idleTime: 500 });
  const after = loaded.filter((f) => !before.includes(f));
  const size = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(CDN + f), { level: 9 }).length, 0);
  console.log('\nScript-tag build (`dist/cdn`), min+gzip:\n');
  console.log('| moment | files | bytes |');
  console.log('|---|---|---|');
  console.log(`| lookup page loaded | ${before.length} | ${kb(size(before))} |`);
  console.log(`| scan button pressed (scanner + decoder) | ${after.length} | ${kb(size(after))} |`);
} finally {
  await browser.close();
  server.close();
}
