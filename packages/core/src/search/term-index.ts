/**
 * An inverted index with BM25 over a few fields, scored into flat arrays.
 *
 * MiniSearch's radix tree (`SearchableMap`) finds the terms — exact, by prefix, within an
 * edit distance — and its BM25 formula and match weights are kept as they are. What differs
 * is the accumulation: MiniSearch builds an object per matching document and sorts them
 * all, which at 5,000 procedures costs ~5 ms a query because common syllables ("cấp",
 * "giấy") match most titles. Here a query adds into typed arrays and returns only the
 * documents it touched, so the caller can pick its top few without sorting the rest.
 */
import SearchableMap from 'minisearch/SearchableMap';

/**
 * Per field, the documents holding the term and how often, as parallel arrays: documents
 * are added with rising ids, so appending keeps them sorted, and a plain array costs a
 * fraction of a Map to build (issue 29: the index is built on a phone as the page opens).
 */
interface FieldPostings {
  ids: number[];
  tfs: number[];
}
type Postings = FieldPostings[];
export interface TermQuery {
  term: string;
  /** Most edits for a typo, or false. */
  fuzzy: number | false;
  prefix: boolean;
  /** Multiplies the term's contribution (default 1). */
  weight?: number;
}

export interface TermSearchOptions {
  /** A weight per field, in field order. */
  boosts: readonly number[];
  /** How much a fuzzy and a prefix match count beside an exact one. */
  weights: { fuzzy: number; prefix: number };
  bm25: { k: number; b: number; d: number };
  /**
   * A query term found in more than this share of the documents ("đăng", "ký", "cấp") is
   * scored only in documents a rarer term of the query found, when there is one: a few hundred
   * candidates instead of thousands (issue 29: the first searches on a phone).
   */
  commonShare?: number;
}

/** Parallel lists, one place per document that matched any query term, in first-match order. */
export interface TermMatches {
  ids: number[];
  /** BM25 × the number of query terms matched (MiniSearch's "quality"). */
  scores: Float64Array;
  /** Bit i set when query term i matched the document. */
  masks: Int32Array;
  /**
   * How many words of the document's first field the reached terms account for — at least the
   * number of its words that matched (a word reached by two query terms counts twice).
   */
  hits: Int32Array;
  /** Every indexed term that some query term reached (exactly, by prefix or by a typo). */
  reached: Set<string>;
}

/** Query terms past this many are ignored: one bit of the match mask each. */
export const MAX_QUERY_TERMS = 30;

/** How many bits are set. */
export function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

export function createTermIndex(fieldCount: number) {
  const tree = new SearchableMap<Postings>();
  // Terms are numbered as first met; documents are added as term numbers (a name is read
  // into numbers without a string per word: see createNameReader). Exact look-ups of a
  // query's terms skip the tree.
  const exact = new Map<string, number>();
  const termNames: string[] = [];
  const byTerm: Postings[] = [];
  // While adding a document: the field a term was last counted in (a stamp), and where.
  let seen = new Int32Array(256);
  let slot = new Int32Array(256);
  let stamp = 0;
  // Field lengths by document id (ids are small integers, never reused): document id × field
  // count + field; -1 for an id not (or no longer) in the index.
  let lengths = new Int32Array(64 * fieldCount).fill(-1);
  let count = 0;
  const lengthSums = new Array<number>(fieldCount).fill(0);
  let scores = new Float64Array(64);
  let termScores = new Float64Array(64);
  let masks = new Int32Array(64);
  let hits = new Int32Array(64);

  function grow(id: number): void {
    if (id < scores.length) return;
    const size = Math.max(id + 1, scores.length * 2);
    const l = new Int32Array(size * fieldCount).fill(-1);
    l.set(lengths);
    lengths = l;
    const s = new Float64Array(size);
    s.set(scores);
    scores = s;
    termScores = new Float64Array(size);
    const m = new Int32Array(size);
    m.set(masks);
    masks = m;
    const h = new Int32Array(size);
    h.set(hits);
    hits = h;
  }

  /** The term's number, the term added to the vocabulary if new. */
  function termId(term: string): number {
    let t = exact.get(term);
    if (t === undefined) {
      t = termNames.length;
      const postings = Array.from({ length: fieldCount }, () => ({ ids: [] as number[], tfs: [] as number[] }));
      termNames.push(term);
      byTerm.push(postings);
      exact.set(term, t);
      tree.set(term, postings);
    }
    return t;
  }

  /** Adds a document as its fields' term numbers (from `termId`). */
  function add(id: number, fields: readonly (readonly number[])[]): void {
    if (seen.length < termNames.length) {
      seen = new Int32Array(termNames.length * 2);
      slot = new Int32Array(termNames.length * 2);
      stamp = 0;
    }
    grow(id);
    for (let f = 0; f < fields.length; f++) {
      const terms = fields[f]!;
      stamp++;
      // A field's length is its number of distinct terms, as MiniSearch counts it.
      let distinct = 0;
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i]!;
        const p = byTerm[t]![f]!;
        if (seen[t] === stamp) {
          p.tfs[slot[t]!]!++;
          continue;
        }
        seen[t] = stamp;
        slot[t] = p.ids.length;
        p.ids.push(id);
        p.tfs.push(1);
        distinct++;
      }
      lengths[id * fieldCount + f] = distinct;
      lengthSums[f]! += distinct;
    }
    count++;
  }

  /** Removes a document added with these fields. Its terms stay known, with fewer documents. */
  function remove(id: number, fields: readonly (readonly number[])[]): void {
    if (id >= scores.length || lengths[id * fieldCount]! < 0) return;
    count--;
    fields.forEach((terms, f) => {
      lengthSums[f]! -= lengths[id * fieldCount + f]!;
      lengths[id * fieldCount + f] = -1;
      for (const t of new Set(terms)) {
        const p = byTerm[t]![f]!;
        const at = p.ids.indexOf(id);
        if (at >= 0) {
          p.ids.splice(at, 1);
          p.tfs.splice(at, 1);
        }
      }
    });
  }

  function clear(): void {
    tree.clear();
    exact.clear();
    termNames.length = 0;
    byTerm.length = 0;
    lengths.fill(-1);
    count = 0;
    lengthSums.fill(0);
  }

  /** The indexed terms a query term reaches, each with its weight (MiniSearch's formulas). */
  function expand(q: TermQuery, weights: TermSearchOptions['weights']): Array<[string, Postings, number]> {
    const out: Array<[string, Postings, number]> = [];
    const same = exact.get(q.term);
    if (same !== undefined) out.push([q.term, byTerm[same]!, 1]);
    const seen = new Set<string>([q.term]);
    if (q.prefix) {
      for (const [term, postings] of tree.atPrefix(q.term)) {
        if (seen.has(term)) continue;
        seen.add(term);
        const distance = term.length - q.term.length;
        out.push([term, postings, (weights.prefix * term.length) / (term.length + 0.3 * distance)]);
      }
    }
    if (q.fuzzy) {
      for (const [term, [postings, distance]] of tree.fuzzyGet(q.term, q.fuzzy)) {
        if (seen.has(term)) continue;
        out.push([term, postings, (weights.fuzzy * term.length) / (term.length + distance)]);
      }
    }
    return out;
  }

  /**
   * Adds one field's postings of a reached term into the query's arrays. The loops over
   * documents are functions of their own, compiled after their first calls: as loops inside
   * `search` (called once a query) they ran in the interpreter, then in code compiled on
   * stack replacement that was thrown away each time the loop ended (issue 29: about ten
   * deoptimisations in each of the first queries).
   */
  function addPostings(
    { ids: docIds, tfs }: FieldPostings,
    f: number,
    weight: number,
    average: number,
    restricted: boolean,
    { k, b, d }: TermSearchOptions['bm25'],
    touched: number[],
  ): void {
    const n = docIds.length;
    const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
    // The same sums as MiniSearch's, with its constant parts out of the loop (the same doubles).
    const k1 = k + 1;
    const flat = 1 - b;
    for (let at = 0; at < n; at++) {
      const id = docIds[at]!;
      if (restricted && masks[id] === 0) continue;
      const tf = tfs[at]!;
      const length = lengths[id * fieldCount + f]!;
      const bm25 = idf * (d + (tf * k1) / (tf + k * (flat + (b * length) / average)));
      if (termScores[id] === 0) touched.push(id);
      termScores[id]! += weight * bm25;
      if (f === 0) hits[id]! += tf;
    }
  }

  /** One query term's contributions, summed apart, join the total (as MiniSearch sums them). */
  function addTerm(touched: readonly number[], bit: number, ids: number[]): void {
    for (let j = 0; j < touched.length; j++) {
      const id = touched[j]!;
      if (masks[id] === 0) ids.push(id);
      scores[id]! += termScores[id]!;
      termScores[id] = 0;
      masks[id]! |= bit;
    }
  }

  function search(queries: readonly TermQuery[], o: TermSearchOptions): TermMatches {
    // The arrays are zero between searches: each search clears what it touched.
    const ids: number[] = [];
    const reached = new Set<string>();
    const avg = lengthSums.map((sum) => sum / Math.max(1, count));
    const used = queries.slice(0, MAX_QUERY_TERMS);
    const expanded = used.map((q) => expand(q, o.weights));
    const found = expanded.map((list) => list.reduce((n, [, postings]) => n + postings.reduce((m, p) => m + p.ids.length, 0), 0));
    const common = found.map((n) => o.commonShare !== undefined && n > o.commonShare * count);
    const gated = common.some((c, i) => !c && found[i]! > 0);
    // Rarer terms first, so that the common ones know where to look.
    const order = used.map((_, i) => i).sort((x, y) => Number(common[x]) - Number(common[y]) || x - y);
    for (const i of order) {
      const touched: number[] = [];
      const termWeight = used[i]!.weight ?? 1;
      const list = expanded[i]!;
      for (let e = 0; e < list.length; e++) {
        // By index, not destructured: destructuring iterates, an object a step, before the code is compiled.
        const reach = list[e]!;
        const postings = reach[1];
        reached.add(reach[0]);
        for (let f = 0; f < postings.length; f++)
          addPostings(postings[f]!, f, reach[2] * termWeight * (o.boosts[f] ?? 1), avg[f]!, gated && common[i]!, o.bm25, touched);
      }
      addTerm(touched, 1 << i, ids);
    }
    return { ...collect(ids), reached };
  }

  /** The matched documents' totals, in `ids` order, and the arrays cleared for the next search. */
  function collect(ids: number[]): Omit<TermMatches, 'reached'> {
    const n = ids.length;
    // Typed: no number boxed per document while this runs uncompiled.
    const finalScores = new Float64Array(n);
    const finalMasks = new Int32Array(n);
    const finalHits = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      finalScores[j] = scores[id]! * bits(masks[id]!);
      finalMasks[j] = masks[id]!;
      finalHits[j] = hits[id]!;
      scores[id] = 0;
      masks[id] = 0;
      hits[id] = 0;
    }
    return { ids, scores: finalScores, masks: finalMasks, hits: finalHits };
  }

  /** The documents whose field holds the term exactly (ascending ids; do not modify). */
  function idsOf(term: string, field: number): readonly number[] {
    const t = exact.get(term);
    return t === undefined ? [] : byTerm[t]![field]!.ids;
  }

  return {
    termId,
    termOf: (t: number) => termNames[t]!,
    /** How many documents' field holds the term (by its number). */
    countOf: (t: number, field: number) => byTerm[t]?.[field]?.ids.length ?? 0,
    /** A known term's number, without adding it. */
    find: (term: string) => exact.get(term),
    get terms() {
      return termNames.length;
    },
    add,
    remove,
    clear,
    search,
    idsOf,
  };
}

export type TermIndex = ReturnType<typeof createTermIndex>;
