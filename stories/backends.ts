/** Backends for stories: the demo data in memory, and clients that fail on purpose. */
import { memoryAdapter } from '@motcua/adapters/memory';
import { createDemoDataset } from '@motcua/adapters/demo';
import type { MotcuaError} from '@motcua/core';
import { createClient, type Adapter, type Dossier } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';

export const NOW = Date.parse('2026-11-23T10:00:00+07:00');
export const data = createDemoDataset({ now: NOW });
const memory = memoryAdapter(data);

/** The demo data, answering like the gateway does with the right key. */
export const demoClient = createClient({ adapter: memory });
export const slowClient = createClient({ adapter: memoryAdapter(data, { latencyMs: 60_000 }) });

/** A client whose every call fails with this error. */
export function failingClient(error: MotcuaError) {
  const fail = () => Promise.reject(error);
  const adapter: Adapter = { name: 'failing', lookupDossier: fail, searchProcedures: fail, getProcedure: fail, listSectors: fail, listAgencies: fail };
  return createClient({ adapter });
}

const find = (pred: (d: Dossier) => boolean) => data.dossiers.find(pred)!;
const state = (d: Dossier) => dossierTimeliness(d, { now: NOW }).state;
export const DOSSIERS = {
  overdueMultiLevel: find((d) => state(d) === 'overdue' && !!d.steps?.some((s) => s.level === 'province')),
  dueSoon: find((d) => state(d) === 'due-soon'),
  supplement: find((d) => d.status === 5),
  payment: find((d) => d.status === 6),
  doneLate: find((d) => state(d) === 'done-late'),
  returned: find((d) => d.status === 10 && state(d) === 'done-on-time'),
  refused: find((d) => d.status === 3),
};
