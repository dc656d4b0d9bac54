// Written by scripts/element-files.mjs from src/elements.ts (npm run build): edit the list, not this file.
/**
 * React components over the elements (`@motcua/components/react`), with typed props and
 * events as callbacks: `<DossierLookup endpoint="…" onDossierFound={(e) => e.detail.dossier} />`.
 * React 19 can also use the tags directly; these add prop types and camel-case events.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MotcuaProvider } from '../components/provider/provider.js';
import { MotcuaDossierStatus } from '../components/dossier-status/dossier-status.js';
import { MotcuaDossierLookup } from '../components/dossier-lookup/dossier-lookup.js';
import { MotcuaProcedureFinder } from '../components/procedure-finder/procedure-finder.js';
import { MotcuaProcedureDetail } from '../components/procedure-detail/procedure-detail.js';
import { MotcuaDossierBarcode } from '../components/dossier-barcode/dossier-barcode.js';
import { MotcuaBarcodeScanner } from '../components/barcode-scanner/barcode-scanner.js';
import { MotcuaOfficeStats } from '../components/office-stats/office-stats.js';
import { MotcuaStatusBoard } from '../components/status-board/status-board.js';
import { MotcuaHallKiosk } from '../components/hall-kiosk/hall-kiosk.js';
import type { MotcuaEvent } from '../internal/events.js';

export const Provider = createComponent({ tagName: 'motcua-provider', elementClass: MotcuaProvider, react: React });

export const DossierStatus = createComponent({ tagName: 'motcua-dossier-status', elementClass: MotcuaDossierStatus, react: React });

export const DossierLookup = createComponent({
  tagName: 'motcua-dossier-lookup', elementClass: MotcuaDossierLookup, react: React,
  events: {
    onDossierFound: 'motcua-dossier-found' as EventName<MotcuaEvent<'motcua-dossier-found'>>,
    onLookupError: 'motcua-lookup-error' as EventName<MotcuaEvent<'motcua-lookup-error'>>,
  },
});

export const ProcedureFinder = createComponent({
  tagName: 'motcua-procedure-finder', elementClass: MotcuaProcedureFinder, react: React,
  events: {
    onProcedureSelect: 'motcua-procedure-select' as EventName<MotcuaEvent<'motcua-procedure-select'>>,
    onSearchResults: 'motcua-search-results' as EventName<MotcuaEvent<'motcua-search-results'>>,
  },
});

export const ProcedureDetail = createComponent({
  tagName: 'motcua-procedure-detail', elementClass: MotcuaProcedureDetail, react: React,
  events: {
    onProcedureLoad: 'motcua-procedure-load' as EventName<MotcuaEvent<'motcua-procedure-load'>>,
  },
});

export const DossierBarcode = createComponent({ tagName: 'motcua-dossier-barcode', elementClass: MotcuaDossierBarcode, react: React });

export const BarcodeScanner = createComponent({
  tagName: 'motcua-barcode-scanner', elementClass: MotcuaBarcodeScanner, react: React,
  events: {
    onScan: 'motcua-scan' as EventName<MotcuaEvent<'motcua-scan'>>,
    onScanError: 'motcua-scan-error' as EventName<MotcuaEvent<'motcua-scan-error'>>,
  },
});

export const OfficeStats = createComponent({ tagName: 'motcua-office-stats', elementClass: MotcuaOfficeStats, react: React });

export const StatusBoard = createComponent({
  tagName: 'motcua-status-board', elementClass: MotcuaStatusBoard, react: React,
  events: {
    onBoardUpdate: 'motcua-board-update' as EventName<MotcuaEvent<'motcua-board-update'>>,
  },
});

export const HallKiosk = createComponent({
  tagName: 'motcua-hall-kiosk', elementClass: MotcuaHallKiosk, react: React,
  events: {
    onKioskClear: 'motcua-kiosk-clear' as EventName<MotcuaEvent<'motcua-kiosk-clear'>>,
  },
});
