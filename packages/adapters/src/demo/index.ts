/**
 * The demo data set behind `npm start`: a provincial city (Hà Tĩnh, 15 wards), 195 real
 * procedure titles, and dossiers covering every status, timeliness and multi-level path.
 */
import type { Agency, Dossier, Procedure, Sector } from '@motcua/core';
import { DEMO_PROCEDURES, DEMO_SECTORS } from './catalogue.js';
import { DEMO_AGENCIES } from './city.js';
import { createDemoDossiers } from './dossiers.js';

export { DEMO_PROCEDURES, DEMO_SECTORS } from './catalogue.js';
export { DEMO_AGENCIES } from './city.js';

export interface DemoDataset {
  procedures: readonly Procedure[];
  sectors: Sector[];
  agencies: Agency[];
  dossiers: Dossier[];
}

export interface DemoDatasetOptions {
  /** The moment the data set is built around (default: now), so some dossiers are always overdue. */
  now?: number | Date;
  seed?: number;
}

export function createDemoDataset({ now = Date.now(), seed = 42 }: DemoDatasetOptions = {}): DemoDataset {
  const t = now instanceof Date ? now.getTime() : now;
  return {
    procedures: DEMO_PROCEDURES,
    sectors: DEMO_SECTORS,
    agencies: DEMO_AGENCIES,
    dossiers: createDemoDossiers({ procedures: DEMO_PROCEDURES, now: t, seed }),
  };
}

export { startDemoChanges, type DemoChanges } from './changes.js';
