// Runs inside Chromium for bench/decode.bench.ts: the generated image set through motcua's
// pipeline and through raw @zxing/browser, and the scanner's time to its first read.
import { BrowserMultiFormatReader } from '@zxing/browser';
import '../packages/components/src/components/barcode-scanner/barcode-scanner.js';
import { decodeCanvasImage } from '../packages/components/src/internal/barcode/decode.js';
import { extractDossierCode } from '@motcua/core';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { blur, code128, lowContrast, noise, qr, RECEIPT_CODE, resize, rotate, withoutCode } from '../test/fixtures/barcode-images.js';
import { HARD } from './decode-hard.js';

// The independent zxing build (zxing-cpp in WebAssembly), its .wasm served by the bench itself.
prepareZXingModule({
  overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? '/zxing_reader.wasm' : prefix + path) },
});

/** A receipt as photographed: text to the left of the code and a table edge, then the code. */
function onReceipt(code: HTMLCanvasElement): HTMLCanvasElement {
  const c = document.createElement('canvas');
  [c.width, c.height] = [code.width + 260, code.height + 120];
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#f6f4ee';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.fillStyle = '#222';
  ctx.font = '18px sans-serif';
  ctx.fillText('Mã hồ sơ:', 20, 60 + code.height / 2);
  ctx.fillRect(150, 20, 2, c.height - 40);
  ctx.drawImage(code, 200, 60);
  return c;
}

type Make = () => HTMLCanvasElement;
export const SET: Array<{ group: 'clean' | 'degraded' | 'no code'; name: string; make: Make }> = [
  { group: 'clean', name: 'Code 128', make: () => code128() },
  { group: 'clean', name: 'QR (lookup URL)', make: () => qr() },
  { group: 'clean', name: 'Code 128 on a receipt', make: () => onReceipt(code128()) },
  ...[90, 5, 12, 25, 40].map((deg) => ({
    group: 'degraded' as const,
    name: `Code 128 turned ${deg}°`,
    make: () => rotate(code128(), deg),
  })),
  ...[1, 1.5, 2].map((px) => ({ group: 'degraded' as const, name: `Code 128 blurred ${px}px`, make: () => blur(code128(), px) })),
  ...[60, 120].map((n) => ({ group: 'degraded' as const, name: `Code 128 grain ${n}`, make: () => noise(code128(), n, n) })),
  { group: 'degraded', name: 'Code 128 faded', make: () => lowContrast(code128()) },
  { group: 'degraded', name: 'Code 128, 1 px modules', make: () => code128(RECEIPT_CODE, 1) },
  { group: 'degraded', name: 'Code 128 on a receipt, turned 8°', make: () => rotate(onReceipt(code128()), 8) },
  { group: 'degraded', name: 'Code 128 on a receipt, blurred', make: () => blur(onReceipt(code128()), 1.2) },
  ...[30, 135].map((deg) => ({ group: 'degraded' as const, name: `QR turned ${deg}°`, make: () => rotate(qr(), deg) })),
  { group: 'degraded', name: 'QR blurred 1.5px', make: () => blur(qr(), 1.5) },
  { group: 'degraded', name: 'QR grain 140', make: () => noise(qr(), 140, 5) },
  { group: 'degraded', name: 'QR faded', make: () => lowContrast(qr()) },
  { group: 'degraded', name: 'QR small (45%)', make: () => resize(qr(), 0.45) },
  ...withoutCode().map(([name, canvas]) => ({ group: 'no code' as const, name, make: () => canvas })),
];

export interface Outcome {
  ok: boolean;
  ms: number;
}
export interface Row {
  group: string;
  name: string;
  ours: Outcome;
  oursFrame: Outcome;
  raw: Outcome;
}

/**
 * Raw @zxing/browser first: motcua's decoder patches the shared @zxing/library's Code 128
 * start-pattern search when it loads, which would improve the baseline too.
 */
async function runRaw(): Promise<Outcome[]> {
  const reader = new BrowserMultiFormatReader();
  return SET.map((item) => {
    const canvas = item.make();
    const t = performance.now();
    let text: string | null;
    try {
      text = reader.decodeFromCanvas(canvas).getText();
    } catch {
      text = null;
    }
    const elapsed = performance.now() - t;
    const ok =
      item.group === 'no code' ? text === null : !!text && (text.includes(RECEIPT_CODE) || text.includes(encodeURIComponent(RECEIPT_CODE)));
    return { ok, ms: elapsed };
  });
}

async function runOurs(): Promise<Array<{ photo: Outcome; frame: Outcome }>> {
  const out: Array<{ photo: Outcome; frame: Outcome }> = [];
  for (const item of SET) {
    const canvas = item.make();
    const expectCode = item.group !== 'no code';
    let t = performance.now();
    const photo = await decodeCanvasImage(canvas, 'thorough');
    const photoMs = performance.now() - t;
    t = performance.now();
    const frame = await decodeCanvasImage(canvas, 'frame');
    const frameMs = performance.now() - t;
    out.push({
      photo: { ok: expectCode ? photo?.code === RECEIPT_CODE : photo === null, ms: photoMs },
      frame: { ok: expectCode ? frame?.code === RECEIPT_CODE : frame === null, ms: frameMs },
    });
  }
  return out;
}

const names = () => SET.map(({ group, name }) => ({ group, name }));

/** One image of the harder set: read correctly, a false read (a code that is not on it), and the time. */
export interface HardOutcome {
  ok: boolean;
  falseRead: boolean;
  ms: number;
}
const judge = (group: string, texts: string[], ms: number): HardOutcome => {
  const codes = texts.map((t) => extractDossierCode(t)?.code ?? (t.includes(encodeURIComponent(RECEIPT_CODE)) ? RECEIPT_CODE : t));
  const expected = group !== 'no code';
  return {
    ok: expected ? codes[0] === RECEIPT_CODE : codes.length === 0,
    falseRead: codes.some((c) => c !== RECEIPT_CODE) || (!expected && codes.length > 0),
    ms,
  };
};

/** The harder set through one decoder: motcua's photo path, raw @zxing/browser, or zxing-wasm (its defaults: try harder, rotate, downscale, invert). */
async function runHard(decoder: 'ours' | 'zxing-js' | 'zxing-wasm'): Promise<HardOutcome[]> {
  const reader = new BrowserMultiFormatReader();
  const out: HardOutcome[] = [];
  for (const item of HARD) {
    const canvas = await item.make();
    const t = performance.now();
    let texts: string[];
    if (decoder === 'ours') {
      const found = await decodeCanvasImage(canvas, 'thorough');
      texts = found ? [found.text] : [];
    } else if (decoder === 'zxing-js') {
      try {
        texts = [reader.decodeFromCanvas(canvas).getText()];
      } catch {
        texts = [];
      }
    } else {
      const image = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      texts = (await readBarcodes(image, { maxNumberOfSymbols: 1 })).filter((r) => r.isValid).map((r) => r.text);
    }
    out.push(judge(item.group, texts, performance.now() - t));
  }
  return out;
}
const hardNames = () => HARD.map(({ group, name }) => ({ group, name }));

/** Time from setting `open` to the first `motcua-scan`, on the fake camera. */
async function timeToFirstRead(): Promise<number | null> {
  const el = document.createElement('motcua-barcode-scanner');
  document.body.append(el);
  const t = performance.now();
  const read = new Promise<number>((resolve) => el.addEventListener('motcua-scan', () => resolve(performance.now() - t), { once: true }));
  el.open = true;
  const result = await Promise.race([read, new Promise<null>((r) => setTimeout(() => r(null), 15000))]);
  el.remove();
  return result;
}

/** The same for raw @zxing/browser's own camera loop. */
async function rawTimeToFirstRead(): Promise<number | null> {
  const video = document.createElement('video');
  document.body.append(video);
  const t = performance.now();
  let controls: { stop(): void } | undefined;
  const read = new Promise<number>((resolve) => {
    void new BrowserMultiFormatReader().decodeFromVideoDevice(undefined, video, (result, _error, c) => {
      controls = c;
      if (result) resolve(performance.now() - t);
    });
  });
  const result = await Promise.race([read, new Promise<null>((r) => setTimeout(() => r(null), 15000))]);
  controls?.stop();
  video.remove();
  return result;
}

Object.assign(window, { names, runRaw, runOurs, timeToFirstRead, rawTimeToFirstRead, runHard, hardNames });
