/**
 * The catalogue half of an Adapter over a procedure list held in memory: search through the
 * core's Vietnamese-aware index, look-ups by code, sectors and agencies. Backends that only
 * hand over their whole catalogue (a JSON file, LayDanhSachTTHC, iGate's procedure list)
 * load it once and serve it from here.
 */
import { MotcuaError, type Adapter, type Agency, type Procedure, type Sector, type SharedStore } from '@motcua/core';
import { createProcedureIndex, type LexiconEntry, type ProcedureIndexOptions } from '@motcua/core/search';
import { sharedValue } from './shared-value.js';

export interface CatalogueData {
  procedures: readonly Procedure[];
  /** When the page's service worker kept this copy (its `x-motcua-stored-at`): results and procedures carry it. */
  storedAt?: string;
  /** The catalogue's own words for the search, added to the index's (a ward's file can carry them). */
  lexicon?: readonly LexiconEntry[];
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

/** A catalogue fetched once for every gateway instance: kept in the store under `key` for `ttlMs`. */
export interface SharedCatalogue {
  key: string;
  store: () => SharedStore | undefined;
  /** Default one hour; a reload fetches it again for all. */
  ttlMs?: number;
}

/**
 * Serves a catalogue that `load` fetches on first use (and again after a failure); with
 * `shared`, one instance fetches it for all.
 */
export function createCatalogue(
  load: () => Promise<CatalogueData>,
  indexOptions: ProcedureIndexOptions = {},
  shared?: SharedCatalogue,
): CatalogueMethods & { reload(): Promise<void> } {
  type Loaded = { index: ReturnType<typeof createProcedureIndex>; sectors: Sector[]; agencies: Agency[]; storedAt?: string };
  const ttlMs = shared?.ttlMs ?? 3_600_000;
  const data = shared
    ? sharedValue<CatalogueData>({ key: shared.key, store: shared.store, fetch: async () => ({ value: await load(), ttlMs }) })
    : undefined;
  const build = async (fresh = false): Promise<Loaded> => {
    if (fresh) await data?.drop();
    const loadedData = data ? await data.get() : await load();
    return {
      index: createProcedureIndex(
        loadedData.procedures,
        loadedData.lexicon?.length ? { ...indexOptions, lexicon: [...(indexOptions.lexicon ?? []), ...loadedData.lexicon] } : indexOptions,
      ),
      sectors: [...(loadedData.sectors ?? sectorsOf(loadedData.procedures))],
      agencies: [...(loadedData.agencies ?? [])],
      ...(loadedData.storedAt ? { storedAt: loadedData.storedAt } : {}),
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
    async searchProcedures(query) {
      const { index, storedAt } = await ready();
      const page = index.searchPage(query);
      // A kept copy: the finder, and a detail opened from it, say the data may be old.
      return storedAt
        ? { ...page, storedAt, items: page.items.map((hit) => ({ ...hit, procedure: { ...hit.procedure, storedAt } })) }
        : page;
    },
    async getProcedure(code) {
      const { index, storedAt } = await ready();
      const procedure = index.get(code);
      if (!procedure) throw new MotcuaError('not-found', `procedure ${code} is not in the catalogue`, { status: 404 });
      return storedAt ? { ...procedure, storedAt } : procedure;
    },
    listSectors: async () => (await ready()).sectors,
    listAgencies: async () => (await ready()).agencies,
    /** Loads the catalogue again; until the new one is read, and if it cannot be, the old one is served. */
    async reload() {
      const next = await build(true);
      loaded = Promise.resolve(next);
    },
  };
}
