/** The three engines the search bench compares, each built from a procedure list into a search function (codes, best first). */
import { foldVietnamese, type Procedure } from '@motcua/core';
import { createProcedureIndex } from '@motcua/core/search';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

export type Search = (q: string) => string[];
export interface Engine {
  name: string;
  build: (ps: readonly Procedure[]) => Search;
}

export const motcua: Engine = {
  name: 'motcua createProcedureIndex',
  build: (ps) => {
    const index = createProcedureIndex(ps);
    return (q) => index.search(q, { limit: 10 }).map((h) => h.procedure.code);
  },
};

export const plainMiniSearch: Engine = {
  name: 'MiniSearch, folded (baseline)',
  build: (ps) => {
    const mini = new MiniSearch<Procedure>({
      idField: 'code',
      fields: ['name'],
      extractField: (doc, field) => (field === 'code' ? doc.code : doc.name),
      processTerm: (t) => foldVietnamese(t),
      searchOptions: { fuzzy: 0.2, prefix: true },
    });
    mini.addAll(ps as Procedure[]);
    return (q) =>
      mini
        .search(q)
        .slice(0, 10)
        .map((r) => r.id as string);
  },
};

export const fuse: Engine = {
  name: 'Fuse.js, folded (baseline)',
  build: (ps) => {
    const docs = ps.map((p) => ({ code: p.code, name: foldVietnamese(p.name) }));
    const f = new Fuse(docs, { keys: ['name'], ignoreLocation: true, threshold: 0.4 });
    return (q) => f.search(foldVietnamese(q), { limit: 10 }).map((r) => r.item.code);
  },
};

/** The same index as a ward's portal would set it: commune-level procedures first among equals. */
export const motcuaCommune: Engine = {
  name: 'motcua, preferLevel: commune',
  build: (ps) => {
    const index = createProcedureIndex(ps, { preferLevel: 'commune' });
    return (q) => index.search(q, { limit: 10 }).map((h) => h.procedure.code);
  },
};

/** The index without the few searches its build ends with (`warmUp: false`): what the first searches cost without them. */
export const motcuaNoWarmUp: Engine = {
  name: 'motcua, warmUp: false',
  build: (ps) => {
    const index = createProcedureIndex(ps, { warmUp: false });
    return (q) => index.search(q, { limit: 10 }).map((h) => h.procedure.code);
  },
};

export const ENGINES: Engine[] = [motcua, plainMiniSearch, fuse];
/** The cold rows also show the index without its warm-up. */
export const COLD_ENGINES: Engine[] = [motcua, motcuaNoWarmUp, plainMiniSearch, fuse];
