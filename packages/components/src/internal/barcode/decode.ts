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
 * How long a photo may take before we give up and say so, on any CPU: a pass starts only if
 * one as slow as the slowest so far would still end within it (docs/bench/decode.md measures
 * it with the CPU four times slower, a phone's).
 */
const PHOTO_BUDGET_MS = 900;

/** Lets the page paint and respond: `scheduler.yield()` where the browser has it (no 4 ms timer clamp), else a timer. */
const yieldToPage = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));

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
export async function decodeCanvasImage(
  canvas: HTMLCanvasElement,
  effort: 'frame' | 'thorough',
  budgetMs = PHOTO_BUDGET_MS,
): Promise<ScanResult | null> {
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
  const started = performance.now();
  /** The quick attempt's time on this image, this CPU: the unit the later passes' costs are counted in. */
  let unit = 0;
  /** The longest pass so far: on some images (small, with text) a full pass costs 20 quick attempts, not 8. */
  let longest = 0;
  /** Whether work costing `cost` quick attempts (or as long as the longest pass, if more) should end within the photo's budget. */
  const fits = (cost: number) => performance.now() - started + Math.max(cost * unit, longest) <= budgetMs;
  /**
   * A code without its key: the receipt's QR may be beside it — small, so also looked for at
   * twice the size (four times the pixels, so about four times the first look's time) where that fits the budget.
   */
  const withKey = (result: ScanResult): ScanResult => {
    if (result.key || result.format === 'qr_code') return result;
    const begun = performance.now();
    let qr = attempt(canvas, 'hybrid', effort === 'thorough', 'qr');
    const look = performance.now() - begun;
    if (!qr && effort === 'thorough' && side < 1200 && performance.now() - started + 4 * look <= budgetMs)
      qr = attempt(scaled(canvas, 2), 'hybrid', true, 'qr');
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
  const greyLevels = () =>
    (grey ??= greyOf(
      canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height).data,
      canvas.width,
      canvas.height,
    ));
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
    const soft = greyOf(
      twice.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, twice.width, twice.height).data,
      twice.width,
      twice.height,
    );
    const crisp = decodeLuminance(sharpened(soft, twice.width, twice.height, 1.5), twice.width, twice.height, 'hybrid', true, 'qr');
    return crisp && acceptScan(crisp.text, crisp.format);
  };
  /** The image as it is: a quick look (its time is the unit of cost), then every reader trying harder. */
  const quick = () => attempt(canvas, 'hybrid', false);
  const plain = () => attempt(canvas);
  // Cheapest first: the reading along the bars (10–20 ms) finds a receipt's Code 128 at any
  // angle, the quick attempt a clean QR (~20 ms); most photos are read by one of the two. Each
  // later pass with its cost in quick attempts (8–20 on the bench's images: 12, twice that at
  // twice the size; 0: always run): the budget holds on a slow phone because the quick
  // attempt's own time says how slow this one is.
  const passes: Array<readonly [pass: () => ScanResult | null, cost: number]> = [
    [alongBars, 0],
    [quick, 0],
    // A QR too small for zxing is a small image (a QR cut from a screenshot): enlarging it is cheap,
    // where enlarging a whole photo costs ~0.5 s on a phone. Always tried.
    ...(side < 400 ? [[smallQr, 0] as const] : []),
    // Grain and JPEG blocks averaged out (a photo in dim light).
    [() => attempt(smoothed(canvas)), 12],
    [plain, 12],
    [() => attempt(canvas, 'global'), 12],
    [() => attempt(stretched(canvas)), 12],
    ...(side < 1000 ? [[() => attempt(scaled(canvas, 2)), 24] as const] : []),
    // A quarter turn, for a 1-D code whose bars were not found (the reading along the bars covers any other angle).
    [() => attempt(turned(90), 'hybrid', true, 'linear'), 12],
  ];
  // A read without a dossier code (a product's EAN, say) does not end the search for the
  // receipt's code; it is the answer only when nothing better is found. Except from the image
  // as it is (`quick` and `plain`), such a read must come from a symbol with a real check: EAN,
  // UPC, ITF and Code 39/93 find codes in the noise of resampled images.
  let other: ScanResult | null = null;
  for (const [pass, cost] of passes) {
    // The reading along the bars and the quick attempt always run (a busy phone still gets its
    // receipt read); a later pass only if it should end within the budget.
    if (cost && !fits(cost)) break;
    const begun = performance.now();
    const result = pass();
    const took = performance.now() - begun;
    if (pass === quick) unit = Math.max(1, took);
    longest = Math.max(longest, took);
    if (result?.code) return withKey(result);
    if (result && !other && (pass === quick || pass === plain || STRONG.has(result.format))) other = result;
    // Let the page paint and respond between passes.
    await yieldToPage();
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
