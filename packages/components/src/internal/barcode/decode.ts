/**
 * One decoding pipeline for camera frames and photos: the browser's own BarcodeDetector where it
 * exists (Android, macOS, ChromeOS), otherwise @zxing, loaded on first use.
 */
import { rotated, scaled, smoothed, stretched, toCanvas, type BarcodeImageSource } from './canvas.js';
import { acceptScan, SCAN_FORMATS, type ScanResult } from './formats.js';
import type * as Zxing from './zxing.js';

/** The Shape Detection API, where the browser has it (not in TypeScript's DOM types yet). */
interface NativeDetector {
  detect(source: CanvasImageSource): Promise<Array<{ rawValue: string; format: string }>>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

let native: Promise<NativeDetector | null> | undefined;
function nativeDetector(): Promise<NativeDetector | null> {
  native ??= (async () => {
    const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
    if (!Detector) return null;
    try {
      const supported = await Detector.getSupportedFormats();
      const formats = SCAN_FORMATS.filter((f) => supported.includes(f));
      return formats.length ? new Detector({ formats }) : null;
    } catch {
      return null;
    }
  })();
  return native;
}

let zxing: Promise<typeof Zxing> | undefined;
/** Starts loading the zxing decoder (the scanner calls this when it opens, to overlap with the camera). */
export function preloadDecoder(): Promise<typeof Zxing> {
  zxing ??= import('./zxing.js');
  return zxing;
}

/**
 * How long a photo may take before we give up and say so (the passes run in turn until then,
 * the pass under way finishing): on a phone-class CPU, four times slower than this bench's,
 * about a second in all — measured in docs/bench/decode.md.
 */
const PHOTO_BUDGET_MS = 700;

/** Symbols whose check catches a misread (Reed–Solomon, or Code 128's weighted checksum with its start and stop). */
const STRONG: ReadonlySet<string> = new Set(['qr_code', 'data_matrix', 'aztec', 'pdf417', 'code_128']);

/** Best first: a read that carries the key (a receipt's QR), then one with a dossier code, then any. */
const rank = (r: ScanResult) => (r.key ? 2 : r.code ? 1 : 0);

/**
 * Decodes a canvas. `frame` is one quick attempt for live video (the next frame is the next
 * try); `thorough` is for a photo, which is the only chance: binarizers, contrast, scale, the
 * bars' own angle, then other angles. A receipt has a Code 128 and a QR: when the Code 128 is
 * read first, the QR is looked for too, for the key it carries.
 */
export async function decodeCanvasImage(canvas: HTMLCanvasElement, effort: 'frame' | 'thorough', budgetMs = PHOTO_BUDGET_MS): Promise<ScanResult | null> {
  const detector = await nativeDetector();
  if (detector) {
    try {
      const found = (await detector.detect(canvas)).map((f) => acceptScan(f.rawValue, f.format)).filter((r): r is ScanResult => !!r);
      const best = found.sort((a, z) => rank(z) - rank(a))[0];
      if (best) return best;
    } catch {
      // A detector that fails on this image: fall through to zxing.
    }
    if (effort === 'frame') return null;
  }
  const { decodeCanvas, decodeLuminance } = await preloadDecoder();
  const attempt = (c: HTMLCanvasElement, binarizer: 'hybrid' | 'global' = 'hybrid', tryHarder = true, set: Zxing.ReaderSet = 'all') => {
    const found = decodeCanvas(c, binarizer, tryHarder, set);
    return found ? acceptScan(found.text, found.format) : null;
  };
  const side = Math.max(canvas.width, canvas.height);
  /** A code without its key: the receipt's QR may be beside it (small, so also tried twice as large). */
  const withKey = (result: ScanResult): ScanResult => {
    if (result.key || result.format === 'qr_code') return result;
    const qr = attempt(canvas, 'hybrid', effort === 'thorough', 'qr') ?? (effort === 'thorough' && side < 1200 ? attempt(scaled(canvas, 2), 'hybrid', true, 'qr') : null);
    return qr && qr.code && (!result.code || qr.code === result.code) ? qr : result;
  };
  if (effort === 'frame') {
    const found = attempt(canvas, 'hybrid', false);
    return found && withKey(found);
  }
  // The photo path's own reading (bars.ts, 4.6 KB) loads with the first photo, not with the scanner.
  const { barsProfiles, findBars, greyOf, gridAngle, sharpened } = await import('./bars.js');
  // Turning resamples the image; doubled first, 2-pixel bars survive it.
  let turnable: HTMLCanvasElement | undefined;
  const turned = (deg: number) => rotated((turnable ??= side < 1000 ? scaled(canvas, 2) : canvas), deg);
  let grey: Uint8Array | undefined;
  const greyLevels = () => (grey ??= greyOf(canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height));
  /** 1-D codes at any angle, read from the grey levels averaged along their bars (bars.ts). */
  const alongBars = (): ScanResult | null => {
    const levels = greyLevels();
    for (const bars of findBars(levels, canvas.width, canvas.height)) {
      for (const row of barsProfiles(levels, canvas.width, canvas.height, bars)) {
        const found = decodeLuminance(row.luminance, row.width, row.height, 'global', true, 'code128');
        const result = found && acceptScan(found.text, found.format);
        if (result) return result;
      }
    }
    return null;
  };
  /** A small QR, enlarged and turned square to the pixels: zxing's finder-pattern search wants modules of 2–3 px, level. */
  const smallQr = (): ScanResult | null => {
    const big = scaled(canvas, side < 700 ? 3 : 2);
    const angle = gridAngle(greyLevels(), canvas.width, canvas.height);
    const level = Math.abs(angle) > 2 ? rotated(big, -angle) : big;
    const found = attempt(level, 'hybrid', true, 'qr') ?? attempt(level, 'global', true, 'qr');
    if (found) return found;
    // Out of focus: sharpened, at twice the size (zxing's binarizer works on blocks of 8 px).
    const twice = side < 1000 ? scaled(canvas, 2) : canvas;
    const soft = greyOf(twice.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, twice.width, twice.height).data, twice.width, twice.height);
    const crisp = decodeLuminance(sharpened(soft, twice.width, twice.height, 1.5), twice.width, twice.height, 'hybrid', true, 'qr');
    return crisp && acceptScan(crisp.text, crisp.format);
  };
  /** The image as it is, with every reader trying harder. */
  const plain = () => attempt(canvas);
  // Cheapest first; a clean photo is read by the first pass in ~20 ms.
  const passes: Array<() => ScanResult | null> = [
    () => attempt(canvas, 'hybrid', false),
    alongBars,
    ...(side < 1200 ? [smallQr] : []),
    // Grain and JPEG blocks averaged out (a photo in dim light).
    () => attempt(smoothed(canvas)),
    plain,
    () => attempt(canvas, 'global'),
    () => attempt(stretched(canvas)),
    ...(side < 1000 ? [() => attempt(scaled(canvas, 2))] : []),
    // A quarter turn, for a 1-D code whose bars were not found (the reading along the bars covers any other angle).
    () => attempt(turned(90), 'hybrid', true, 'linear'),
  ];
  const guaranteed = side < 1200 ? 3 : 2;
  const deadline = performance.now() + budgetMs;
  // A read without a dossier code (a product's EAN, say) does not end the search for the
  // receipt's code; it is the answer only when nothing better is found. Except from the image
  // as it is (the first pass and `plain`), such a read must come from a symbol with a real check: EAN,
  // UPC, ITF and Code 39/93 find codes in the noise of resampled images.
  let other: ScanResult | null = null;
  for (const [i, pass] of passes.entries()) {
    const result = pass();
    if (result?.code) return withKey(result);
    if (result && !other && (i === 0 || passes[i] === plain || STRONG.has(result.format))) other = result;
    // The passes up to the smoothed one always run (a busy phone still gets its receipt read); then the budget.
    if (i >= guaranteed && performance.now() > deadline) break;
    // Let the page paint and respond between passes.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return other;
}

/**
 * Reads the barcode or QR code in an image: a photo of a receipt (Blob or File), an
 * ImageBitmap, an <img>, a <canvas> or ImageData. Resolves to the text, its format, and the
 * dossier code and lookup key found in it — or null when the image holds no readable code.
 */
export async function decodeBarcodeImage(source: BarcodeImageSource): Promise<ScanResult | null> {
  return decodeCanvasImage(await toCanvas(source), 'thorough');
}
