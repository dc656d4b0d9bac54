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
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { fakeCameraVideo } from '../test/browser/fake-camera.mjs';
import { chromiumArgs, chromiumPath } from '../test/helpers/chromium.mjs';
import type { Outcome, Row } from './decode-page.js';
import { kb, ms, percentile } from './stats.js';

const CDN = 'packages/components/dist/cdn';
if (!existsSync(`${CDN}/elements/dossier-lookup.js`)) {
  console.error('Run `npm run build` first: the byte counts are taken on the built files.');
  process.exit(1);
}

const page = await build({ entryPoints: ['bench/decode-page.ts'], bundle: true, write: false, format: 'esm', target: 'es2022', conditions: ['motcua-source', 'production'], logLevel: 'silent' });
const pages: Record<string, [string, string]> = {
  '/': ['text/html', '<!doctype html><html lang="vi"><meta charset="utf-8"><script type="module" src="/page.js"></script><body></body></html>'],
  '/page.js': ['text/javascript', page.outputFiles[0]!.text],
  '/lookup.html': ['text/html', '<!doctype html><html lang="vi"><meta charset="utf-8"><script type="module" src="/cdn/elements/dossier-lookup.js"></script><body><motcua-dossier-lookup endpoint="/api"></motcua-dossier-lookup></body></html>'],
};
const server = createServer((req, res) => {
  const path = new URL(req.url!, 'http://x').pathname;
  if (pages[path]) {
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
  args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${fakeCameraVideo()}`],
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
  };
  const call = <K extends keyof Page>(name: K) => tab.evaluate((n: string) => (window as unknown as Record<string, () => unknown>)[n]!(), name) as Promise<Awaited<ReturnType<Page[K]>>>;
  // The baseline runs before motcua's decoder loads (see decode-page.ts); each pass is warmed up once.
  const rawRuns: Array<number | null> = [];
  for (let i = 0; i < 3; i++) rawRuns.push(await call('rawTimeToFirstRead'));
  await call('runRaw');
  const raw = await call('runRaw');
  await call('runOurs');
  const ours = await call('runOurs');
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
    console.log(`| ${name} | ${rate('clean')} | ${rate('degraded')} | ${rate('no code')} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`);
  }
  console.log('\nPer image (✓ read correctly, or nothing reported for a code-free image):\n');
  console.log('| image | motcua photo | motcua frame | raw @zxing/browser |');
  console.log('|---|---|---|---|');
  const cell = (x: { ok: boolean; ms: number }) => `${x.ok ? '✓' : '✗'} ${ms(x.ms)}`;
  for (const r of rows) console.log(`| ${r.group}: ${r.name} | ${cell(r.ours)} | ${cell(r.oursFrame)} | ${cell(r.raw)} |`);

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
  await bytes.evaluate(() => document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="scan"]')!.click());
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
