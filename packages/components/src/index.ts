/**
 * The element classes, without defining them: import `@motcua/components/define` (all) or
 * one element's file to register the tags.
 */
export { MotcuaBarcodeScanner } from './components/barcode-scanner/barcode-scanner.component.js';
export { MotcuaDossierBarcode } from './components/dossier-barcode/dossier-barcode.component.js';
export { MotcuaDossierLookup } from './components/dossier-lookup/dossier-lookup.component.js';
export { MotcuaDossierStatus } from './components/dossier-status/dossier-status.component.js';
export { MotcuaProcedureFinder } from './components/procedure-finder/procedure-finder.component.js';
export { MotcuaProcedureDetail } from './components/procedure-detail/procedure-detail.component.js';
export { MotcuaProvider } from './components/provider/provider.component.js';
export { MotcuaOfficeStats, periodDays } from './components/office-stats/office-stats.component.js';
export { MotcuaStatusBoard } from './components/status-board/status-board.component.js';
export { MotcuaHallKiosk, type KioskClearReason } from './components/hall-kiosk/hall-kiosk.component.js';
export { registerStrings, type Lang, type StringKey, type Strings } from './internal/i18n.js';
export type { MotcuaEventDetails, MotcuaEvent, MotcuaEventName } from './internal/events.js';
export { motcuaContext, type MotcuaSettings } from './internal/context.js';
export { decodeBarcodeImage } from './internal/barcode/decode.js';
export type { BarcodeImageSource } from './internal/barcode/canvas.js';
export type { ScanFormat, ScanResult } from './internal/barcode/formats.js';
