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

/** Turns tried on a photo when the straight passes find nothing: zxing reads 1-D codes only within about ±6° of level. */
const ANGLES = [90, -10, 10, -20, 20, -30, 30, -40, 40, -50, 50, -60, 60, -70, 70, -80, 80];

/** How long a photo may take before we give up and say so (the passes run in turn until then). */
const PHOTO_BUDGET_MS = 3000;

/**
 * Decodes a canvas. `frame` is one quick attempt for live video (the next frame is the next
 * try); `thorough` is for a photo, which is the only chance: binarizers, contrast, scale, angles.
 */
export async function decodeCanvasImage(canvas: HTMLCanvasElement, effort: 'frame' | 'thorough', budgetMs = PHOTO_BUDGET_MS): Promise<ScanResult | null> {
  const detector = await nativeDetector();
  if (detector) {
    try {
      for (const found of await detector.detect(canvas)) {
        const result = acceptScan(found.rawValue, found.format);
        if (result) return result;
      }
    } catch {
      // A detector that fails on this image: fall through to zxing.
    }
    if (effort === 'frame') return null;
  }
  const { decodeCanvas } = await preloadDecoder();
  const attempt = (c: HTMLCanvasElement, binarizer: 'hybrid' | 'global' = 'hybrid', tryHarder = true, linearOnly = false) => {
    const found = decodeCanvas(c, binarizer, tryHarder, linearOnly);
    return found ? acceptScan(found.text, found.format) : null;
  };
  if (effort === 'frame') return attempt(canvas, 'hybrid', false);
  const side = Math.max(canvas.width, canvas.height);
  // Turning resamples the image; doubled first, 2-pixel bars survive it.
  let turnable: HTMLCanvasElement | undefined;
  const turned = (deg: number) => rotated((turnable ??= side < 1000 ? scaled(canvas, 2) : canvas), deg);
  // Cheapest first; a clean photo is read by the first pass in ~20 ms.
  const passes: Array<() => ScanResult | null> = [
    () => attempt(canvas, 'hybrid', false),
    () => attempt(canvas),
    () => attempt(smoothed(canvas)),
    () => attempt(canvas, 'global'),
    () => attempt(stretched(canvas)),
    ...(side < 640 ? [() => attempt(scaled(canvas, 2))] : []),
    ...ANGLES.map((deg) => () => attempt(turned(deg), 'hybrid', true, true)),
  ];
  const deadline = performance.now() + budgetMs;
  for (const pass of passes) {
    const result = pass();
    if (result) return result;
    if (performance.now() > deadline) break;
    // Let the page paint and respond between passes.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return null;
}

/**
 * Reads the barcode or QR code in an image: a photo of a receipt (Blob or File), an
 * ImageBitmap, an <img>, a <canvas> or ImageData. Resolves to the text, its format, and the
 * dossier code and lookup key found in it — or null when the image holds no readable code.
 */
export async function decodeBarcodeImage(source: BarcodeImageSource): Promise<ScanResult | null> {
  return decodeCanvasImage(await toCanvas(source), 'thorough');
}
