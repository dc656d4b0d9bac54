/** Every event the elements fire: composed, bubbling, typed. */
import type { Dossier, ErrorKind, Procedure } from '@motcua/core';
import type { CameraErrorKind } from './camera-controller.js';
import type { ScanFormat } from './barcode/formats.js';

export interface MotcuaEventDetails {
  /** A dossier was found (the lookup's answer). */
  'motcua-dossier-found': { dossier: Dossier };
  /** A lookup failed; `kind` is the core error kind, `message` what the citizen saw. */
  'motcua-lookup-error': { kind: ErrorKind | 'unknown'; message: string; retryAfter?: number };
  /** A procedure was chosen in the finder. */
  'motcua-procedure-select': { procedure: Procedure };
  /** The finder's results changed. */
  'motcua-search-results': { query: string; total: number };
  /** A procedure's details were loaded. */
  'motcua-procedure-load': { procedure: Procedure };
  /**
   * A code was read: from the camera, a photo, or typed by hand. `code` is the canonical dossier
   * code found in `text` and `key` the lookup key a receipt QR carried; `format` is absent when typed.
   */
  'motcua-scan': { text: string; format?: ScanFormat; code?: string; key?: string; source: 'camera' | 'photo' | 'typed' };
  /** The camera could not be used; `message` is what the citizen saw. */
  'motcua-scan-error': { kind: CameraErrorKind; message: string };
}

export type MotcuaEventName = keyof MotcuaEventDetails;
export type MotcuaEvent<K extends MotcuaEventName> = CustomEvent<MotcuaEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'motcua-dossier-found': MotcuaEvent<'motcua-dossier-found'>;
    'motcua-lookup-error': MotcuaEvent<'motcua-lookup-error'>;
    'motcua-procedure-select': MotcuaEvent<'motcua-procedure-select'>;
    'motcua-search-results': MotcuaEvent<'motcua-search-results'>;
    'motcua-procedure-load': MotcuaEvent<'motcua-procedure-load'>;
    'motcua-scan': MotcuaEvent<'motcua-scan'>;
    'motcua-scan-error': MotcuaEvent<'motcua-scan-error'>;
  }
}
