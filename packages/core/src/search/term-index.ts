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
 * Per field, every term's postings in one block (compressed sparse rows): the documents
 * holding term t, by rising id, are `docs[starts[t]]` up to `docs[starts[t + 1]]`, and
 * `tfs` says how often. Issue 29: as two small arrays per term, grown a push at a time while
 * the index was built, the postings were thousands of young objects that the first garbage
 * collections after the build copied in the citizen's first searches (~3 ms each in
 * Chromium); a few typed arrays hold them outside the collected heap.
 */
interface FieldPostings {
  starts: Int32Array;
  docs: Int32Array;
  tfs: Int32Array;
}
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
  ids: Int32Array;
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
  const tree = new SearchableMap<number>();
  // Terms are numbered as first met; documents are added as term numbers (a name is read
  // into numbers without a string per word: see createNameReader). Exact look-ups of a
  // query's terms skip the tree.
  const exact = new Map<string, number>();
  const termNames: string[] = [];
  // Each document's fields as added (the caller's arrays, not copied), by id; the postings are
  // made from them when first read after a change (`postings`).
  const docFields: Array<readonly (readonly number[])[] | undefined> = [];
  let blocks: FieldPostings[] | undefined;
  // Field lengths by document id (ids are small integers, never reused): document id × field
  // count + field; -1 for an id not (or no longer) in the index.
  let lengths = new Int32Array(64 * fieldCount).fill(-1);
  let count = 0;
  const lengthSums = new Array<number>(fieldCount).fill(0);
  let scores = new Float64Array(64);
  let termScores = new Float64Array(64);
  let masks = new Int32Array(64);
  let hits = new Int32Array(64);
  // A query's scratch lists (documents one term touched, documents any term matched): reused,
  // not grown by pushes — a search allocated ~70 KB of array copies at 5,000 names.
  let touched = new Int32Array(64);
  let matched = new Int32Array(64);

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
    touched = new Int32Array(size);
    matched = new Int32Array(size);
  }

  /** The term's number, the term added to the vocabulary if new. */
  function termId(term: string): number {
    let t = exact.get(term);
    if (t === undefined) {
      t = termNames.length;
      termNames.push(term);
      exact.set(term, t);
      tree.set(term, t);
    }
    return t;
  }

  /** How many distinct terms each field has, as MiniSearch counts a field's length. */
  let seen = new Int32Array(256);
  let stamp = 0;
  function distinct(terms: readonly number[]): number {
    if (seen.length < termNames.length) {
      seen = new Int32Array(termNames.length * 2);
      stamp = 0;
    }
    stamp++;
    let n = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (seen[t] !== stamp) {
        seen[t] = stamp;
        n++;
      }
    }
    return n;
  }

  /** Adds a document as its fields' term numbers (from `termId`); the caller keeps the arrays unchanged. */
  function add(id: number, fields: readonly (readonly number[])[]): void {
    grow(id);
    if (lengths[id * fieldCount]! >= 0) remove(id);
    for (let f = 0; f < fields.length; f++) {
      const n = distinct(fields[f]!);
      lengths[id * fieldCount + f] = n;
      lengthSums[f]! += n;
    }
    docFields[id] = fields;
    count++;
    blocks = undefined;
  }

  /** Removes a document. Its terms stay known, with fewer documents. */
  function remove(id: number): void {
    if (id >= scores.length || lengths[id * fieldCount]! < 0) return;
    count--;
    for (let f = 0; f < fieldCount; f++) {
      lengthSums[f]! -= lengths[id * fieldCount + f]!;
      lengths[id * fieldCount + f] = -1;
    }
    docFields[id] = undefined;
    blocks = undefined;
  }

  function clear(): void {
    tree.clear();
    exact.clear();
    termNames.length = 0;
    docFields.length = 0;
    blocks = undefined;
    lengths.fill(-1);
    count = 0;
    lengthSums.fill(0);
  }

  /**
   * The postings, made from the documents' fields when first read after a change: two passes
   * over every document (count, then fill), in rising id order so each term's list is sorted.
   */
  function postings(): FieldPostings[] {
    if (blocks) return blocks;
    const terms = termNames.length;
    const made: FieldPostings[] = [];
    const last = new Int32Array(terms).fill(-1);
    for (let f = 0; f < fieldCount; f++) {
      const starts = new Int32Array(terms + 1);
      let total = 0;
      for (let id = 0; id < docFields.length; id++) {
        const words = docFields[id]?.[f];
        if (!words) continue;
        for (let i = 0; i < words.length; i++) {
          const t = words[i]!;
          if (last[t] !== id) {
            last[t] = id;
            starts[t + 1]!++;
            total++;
          }
        }
      }
      for (let t = 0; t < terms; t++) starts[t + 1]! += starts[t]!;
      const docs = new Int32Array(total);
      const tfs = new Int32Array(total);
      const next = starts.slice(0, terms);
      last.fill(-1);
      for (let id = 0; id < docFields.length; id++) {
        const words = docFields[id]?.[f];
        if (!words) continue;
        for (let i = 0; i < words.length; i++) {
          const t = words[i]!;
          if (last[t] !== id) {
            last[t] = id;
            docs[next[t]!] = id;
            next[t]!++;
          }
          tfs[next[t]! - 1]!++;
        }
      }
      last.fill(-1);
      made.push({ starts, docs, tfs });
    }
    return (blocks = made);
  }

  /** How many documents' field holds the term (by its number). */
  function countOf(t: number, field: number): number {
    const starts = postings()[field]!.starts;
    return t + 1 < starts.length ? starts[t + 1]! - starts[t]! : 0;
  }

  /** The indexed terms a query term reaches (their numbers), each with its weight (MiniSearch's formulas). */
  function expand(q: TermQuery, weights: TermSearchOptions['weights']): Array<[string, number, number]> {
    const out: Array<[string, number, number]> = [];
    const same = exact.get(q.term);
    if (same !== undefined) out.push([q.term, same, 1]);
    const seen = new Set<string>([q.term]);
    if (q.prefix) {
      for (const [term, t] of tree.atPrefix(q.term)) {
        if (seen.has(term)) continue;
        seen.add(term);
        const distance = term.length - q.term.length;
        out.push([term, t, (weights.prefix * term.length) / (term.length + 0.3 * distance)]);
      }
    }
    if (q.fuzzy) {
      for (const [term, [t, distance]] of tree.fuzzyGet(q.term, q.fuzzy)) {
        if (seen.has(term)) continue;
        out.push([term, t, (weights.fuzzy * term.length) / (term.length + distance)]);
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
    { starts, docs: docIds, tfs }: FieldPostings,
    t: number,
    f: number,
    weight: number,
    average: number,
    restricted: boolean,
    { k, b, d }: TermSearchOptions['bm25'],
    before: number,
  ): number {
    const from = starts[t]!;
    const to = starts[t + 1]!;
    const n = to - from;
    const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
    // The same sums as MiniSearch's, with its constant parts out of the loop (the same doubles).
    const k1 = k + 1;
    const flat = 1 - b;
    let out = before;
    for (let at = from; at < to; at++) {
      const id = docIds[at]!;
      if (restricted && masks[id] === 0) continue;
      const tf = tfs[at]!;
      const length = lengths[id * fieldCount + f]!;
      const bm25 = idf * (d + (tf * k1) / (tf + k * (flat + (b * length) / average)));
      if (termScores[id] === 0) touched[out++] = id;
      termScores[id]! += weight * bm25;
      if (f === 0) hits[id]! += tf;
    }
    return out;
  }

  /**
   * One query term's contributions (the first `n` of `touched`), summed apart, join the total
   * (as MiniSearch sums them); returns how many documents have matched so far (`matched`).
   */
  function addTerm(n: number, bit: number, before: number): number {
    let out = before;
    for (let j = 0; j < n; j++) {
      const id = touched[j]!;
      if (masks[id] === 0) matched[out++] = id;
      scores[id]! += termScores[id]!;
      termScores[id] = 0;
      masks[id]! |= bit;
    }
    return out;
  }

  function search(queries: readonly TermQuery[], o: TermSearchOptions): TermMatches {
    // The arrays are zero between searches: each search clears what it touched.
    let total = 0;
    const reached = new Set<string>();
    const avg = lengthSums.map((sum) => sum / Math.max(1, count));
    const used = queries.slice(0, MAX_QUERY_TERMS);
    const expanded = used.map((q) => expand(q, o.weights));
    const blocks = postings();
    const found = expanded.map((list) => list.reduce((n, [, t]) => n + blocks.reduce((m, _, f) => m + countOf(t, f), 0), 0));
    const common = found.map((n) => o.commonShare !== undefined && n > o.commonShare * count);
    const gated = common.some((c, i) => !c && found[i]! > 0);
    // Rarer terms first, so that the common ones know where to look.
    const order = used.map((_, i) => i).sort((x, y) => Number(common[x]) - Number(common[y]) || x - y);
    for (const i of order) {
      let n = 0;
      const termWeight = used[i]!.weight ?? 1;
      const list = expanded[i]!;
      for (let e = 0; e < list.length; e++) {
        // By index, not destructured: destructuring iterates, an object a step, before the code is compiled.
        const reach = list[e]!;
        reached.add(reach[0]);
        for (let f = 0; f < blocks.length; f++)
          n = addPostings(blocks[f]!, reach[1], f, reach[2] * termWeight * (o.boosts[f] ?? 1), avg[f]!, gated && common[i]!, o.bm25, n);
      }
      total = addTerm(n, 1 << i, total);
    }
    return { ...collect(total), reached };
  }

  /** The matched documents' totals, in `ids` order, and the arrays cleared for the next search. */
  function collect(n: number): Omit<TermMatches, 'reached'> {
    const ids = matched.slice(0, n);
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

  /** The documents whose field holds the term exactly (ascending ids; a view: do not modify). */
  function idsOf(term: string, field: number): Int32Array {
    const t = exact.get(term);
    const { starts, docs } = postings()[field]!;
    return t === undefined || t + 1 >= starts.length ? docs.subarray(0, 0) : docs.subarray(starts[t]!, starts[t + 1]!);
  }

  return {
    termId,
    termOf: (t: number) => termNames[t]!,
    countOf,
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
