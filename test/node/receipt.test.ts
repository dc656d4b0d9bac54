// The receipt as a citizen meets it (issue 30): printed to PDF by Chromium at A5 and on 80 mm and
// 58 mm thermal rolls, the page read back as the printer's dots (pdftoppm) — both symbols read by
// motcua's decoder and by an independent zxing build (zxing-wasm), the Code 128's narrowest bar
// measured in dots — and screenshots of the rendered element passed on as phones pass them on
// (1×, JPEG 60, scaled to 75 %, turned a few degrees), read through the photo path.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';
import { RECEIPT_CODE } from '../fixtures/receipt.mjs';
import type { Copy } from '../fixtures/receipt-page.js';

const require = createRequire(import.meta.url);
prepareZXingModule({
  overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer },
  fireImmediately: true,
});

const LOOKUP = 'https://dichvucong.hatinh.gov.vn/tra-cuu';
const LINK = `${LOOKUP}?code=${encodeURIComponent(RECEIPT_CODE)}&key=A7K2`;
const dir = mkdtempSync(join(tmpdir(), 'motcua-receipt-'));

let browser: Browser;
let page: Page;

before(async () => {
  const bundle = await build({
    entryPoints: ['test/fixtures/receipt-page.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['motcua-source', 'production'],
    logLevel: 'error',
  });
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="vi"><meta charset="utf-8"><body style="margin:8px;font-family:sans-serif">
    <motcua-dossier-barcode receipt code="${RECEIPT_CODE}" lookup-key="A7K2" lookup-url="${LOOKUP}"></motcua-dossier-barcode>
    <script type="module">${bundle.outputFiles[0]!.text}</script></body></html>`,
  );
  await page.waitForFunction(
    () =>
      document.querySelector('motcua-dossier-barcode')?.shadowRoot?.querySelector('svg[part="qr"] path') &&
      document.querySelector('motcua-dossier-barcode')?.shadowRoot?.querySelector('svg[part="barcode"] rect'),
  );
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A binary PGM (pdftoppm -gray) as rows of grey levels. */
function readPgm(file: string): { width: number; height: number; at(x: number, y: number): number } {
  const bytes = readFileSync(file);
  const header = bytes
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, at: (x, y) => bytes[offset + y * width + x]! };
}

/** The dark runs along the Code 128, from the middle of its start edge to the middle of its end edge. */
function barRuns(
  pgm: ReturnType<typeof readPgm>,
  p: {
    topLeft: { x: number; y: number };
    topRight: { x: number; y: number };
    bottomLeft: { x: number; y: number };
    bottomRight: { x: number; y: number };
  },
): number[] {
  const [x0, y0] = [(p.topLeft.x + p.bottomLeft.x) / 2, (p.topLeft.y + p.bottomLeft.y) / 2];
  const [x1, y1] = [(p.topRight.x + p.bottomRight.x) / 2, (p.topRight.y + p.bottomRight.y) / 2];
  const steps = Math.round(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
  const runs: number[] = [];
  let run = 0;
  for (let i = -3; i <= steps + 3; i++) {
    const dark = pgm.at(Math.round(x0 + ((x1 - x0) * i) / steps), Math.round(y0 + ((y1 - y0) * i) / steps)) < 128;
    if (dark) {
      run++;
    } else if (run) {
      runs.push(run);
      run = 0;
    }
  }
  if (run) runs.push(run);
  return runs;
}

const LAYOUTS = [
  { name: 'A5 sheet', width: '148mm', height: '210mm', margin: '10mm', dpi: 300 },
  { name: '80 mm thermal roll', width: '80mm', height: '297mm', margin: '4mm', dpi: 203 },
  { name: '58 mm thermal roll', width: '58mm', height: '297mm', margin: '5mm', dpi: 203 },
];

describe('the printed receipt', () => {
  for (const layout of LAYOUTS) {
    it(`${layout.name}: the Code 128 (bars ≥ 2 dots at ${layout.dpi} dpi) and the QR (link with the key) read from the printed page`, async () => {
      const pdf = join(dir, `${layout.width}.pdf`);
      writeFileSync(
        pdf,
        await page.pdf({
          width: layout.width,
          height: layout.height,
          margin: { top: layout.margin, right: layout.margin, bottom: layout.margin, left: layout.margin },
        }),
      );
      const base = join(dir, layout.width);
      execFileSync('pdftoppm', ['-r', String(layout.dpi), '-gray', '-singlefile', '-f', '1', '-l', '1', pdf, base]);
      execFileSync('pdftoppm', ['-r', String(layout.dpi), '-gray', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, base]);
      const png = readFileSync(`${base}.png`);
      // The whole receipt on the first page.
      assert.equal(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1], '1');

      const independent = await readBarcodes(new Uint8Array(png), { formats: ['Code128', 'QRCode'] });
      const code128 = independent.find((b) => b.format === 'Code128');
      assert.equal(code128?.text, RECEIPT_CODE);
      assert.equal(independent.find((b) => b.format === 'QRCode')?.text, LINK);
      const runs = barRuns(readPgm(`${base}.pgm`), code128!.position);
      assert.equal(runs.length, 79, `79 bars in ${RECEIPT_CODE}'s Code 128, found ${runs.length}`);
      assert.ok(Math.min(...runs) >= 2, `narrowest bar ${Math.min(...runs)} dots`);

      const ours = await page.evaluate(
        (b64) => (window as unknown as { readCopy(png: string, copy: object): Promise<{ code?: string; key?: string }> }).readCopy(b64, {}),
        png.toString('base64'),
      );
      assert.deepEqual([ours.code, ours.key], [RECEIPT_CODE, 'A7K2']);
    });
  }
});

describe('screenshots of the receipt, passed on', () => {
  it('on screen, the narrowest bar is 2 device px or more and a QR module 3 or more, at 1×, 1.5×, 1.75×, 2×, 2.625× and 3×', async () => {
    for (const deviceScaleFactor of [1, 1.5, 1.75, 2, 2.625, 3]) {
      await page.setViewport({ width: 412, height: 900, deviceScaleFactor });
      const sizes = await page.evaluate(() =>
        (window as unknown as { symbolSizes(el: Element): { bar: number; qrModule: number } }).symbolSizes(
          document.querySelector('motcua-dossier-barcode')!,
        ),
      );
      assert.ok(sizes.bar >= 1.99, `${deviceScaleFactor}×: bar ${sizes.bar} device px`);
      assert.ok(sizes.qrModule >= 2.99, `${deviceScaleFactor}×: QR module ${sizes.qrModule} device px`);
    }
  });

  const COPIES: Array<[string, Copy]> = [
    ['1× screenshot', {}],
    ['JPEG at quality 60', { quality: 0.6 }],
    ['downscaled to 75 %', { scale: 0.75 }],
    ['turned 4°', { turn: 4 }],
    ['turned −7°', { turn: -7 }],
    ['75 %, JPEG 60 and turned 3° (a forwarded photo)', { scale: 0.75, quality: 0.6, turn: 3 }],
    ['60 %, JPEG 50', { scale: 0.6, quality: 0.5 }],
  ];
  let shot = '';
  for (const [name, copy] of COPIES) {
    it(`${name}: the photo path reads the code and the key`, async () => {
      if (!shot) {
        await page.setViewport({ width: 800, height: 900, deviceScaleFactor: 1 });
        shot = Buffer.from(await (await page.$('motcua-dossier-barcode'))!.screenshot({ type: 'png' })).toString('base64');
      }
      const found = await page.evaluate(
        (b64, c) =>
          (window as unknown as { readCopy(png: string, copy: object): Promise<{ code?: string; key?: string; ms: number }> }).readCopy(
            b64,
            c,
          ),
        shot,
        copy,
      );
      assert.deepEqual([found.code, found.key], [RECEIPT_CODE, 'A7K2'], `${name}: ${JSON.stringify(found)}`);
      assert.ok(found.ms < 1000, `${name}: ${Math.round(found.ms)} ms`);
    });
  }
});
