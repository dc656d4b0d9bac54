// Written by scripts/element-files.mjs from src/elements.ts (npm run build): edit the list, not this file.
/**
 * Types for the elements written as tags in JSX (React 19 and Preact pass properties and
 * `on<event>` listeners to custom elements):
 *
 *   import type {} from '@motcua/components/jsx';
 *   <motcua-dossier-lookup endpoint="…" onmotcua-dossier-found={(e) => e.detail.dossier} />
 *
 * Types only: this module adds nothing to a bundle.
 */
import type { LitElement } from 'lit';
import type * as React from 'react';
import type { MotcuaProvider } from './components/provider/provider.component.js';
import type { MotcuaDossierStatus } from './components/dossier-status/dossier-status.component.js';
import type { MotcuaDossierLookup } from './components/dossier-lookup/dossier-lookup.component.js';
import type { MotcuaProcedureFinder } from './components/procedure-finder/procedure-finder.component.js';
import type { MotcuaProcedureDetail } from './components/procedure-detail/procedure-detail.component.js';
import type { MotcuaDossierBarcode } from './components/dossier-barcode/dossier-barcode.component.js';
import type { MotcuaBarcodeScanner } from './components/barcode-scanner/barcode-scanner.component.js';
import type { MotcuaOfficeStats } from './components/office-stats/office-stats.component.js';
import type { MotcuaStatusBoard } from './components/status-board/status-board.component.js';
import type { MotcuaHallKiosk } from './components/hall-kiosk/hall-kiosk.component.js';
import type { MotcuaEvent, MotcuaEventName } from './internal/events.js';

/** An element's own public properties, its events as `on<event>` props, and React's usual ones. */
export type ElementProps<E extends HTMLElement, Events extends MotcuaEventName = never> = Omit<React.HTMLAttributes<E>, 'lang'> &
  React.RefAttributes<E> &
  Partial<Omit<E, keyof LitElement | 'language'>> & { lang?: string; class?: string; key?: React.Key } & {
    [K in Events as `on${K}`]?: (event: MotcuaEvent<K>) => void;
  };

export interface MotcuaIntrinsicElements {
  'motcua-provider': ElementProps<MotcuaProvider>;
  'motcua-dossier-status': ElementProps<MotcuaDossierStatus>;
  'motcua-dossier-lookup': ElementProps<MotcuaDossierLookup, 'motcua-dossier-found' | 'motcua-lookup-error'>;
  'motcua-procedure-finder': ElementProps<MotcuaProcedureFinder, 'motcua-procedure-select' | 'motcua-search-results'>;
  'motcua-procedure-detail': ElementProps<MotcuaProcedureDetail, 'motcua-procedure-load'>;
  'motcua-dossier-barcode': ElementProps<MotcuaDossierBarcode>;
  'motcua-barcode-scanner': ElementProps<MotcuaBarcodeScanner, 'motcua-scan' | 'motcua-scan-error'>;
  'motcua-office-stats': ElementProps<MotcuaOfficeStats>;
  'motcua-status-board': ElementProps<MotcuaStatusBoard, 'motcua-board-update'>;
  'motcua-hall-kiosk': ElementProps<MotcuaHallKiosk, 'motcua-kiosk-clear'>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends MotcuaIntrinsicElements {}
  }
}
