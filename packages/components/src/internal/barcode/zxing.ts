/**
 * The zxing decoder (@zxing/library). Imported dynamically by ./decode.ts only: it is ~110 KB
 * gzipped and must stay out of every element's first load.
 *
 * Why not @zxing/browser's readers: in 0.2.1 its canvas luminance source throws on rotation
 * (so TRY_HARDER's 90° pass never runs), and the camera loop here is our own anyway.
 */
import {
  AztecCodeReader,
  BarcodeFormat,
  BinaryBitmap,
  Code128Reader,
  DataMatrixReader,
  DecodeHintType,
  Exception,
  GlobalHistogramBinarizer,
  HybridBinarizer,
  MultiFormatOneDReader,
  PDF417Reader,
  QRCodeReader,
  RGBLuminanceSource,
  type Reader,
} from '@zxing/library';
import { fixCode128StartPattern } from './zxing-fixes.js';
import { SCAN_FORMATS, type ScanFormat } from './formats.js';

const toZxing: Record<ScanFormat, BarcodeFormat> = {
  code_128: BarcodeFormat.CODE_128,
  qr_code: BarcodeFormat.QR_CODE,
  code_39: BarcodeFormat.CODE_39,
  code_93: BarcodeFormat.CODE_93,
  ean_13: BarcodeFormat.EAN_13,
  ean_8: BarcodeFormat.EAN_8,
  upc_a: BarcodeFormat.UPC_A,
  itf: BarcodeFormat.ITF,
  data_matrix: BarcodeFormat.DATA_MATRIX,
  pdf417: BarcodeFormat.PDF_417,
  aztec: BarcodeFormat.AZTEC,
};
fixCode128StartPattern();

const fromZxing = new Map(Object.entries(toZxing).map(([name, id]) => [id, name as ScanFormat]));

// The readers are called one by one rather than through MultiFormatReader, which in
// @zxing/library 0.23 logs a console warning for every frame without a code.
function hintsFor(tryHarder: boolean): Map<DecodeHintType, unknown> {
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, SCAN_FORMATS.map((f) => toZxing[f])]]);
  if (tryHarder) hints.set(DecodeHintType.TRY_HARDER, true);
  return hints;
}
const HINTS = { fast: hintsFor(false), thorough: hintsFor(true) };
const READERS = { fast: readers(HINTS.fast), thorough: readers(HINTS.thorough) };
/** A receipt's own symbol alone: redrawn bars are read as nothing else (EAN's one-in-ten check digit passes noise). */
const CODE128 = [new Code128Reader()];
function readers(hints: Map<DecodeHintType, unknown>): Reader[] {
  // 1-D first: receipts print Code 128.
  return [new MultiFormatOneDReader(hints), new QRCodeReader(), new DataMatrixReader(), new AztecCodeReader(), new PDF417Reader()];
}

/** Grey levels of the canvas (the same weights as zxing's). */
function luminance(canvas: HTMLCanvasElement): Uint8ClampedArray {
  const { data } = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height);
  const out = new Uint8ClampedArray(canvas.width * canvas.height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) out[i] = (data[p]! + 2 * data[p + 1]! + data[p + 2]!) >> 2;
  return out;
}

export type Binarizer = 'hybrid' | 'global';

/** Which readers an attempt runs: all, the 1-D one (turned copies), or the QR one (a receipt's key). */
export type ReaderSet = 'all' | 'linear' | 'qr' | 'code128';

/** One decoding attempt; null when zxing finds nothing (or a checksum fails). */
export function decodeCanvas(
  canvas: HTMLCanvasElement,
  binarizer: Binarizer,
  tryHarder: boolean,
  set: ReaderSet = 'all',
): { text: string; format: string } | null {
  return decodeLuminance(luminance(canvas), canvas.width, canvas.height, binarizer, tryHarder, set);
}

/** The same on grey levels already at hand (a 1-D code's profile, bars.ts). */
export function decodeLuminance(
  grey: Uint8ClampedArray,
  width: number,
  height: number,
  binarizer: Binarizer,
  tryHarder: boolean,
  set: ReaderSet = 'all',
): { text: string; format: string } | null {
  const source = new RGBLuminanceSource(grey, width, height);
  const bitmap = new BinaryBitmap(binarizer === 'hybrid' ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
  const effort = tryHarder ? 'thorough' : 'fast';
  // Turned copies only help 1-D codes (2-D detectors find any angle), so they try the 1-D reader alone.
  const all = READERS[effort];
  for (const reader of set === 'linear' ? all.slice(0, 1) : set === 'qr' ? all.slice(1, 2) : set === 'code128' ? CODE128 : all) {
    try {
      const result = reader.decode(bitmap, HINTS[effort]);
      const format = fromZxing.get(result.getBarcodeFormat());
      if (format) return { text: result.getText(), format };
    } catch (error) {
      // NotFound, Checksum and Format exceptions all mean "not this reader".
      if (!(error instanceof Exception)) throw error;
    } finally {
      reader.reset();
    }
  }
  return null;
}
