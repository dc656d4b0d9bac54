/** What a scan yields, and which barcodes count: shared by the camera, photos and the native detector. */
import { extractDossierCode } from '@motcua/core';

/** The formats we look for, named as the Shape Detection API names them. */
export const SCAN_FORMATS = [
  'code_128',
  'qr_code',
  'code_39',
  'code_93',
  'ean_13',
  'ean_8',
  'upc_a',
  'itf',
  'data_matrix',
  'pdf417',
  'aztec',
] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export interface ScanResult {
  /** The barcode's text, as read. */
  text: string;
  format: ScanFormat;
  /** The dossier code in the text, canonical, when there is one. */
  code?: string;
  /** The lookup key, when the code was a URL that carried one. */
  key?: string;
}

const ONE_D_SHORT: readonly ScanFormat[] = ['itf', 'code_39', 'code_93'];

/**
 * A decoder's answer, validated: unknown formats, empty or binary text, and implausibly short
 * 1-D reads (the usual false positives on texture) yield null.
 */
export function acceptScan(text: string, format: string): ScanResult | null {
  if (!(SCAN_FORMATS as readonly string[]).includes(format)) return null;
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 4096) return null;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) return null;
  if (ONE_D_SHORT.includes(format as ScanFormat) && trimmed.length < 6) return null;
  const found = extractDossierCode(trimmed);
  return { text: trimmed, format: format as ScanFormat, ...(found ? { code: found.code } : {}), ...(found?.key ? { key: found.key } : {}) };
}
