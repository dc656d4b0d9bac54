/**
 * What the package's main entry offers besides the element classes (index.ts, written from the
 * list of elements, exports those and then this file). Written by hand: a new export that is
 * not an element class goes here.
 */
export { periodDays } from './components/office-stats/office-stats.component.js';
export type { KioskClearReason } from './components/hall-kiosk/hall-kiosk.component.js';
export { registerStrings, type Lang, type StringKey, type Strings } from './internal/i18n.js';
export type { MotcuaEventDetails, MotcuaEvent, MotcuaEventName } from './internal/events.js';
export { motcuaContext, type MotcuaSettings } from './internal/context.js';
export { decodeBarcodeImage } from './internal/barcode/decode.js';
export type { BarcodeImageSource } from './internal/barcode/canvas.js';
export type { ScanFormat, ScanResult } from './internal/barcode/formats.js';
