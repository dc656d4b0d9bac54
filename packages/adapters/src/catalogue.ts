/**
 * The catalogue half of an Adapter over a procedure list held in memory: search through the
 * core's Vietnamese-aware index, look-ups by code, sectors and agencies. Backends that only
 * hand over their whole catalogue (a JSON file, LayDanhSachTTHC, iGate's procedure list)
 * load it once and serve it from here.
 */
import { MotcuaError, type Adapter, type Agency, type Procedure, type Sector } from '@motcua/core';
import { createProcedureIndex, type ProcedureIndexOptions } from '@motcua/core/search';

export interface CatalogueData {
  procedures: readonly Procedure[];
  /** Defaults to the sectors the procedures name. */
  sectors?: readonly Sector[];
  agencies?: readonly Agency[];
}

export type CatalogueMethods = Pick<Adapter, 'searchProcedures' | 'getProcedure' | 'listSectors' | 'listAgencies'>;

function sectorsOf(procedures: readonly Procedure[]): Sector[] {
  const byCode = new Map<string, Sector>();
  for (const { sector } of procedures) if (sector && !byCode.has(sector.code)) byCode.set(sector.code, sector);
  return [...byCode.values()];
}

/**
 * Serves a catalogue that `load` fetches on first use (and again after a failure).
 * `load` receives an AbortSignal that is never aborted by one caller giving up.
 */
export function createCatalogue(load: () => Promise<CatalogueData>, indexOptions: ProcedureIndexOptions = {}): CatalogueMethods & { reload(): Promise<void> } {
  type Loaded = { index: ReturnType<typeof createProcedureIndex>; sectors: Sector[]; agencies: Agency[] };
  const build = async (): Promise<Loaded> => {
    const data = await load();
    return {
      index: createProcedureIndex(data.procedures, indexOptions),
      sectors: [...(data.sectors ?? sectorsOf(data.procedures))],
      agencies: [...(data.agencies ?? [])],
    };
  };
  let loaded: Promise<Loaded> | undefined;
  const ready = () => {
    loaded ??= build().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return {
    searchProcedures: async (query) => (await ready()).index.searchPage(query),
    async getProcedure(code) {
      const procedure = (await ready()).index.get(code);
      if (!procedure) throw new MotcuaError('not-found', `procedure ${code} is not in the catalogue`, { status: 404 });
      return procedure;
    },
    listSectors: async () => (await ready()).sectors,
    listAgencies: async () => (await ready()).agencies,
    /** Loads the catalogue again; until the new one is read, and if it cannot be, the old one is served. */
    async reload() {
      const next = await build();
      loaded = Promise.resolve(next);
    },
  };
}
