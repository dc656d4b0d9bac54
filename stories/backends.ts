/** Backends for stories: the demo data in memory, and clients that fail on purpose. */
import { memoryAdapter } from '@motcua/adapters/memory';
import { createDemoDataset } from '@motcua/adapters/demo';
import type { MotcuaError } from '@motcua/core';
import { createClient, type Adapter, type Dossier } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';

export const NOW = Date.parse('2026-11-23T10:00:00+07:00');
export const data = createDemoDataset({ now: NOW });
const memory = memoryAdapter(data);

/** The demo data, answering like the gateway does with the right key. */
export const demoClient = createClient({ adapter: memory });
export const slowClient = createClient({ adapter: memoryAdapter(data, { latencyMs: 60_000 }) });

/**
 * The catalogue as a page's service worker serves it from a copy kept two days before the
 * story's day (what the REST adapter reports as `storedAt`): the elements say it may be old.
 */
export const keptCopyClient = (() => {
  const storedAt = new Date(NOW - 2 * 86_400_000).toISOString();
  const adapter: Adapter = {
    ...memory,
    name: 'kept-copy',
    searchProcedures: async (query, options) => {
      const result = await memory.searchProcedures(query, options);
      return { ...result, storedAt, items: result.items.map((hit) => ({ ...hit, procedure: { ...hit.procedure, storedAt } })) };
    },
    getProcedure: async (code, options) => ({ ...(await memory.getProcedure(code, options)), storedAt }),
  };
  return createClient({ adapter });
})();

/** A client whose every call fails with this error. */
export function failingClient(error: MotcuaError) {
  const fail = () => Promise.reject(error);
  const adapter: Adapter = {
    name: 'failing',
    lookupDossier: fail,
    searchProcedures: fail,
    getProcedure: fail,
    listSectors: fail,
    listAgencies: fail,
  };
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
