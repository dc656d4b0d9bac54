// Written by scripts/element-files.mjs from src/elements.ts (npm run build): edit the list, not this file.
/**
 * The element classes, without defining them: import `@motcua/components/define` (all) or
 * one element's file to register the tags. Everything else the package's main entry offers
 * (words, events, settings, the barcode reader, helpers of single elements) is in api.ts,
 * written by hand: add exports there.
 */
export { MotcuaProvider } from './components/provider/provider.component.js';
export { MotcuaDossierStatus } from './components/dossier-status/dossier-status.component.js';
export { MotcuaDossierLookup } from './components/dossier-lookup/dossier-lookup.component.js';
export { MotcuaProcedureFinder } from './components/procedure-finder/procedure-finder.component.js';
export { MotcuaProcedureDetail } from './components/procedure-detail/procedure-detail.component.js';
export { MotcuaDossierBarcode } from './components/dossier-barcode/dossier-barcode.component.js';
export { MotcuaBarcodeScanner } from './components/barcode-scanner/barcode-scanner.component.js';
export { MotcuaOfficeStats } from './components/office-stats/office-stats.component.js';
export { MotcuaStatusBoard } from './components/status-board/status-board.component.js';
export { MotcuaHallKiosk } from './components/hall-kiosk/hall-kiosk.component.js';
export * from './api.js';
