/**
 * Procedure search that understands how citizens speak: folded Vietnamese, typos, partial
 * words while typing, everyday vocabulary (the lexicon), filler words and procedure codes.
 *
 * The term index (MiniSearch's radix tree and BM25) finds and scores candidates; this module
 * adds the Vietnamese rewriting before it and a re-ranking after it that prefers names
 * covering every query term, in order, with few other words, and base procedures over variants.
 */
import type { ProcedureQuery } from '../adapter.js';
import type { Level, OnlineService, Procedure, ProcedureHit, ProcedureSearchResult } from '../model.js';
import { foldVietnamese } from '../text.js';
import {
  DEFAULT_ABBREVIATIONS,
  DEFAULT_FILLER_WORDS,
  DEFAULT_LEXICON,
  ENGLISH_FILLER_WORDS,
  ENGLISH_LEXICON,
  type LexiconEntry,
} from './lexicon.js';
import { descending } from './descending.js';
import { createQueryRewriter, type QueryTerm } from './query.js';
import { createTermIndex, MAX_QUERY_TERMS, type TermMatches, type TermQuery } from './term-index.js';
import { createNameReader, terms, wordSpans } from './tokenize.js';
import { asksFor, containsPhrase, VARIANTS, type Variant } from './variants.js';

export interface ProcedureIndexOptions {
  /** Entries added to the default citizen-vocabulary lexicon (a portal's own words). */
  lexicon?: readonly LexiconEntry[];
  /** Use only `lexicon`, without the default entries. */
  replaceDefaultLexicon?: boolean;
  /** Filler words to drop from queries instead of the defaults (folded). */
  fillerWords?: readonly string[];
  /**
   * The level the portal serves ("commune" for a ward's): procedures done at that level rank
   * a little above the same title at another level, without hiding the others (the `level`
   * search option filters).
   */
  preferLevel?: Level;
  /**
   * Whether a catalogue of 500 procedures or more ends its build with a few searches of its own
   * (default true), so that the first search a citizen makes runs compiled code (20–55 ms more
   * build at 5,000 procedures in Chromium, the first search ~6 ms → 1–2 ms). False for a
   * process that builds indexes and throws them away, or to measure the difference.
   */
  warmUp?: boolean;
}

export interface ProcedureSearchOptions {
  /** Most hits returned (default 20). */
  limit?: number;
  offset?: number;
  sector?: string;
  level?: Level;
  onlineService?: OnlineService;
}

export interface ProcedureIndex {
  readonly size: number;
  /** Ranked hits, best first; an empty query lists the (filtered) catalogue by sector. */
  search(query: string, options?: ProcedureSearchOptions): ProcedureHit[];
  /** The same search in the Adapter's shape, with the total number of hits. */
  searchPage(query: ProcedureQuery): ProcedureSearchResult;
  get(code: string): Procedure | undefined;
  /** Adds procedures, replacing any with the same code. */
  add(procedures: Procedure | readonly Procedure[]): void;
  remove(code: string): boolean;
  /** Rebuilds the index from scratch. */
  replaceAll(procedures: readonly Procedure[]): void;
}

interface Entry {
  id: number;
  procedure: Procedure;
  /** Where its words' diacritics start in the index's `spelt` list (one number a word: `accentId`'s). */
  spelt: number;
  /** How many words the name has. */
  length: number;
  /** Indexed terms per field, as the term index numbers them: name, sector. */
  fields: number[][];
  /** Folded name between spaces, for whole-word phrase tests: made when first asked for (`foldedOf`). */
  folded?: string;
  /** Filled once the whole catalogue is read (`addAll`): found through the index, not per name. */
  variants: Variant[];
  /**
   * The prior when the query asks for no variant: 0.8 per variant the name is, and 0.85 when
   * it is not done at the portal's own level (`addAll`; the usual case, read for every candidate).
   */
  prior: number;
  /**
   * The sum of the name's words' weights (`weightOf`) and the largest of them, for the
   * precision and its bound; `weighed` is the catalogue's `epoch` they were read in.
   */
  weight: number;
  heaviest: number;
  weighed: number;
  /**
   * How many of the name's words come before its first qualifier (a comma, a bracket, "đối
   * với"): "Chứng thực bản sao từ bản chính giấy tờ, văn bản do …" is about its head.
   */
  head: number;
}

interface Ranked {
  entry: Entry;
  score: number;
  /** Per name token: whether it matched the query (for highlights). */
  matches?: boolean[];
}

const PROCEDURE_CODE_QUERY = /^\d+\.\d[\d.A-Z]*$/i;
const COMMON_SHARE = 0.2;
const SEARCH = {
  boosts: [3, 1],
  weights: { fuzzy: 0.35, prefix: 0.25 },
  // Names are short: a word said twice in a title is no evidence that it fits better.
  bm25: { k: 0.5, b: 0.75, d: 0.5 },
  commonShare: COMMON_SHARE,
};
const ADJACENCY_BONUS = 0.5;
const PHRASE_BONUS = 1.3;
const VARIANT_PENALTY = 0.8;
/**
 * Issue 29, measured on the tuning queries over 2,800 real titles (bench/search-tune.ts):
 * coverage^1.5 (was ², which let one context word — "cho công nhân ở trọ" — outweigh the
 * title that says the rest), precision weighing 0.7 (was 0.5), precision of the title's
 * head as good as of the whole, context words at 0.3. Rarity weights for coverage were
 * tried and lost on the tuning set.
 */
const COVERAGE_POWER = 1.5;
const PRECISION_WEIGHT = 0.7;
const GROUP_WEIGHT = 1;
const WEAK_WEIGHT = 0.3;
const HEAD_WEIGHT = 1;
/**
 * A matched word a name says more often than the query does counts half in the precision
 * ("giám" of "Đăng ký giám sát việc giám hộ" for "giám hộ"): issue 29, on the tuning set 0.5
 * beat 0 (which lost "nhận chăm sóc … nhận chăm sóc thay thế" in the ward) and 0.25.
 */
const REPEAT_CREDIT = 0.5;
/** A procedure not done at the portal's own level (`preferLevel`). */
const LEVEL_PENALTY = 0.85;
/**
 * Hits scoring below this share of the best one are not shown: they matched a common word
 * ("cấp", "giấy") and read as noise, most of all in a ward's short list.
 */
const MIN_SHARE_OF_BEST = 0.05;

/**
 * The searches a large catalogue's build ends with (`warmUp`): accented words the lexicon
 * rewrites, a word that asks for a variant, a typo, an alias that is also an official phrase,
 * English, a word still being typed — each path a citizen's query can take, run once so that
 * the engine has compiled it before the first real search.
 */
const WARM_QUERIES = [
  'làm giấy khai sinh cho con',
  'cap lai giay phep bi mat',
  'xin giay phep xay dungg nha o',
  'ma so thue ho kinh doanh',
  'register a birth',
  'dang ky tam tr',
];
/** Below this many procedures a search costs too little for the warm-up to matter. */
const WARM_FROM = 500;

/** Edits allowed for a typo: none in the short syllables Vietnamese is made of. */
function fuzziness(term: string): number | false {
  return term.length >= 7 ? 2 : term.length >= 4 ? 1 : false;
}

/** Highlight ranges over the name: matched words, joined across the spaces between them. */
function highlights(entry: Entry, matches: boolean[] = []): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const name = entry.procedure.name;
  const spans = wordSpans(name);
  for (let k = 0; 2 * k < spans.length; k++) {
    if (!matches[k]) continue;
    const start = spans[2 * k]!;
    const end = spans[2 * k + 1]!;
    const last = ranges.at(-1);
    if (last && /^\s*$/.test(name.slice(last[1], start))) last[1] = end;
    else ranges.push([start, end]);
  }
  return ranges;
}

export function createProcedureIndex(procedures: readonly Procedure[], options: ProcedureIndexOptions = {}): ProcedureIndex {
  const lexicon = options.replaceDefaultLexicon
    ? (options.lexicon ?? [])
    : [...DEFAULT_LEXICON, ...ENGLISH_LEXICON, ...(options.lexicon ?? [])];
  // The same, by id, for the hot loops (a Map look-up per candidate costs at 5,000 names).
  const entries: Array<Entry | undefined> = [];
  const byCode = new Map<string, Entry>();
  let sectorOrder: Entry[] | undefined;
  let nextId = 0;

  // Whether a lexicon phrase stands in some title; remembered until the catalogue changes.
  const official = new Map<string, boolean>();
  const index = createTermIndex(2);
  const preferred = options.preferLevel;
  // A catalogue has a few dozen sectors: their words are read once each.
  const sectorWords = new Map<string, number[]>();
  const sectorTerms = (name: string) => {
    let words = sectorWords.get(name);
    if (!words) sectorWords.set(name, (words = terms(name).map(index.termId)));
    return words;
  };
  /** A term's number; -1 for a term no name has (phrases stay arrays of small integers: one shape for `holds`). */
  const numberOf = (term: string) => index.find(term) ?? -1;
  /** Whether the name has these terms side by side (term numbers, from `numberOf`). */
  const holds = (entry: Entry, phrase: readonly number[]) => {
    const words = entry.fields[0]!;
    if (phrase.length === 0) return false;
    for (let k = 0; k + phrase.length <= words.length; k++) {
      let j = 0;
      while (j < phrase.length && words[k + j] === phrase[j]) j++;
      if (j === phrase.length) return true;
    }
    return false;
  };
  const foldedOf = (entry: Entry) => (entry.folded ??= ` ${entry.fields[0]!.map(index.termOf).join(' ')} `);

  /**
   * The diacritics of the names' words, as numbers: accentKeys[n] is the key number n stands
   * for (0: none), `spelt` each name's words' numbers one after another (a typed list, which
   * no collection copies), from the entry's `spelt`.
   */
  const accentNumbers = new Map<string, number>();
  const accentKeys: Array<string | undefined> = [undefined];
  const accentId = (key: string | undefined) => {
    if (key === undefined) return 0;
    let n = accentNumbers.get(key);
    if (n === undefined) accentNumbers.set(key, (n = accentKeys.push(key) - 1));
    return n;
  };
  let spelt = new Int32Array(1024);
  let speltEnd = 0;
  /** Keeps a name's first `count` diacritics numbers; where they start. */
  const keepSpelling = (accents: Int32Array, count: number) => {
    if (speltEnd + count > spelt.length) {
      // Full: the live names' numbers are copied into a list twice their size (those of
      // replaced or removed names left behind, so that adding names again and again stays bounded).
      let live = count;
      for (const e of entries) if (e) live += e.length;
      const longer = new Int32Array(Math.max(1024, 2 * live));
      let end = 0;
      for (const e of entries) {
        if (!e) continue;
        longer.set(spelt.subarray(e.spelt, e.spelt + e.length), end);
        e.spelt = end;
        end += e.length;
      }
      spelt = longer;
      speltEnd = end;
    }
    const at = speltEnd;
    for (let k = 0; k < count; k++) spelt[speltEnd++] = accents[k]!;
    return at;
  };
  let readName = createNameReader(index.termId, accentId);
  /**
   * Precision weighs each of a name's words by its rarity in the catalogue, log(1 + names /
   * names holding it): "Thủ tục", "cấp", "đăng ký" left unasked cost a name little, "giám sát"
   * or "tận thu" much (issue 29: on the tuning set ward 97.4/100 → 97.6/100, province
   * 84.6/94.9 → 84.8/95.0 % top-1/top-3). Each term's weight by its number (-1: not yet
   * read), read again when the catalogue changes.
   */
  let weights = new Float64Array(0);
  let epoch = 0;
  const changed = () => {
    epoch++;
    weights = new Float64Array(0);
  };
  const weightOf = (t: number) => {
    let w = weights[t]!;
    if (w < 0) weights[t] = w = Math.log(1 + byCode.size / Math.max(1, index.countOf(t, 0)));
    return w;
  };
  /** Reads the name's weights once per catalogue. */
  const weighName = (entry: Entry) => {
    if (entry.weighed === epoch) return;
    if (weights.length !== index.terms) weights = new Float64Array(index.terms).fill(-1);
    let sum = 0;
    let most = 0;
    const words = entry.fields[0]!;
    for (let k = 0; k < words.length; k++) {
      const w = weightOf(words[k]!);
      sum += w;
      if (w > most) most = w;
    }
    entry.weight = sum;
    entry.heaviest = most;
    entry.weighed = epoch;
  };

  function addOne(procedure: Procedure): Entry {
    const old = byCode.get(procedure.code);
    if (old) removeEntry(old);
    const { ids, accents, head } = readName(procedure.name);
    const entry: Entry = {
      id: nextId++,
      procedure,
      spelt: keepSpelling(accents, ids.length),
      length: ids.length,
      fields: [ids, sectorTerms(procedure.sector?.name ?? '')],
      variants: [],
      prior: 1,
      head,
      // Doubles from the start (not small integers): filling them changes no entry's shape.
      weight: 0.5,
      heaviest: 0.5,
      weighed: -1,
      // Set now, filled later: every entry keeps one shape, which the compiled search code expects.
      folded: undefined,
    };
    entries[entry.id] = entry;
    byCode.set(procedure.code, entry);
    index.add(entry.id, entry.fields);
    return entry;
  }

  /**
   * Reads a list into the index. Each variant is then looked for only in the names holding its
   * marker's rarest word, as the index lists them (one scan per variant instead of one per name);
   * a few names added to a large catalogue are read one by one instead (the index's lists are
   * remade on their first read after a change: once per `add` would cost the whole catalogue).
   */
  function addAll(list: readonly Procedure[]): void {
    // Ids rise: this call's entries are those from `first` on that are still there.
    const first = nextId;
    for (const procedure of list) addOne(procedure);
    sectorOrder = undefined;
    official.clear();
    changed();
    const few = list.length * 8 < byCode.size;
    for (const v of VARIANTS) {
      let fewest: ArrayLike<number> | undefined;
      if (few) fewest = Array.from({ length: nextId - first }, (_, k) => first + k);
      else
        for (const word of v.marker) {
          const ids = index.idsOf(word, 0);
          if (!fewest || ids.length < fewest.length) fewest = ids;
        }
      if (!fewest?.length) continue;
      const marker = v.marker.map(numberOf);
      for (let k = 0; k < fewest.length; k++) {
        const id = fewest[k]!;
        const entry = entries[id];
        if (entry && entry.id >= first && holds(entry, marker)) {
          entry.variants.push(v);
          entry.prior = VARIANT_PENALTY ** entry.variants.length;
        }
      }
    }
    // Only a portal with a level of its own visits every name again.
    if (preferred)
      for (let id = first; id < nextId; id++) {
        const entry = entries[id];
        if (entry) entry.prior = VARIANT_PENALTY ** entry.variants.length * levelPrior(entry);
      }
  }

  function removeEntry(entry: Entry): void {
    index.remove(entry.id);
    entries[entry.id] = undefined;
    byCode.delete(entry.procedure.code);
    sectorOrder = undefined;
    official.clear();
    changed();
  }

  /** The catalogue's entries in the order they were added. */
  const live = () => entries.filter((e): e is Entry => e !== undefined);

  function levelPrior(entry: Entry): number {
    const levels = entry.procedure.levels;
    return preferred && levels?.length && !levels.includes(preferred) ? LEVEL_PENALTY : 1;
  }

  function passes(entry: Entry, o: ProcedureSearchOptions): boolean {
    const p = entry.procedure;
    return (
      (!o.sector || p.sector?.code === o.sector) &&
      (!o.level || (p.levels ?? []).includes(o.level)) &&
      (!o.onlineService || p.onlineService === o.onlineService)
    );
  }

  function listBySector(o: ProcedureSearchOptions): Ranked[] {
    if (!sectorOrder) {
      const key = (e: Entry) => `${foldVietnamese(e.procedure.sector?.name ?? '\uffff')}\u0000${foldedOf(e)}`;
      sectorOrder = live()
        .map((e) => ({ e, k: key(e) }))
        .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.e.id - b.e.id))
        .map(({ e }) => e);
    }
    return sectorOrder.filter((e) => passes(e, o)).map((entry) => ({ entry, score: 0 }));
  }

  function findByCode(query: string, o: ProcedureSearchOptions): Ranked[] {
    const q = query.toUpperCase();
    return live()
      .filter((e) => e.procedure.code.toUpperCase().startsWith(q) && passes(e, o))
      .map((entry) => ({ entry, score: entry.procedure.code.toUpperCase() === q ? 2 : 1 }))
      .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id);
  }

  /** Whether some name has the two words side by side (folded). */
  function inSomeName(a: string, b: string): boolean {
    const needle = ` ${a} ${b} `;
    let known = official.get(needle);
    if (known === undefined) {
      const pair = [numberOf(a), numberOf(b)];
      const x = index.idsOf(a, 0);
      const y = index.idsOf(b, 0);
      known = false;
      // Both lists are ascending: walk them together.
      for (let i = 0, j = 0; i < x.length && j < y.length && !known;) {
        if (x[i]! < y[j]!) i++;
        else if (x[i]! > y[j]!) j++;
        else {
          const entry = entries[x[i]!];
          known = entry ? holds(entry, pair) : false;
          i++;
          j++;
        }
      }
      official.set(needle, known);
    }
    return known;
  }

  /**
   * Each candidate's BM25 score times its coverage (`bases`) and its first bound (`rough`; -1:
   * filtered out). A function of its own, compiled after its first calls: as a loop of
   * `findByText` (a large function, slow to be compiled) it ran in the interpreter through the
   * first twenty queries (issue 29).
   */
  function firstBounds(
    found: TermMatches,
    coverageOf: (mask: number) => number,
    most: number,
    priors: boolean,
    filter: ProcedureSearchOptions | undefined,
  ): { bases: Float64Array; rough: Float64Array } {
    const n = found.ids.length;
    const bases = new Float64Array(n);
    const rough = new Float64Array(n);
    // Candidates share a few masks: each mask's coverage is worked out once.
    const factors = new Map<number, number>();
    for (let j = 0; j < n; j++) {
      const mask = found.masks[j]!;
      let factor = factors.get(mask);
      if (factor === undefined) factors.set(mask, (factor = coverageOf(mask) ** COVERAGE_POWER));
      bases[j] = found.scores[j]! * factor;
      const entry = entries[found.ids[j]!]!;
      rough[j] = filter && !passes(entry, filter) ? -1 : bases[j]! * most * (priors ? entry.prior : 1);
    }
    return { bases, rough };
  }

  /** The best `need` hits exactly, and how many matched in all. */
  function findByText(query: string, o: ProcedureSearchOptions, wanted: number, counted: boolean): { ranked: Ranked[]; total: number } {
    // The best hit is always ranked: the others are measured against it.
    const need = Math.max(1, wanted);
    const { terms: rewritten, groups } = rewrite(query);
    // One query term per folded form; the accented spellings it was given are kept for the re-rank.
    const queryTerms: QueryTerm[] = [];
    const accents = new Map<string, Set<string>>();
    for (const t of rewritten) {
      if (t.accented) accents.set(t.term, (accents.get(t.term) ?? new Set()).add(t.accented));
      if (!queryTerms.some((q) => q.term === t.term) && queryTerms.length < MAX_QUERY_TERMS) queryTerms.push(t);
    }
    if (queryTerms.length === 0) return { ranked: [], total: 0 };
    const said = rewritten.map((t) => t.term);
    const askedVariants = VARIANTS.filter((v) => asksFor(v, said));
    // A word that asks for a variant by a cue ("mất" for "cấp lại") has said what it means:
    // the variant prior carries it, and names need not contain it.
    for (const v of askedVariants) {
      if (containsPhrase(said, v.marker)) continue;
      for (const cue of v.cues)
        if (containsPhrase(said, cue)) for (const t of queryTerms) if (cue.includes(t.term) && !t.fromLexicon) t.optional = true;
    }
    // Nothing left required (every word a cue): the words are what was asked after all.
    if (groups.length === 0 && queryTerms.every((t) => t.optional)) for (const t of queryTerms) t.optional = false;
    const maskOf = (words: readonly string[]) => queryTerms.reduce((m, t, i) => (words.includes(t.term) ? m | (1 << i) : m), 0);
    const grouped = new Set(groups.flat(2));
    const plainMask = queryTerms.reduce((m, t, i) => (t.optional || grouped.has(t.term) ? m : m | (1 << i)), 0);
    const groupMasks = groups.map(([a, b]) => [maskOf(a), maskOf(b)] as const);
    // Filled in once the term index has answered: each query term's weight in the coverage.
    const weights: number[] = [];
    const weigh = (mask: number, of: number) => {
      let w = 0;
      for (let m = mask & of; m; m &= m - 1) w += weights[31 - Math.clz32(m & -m)]!;
      return w;
    };
    let slots = 1;
    /** The share of what was asked that a name's matched terms cover: plain words, and each group by its better side. */
    const coverageOf = (mask: number) => {
      let covered = weigh(mask, plainMask);
      for (const [a, b] of groupMasks)
        covered += Math.max(a ? weigh(mask, a) / weigh(a, a) : 0, b ? weigh(mask, b) / weigh(b, b) : 0) * GROUP_WEIGHT;
      return covered / slots;
    };
    const phraseTerms = rewritten.filter((t) => !t.optional && t.side !== 1).map((t) => t.term);
    const phrase = phraseTerms.map(numberOf);

    // While typing, the last word may be unfinished; after a space it is complete.
    const typing = !/\s$/.test(query);

    // A word that forms a title's phrase with a word beside it ("tạm trú"; "bến xe" does not)
    // or that the lexicon gave is what was asked; the others are the citizen's context
    // ("cho công nhân ở trọ", "ở bến xe") and count for less, in the score and in the coverage.
    const strong = new Set<string>();
    const required = rewritten.filter((t) => !t.optional);
    required.forEach((t, k) => {
      if (t.fromLexicon || grouped.has(t.term) || required.length === 1) strong.add(t.term);
      const next = required[k + 1];
      if (next && inSomeName(t.term, next.term)) strong.add(t.term).add(next.term);
    });
    queryTerms.forEach((t, i) => (weights[i] = strong.has(t.term) || t.optional ? 1 : WEAK_WEIGHT));
    slots = Math.max(1e-9, weigh(plainMask, plainMask) + groupMasks.length * GROUP_WEIGHT);

    const termQueries: TermQuery[] = queryTerms.map((t, i) => ({
      weight: weights[i]!,
      term: t.term,
      // A word some name uses is spelled right: no typo search for it.
      fuzzy: t.fromLexicon || index.idsOf(t.term, 0).length > 0 ? false : fuzziness(t.term),
      prefix: typing && i === queryTerms.length - 1 && !t.fromLexicon,
    }));
    const found = index.search(termQueries, SEARCH);

    const filtered = o.sector || o.level || o.onlineService;

    const multiWord = phraseTerms.length > 1;
    const adjacencyOf = (adjacent: number) => Math.min(1, adjacent / Math.max(1, queryTerms.length - 1));
    const variantPenalty = (entry: Entry) => {
      // Variants not asked for go down; when one is asked for ("bị mất"), names that are not it go down.
      // Each variant not asked for counts: "đăng ký lại khai sinh có yếu tố nước ngoài" is two steps from "khai sinh".
      let unasked = 0;
      let asked = false;
      for (const v of entry.variants) {
        if (askedVariants.includes(v)) asked = true;
        else unasked++;
      }
      return VARIANT_PENALTY ** unasked * (askedVariants.length > 0 && !asked ? VARIANT_PENALTY : 1);
    };
    // The re-rank: base = BM25 × coverage², times bonuses for adjacency, the exact phrase and
    // precision (names that say little besides what was asked: the plain procedure before its variants).
    const bonus = (adjacency: number, precision: number, phraseBonus: number, penalty: number) =>
      (1 + ADJACENCY_BONUS * adjacency) * (1 - PRECISION_WEIGHT + PRECISION_WEIGHT * precision) * phraseBonus * penalty;

    // The name's words the query reached, by term number; and those the query gave diacritics for.
    const reached = new Uint8Array(index.terms);
    for (const term of found.reached) reached[index.find(term)!] = 1;
    const accented = new Uint8Array(index.terms);
    // Each accented term's spellings the query accepts, as `accentNumber × terms + term`.
    const spellings = new Set<number>();
    for (const [term, keys] of accents) {
      const t = index.find(term);
      if (t === undefined) continue;
      accented[t] = 1;
      for (const key of keys) {
        const n = accentNumbers.get(key);
        if (n !== undefined) spellings.add(n * index.terms + t);
      }
    }
    // A name's matched word counts as often as the query says it: said again ("Đăng ký giám sát
    // việc giám hộ" for "giám hộ") it is a word the query did not ask for. Per term number: how
    // often the query says it, the last candidate (by its count) that matched it, and how often.
    const times = new Uint8Array(index.terms);
    for (const term of said) {
      const t = index.find(term);
      if (t !== undefined && times[t]! < 255) times[t]!++;
    }
    const seen = new Int32Array(index.terms);
    const uses = new Uint8Array(index.terms);
    let visit = 0;
    const fullScore = (entry: Entry, base: number, penalty: number): Ranked => {
      // A name syllable matches when its folded form matched and, if the query wrote diacritics
      // for it, they agree: "bằng lái" must not light up "cấp lại".
      const words = entry.fields[0]!;
      const at = entry.spelt;
      const matches = words.map((t, k) => reached[t] === 1 && (accented[t] !== 1 || spellings.has(spelt[at + k]! * index.terms + t)));
      let adjacent = 0;
      let matched = 0;
      let inHead = 0;
      visit++;
      weighName(entry);
      for (let k = 0; k < matches.length; k++) {
        if (!matches[k]) continue;
        if (matches[k + 1]) adjacent++;
        const t = words[k]!;
        if (seen[t] !== visit) {
          seen[t] = visit;
          uses[t] = 0;
        }
        // A word the query reached without saying it (a typo's, a prefix's) counts once.
        let credit = REPEAT_CREDIT;
        if (uses[t]! < Math.max(1, times[t]!)) {
          uses[t]!++;
          credit = 1;
        }
        matched += credit * weightOf(t);
        if (k < entry.head) inHead += credit;
      }
      const phraseBonus = multiWord && holds(entry, phrase) ? PHRASE_BONUS : 1;
      const precision = Math.max(matched / Math.max(1e-9, entry.weight), HEAD_WEIGHT * (inHead / entry.head));
      const score = base * bonus(adjacencyOf(adjacent), precision, phraseBonus, penalty);
      return { entry, score, matches };
    };

    // Branch and bound, in two steps. A candidate's score is at most its BM25 score times its
    // coverage and the largest bonuses (adjacency, phrase; precision and the priors are at most
    // 1): candidates are taken by falling such bound, and the loop stops when it falls below the
    // need-th best score — at 5,000 names most of the thousand or two candidates a common
    // word brings are never looked at again. Each candidate taken gets its
    // finer bound (what was asked that it covers, how many of its words the query reached, its
    // priors), and only one whose finer bound still reaches the need-th best is scored in full.
    const ids = found.ids;
    const most = (1 + ADJACENCY_BONUS) * (multiWord ? PHRASE_BONUS : 1) * (1 + 1e-9);
    // Unless a variant was asked for, a name's priors are known before it is read.
    const { bases, rough } = firstBounds(found, coverageOf, most, askedVariants.length === 0, filtered ? o : undefined);
    const bounds = new Float64Array(ids.length).fill(-1);
    const penalties = new Float64Array(ids.length);
    const boundOf = (j: number) => {
      if (bounds[j]! >= 0) return bounds[j]!;
      const entry = entries[ids[j]!]!;
      const words = entry.length;
      const reached = Math.min(found.hits[j]!, words);
      penalties[j] = askedVariants.length ? variantPenalty(entry) * levelPrior(entry) : entry.prior;
      // The matched words weigh at most `reached` times the heaviest.
      weighName(entry);
      const precisionBound = Math.max(
        Math.min(1, (reached * entry.heaviest) / Math.max(1e-9, entry.weight)),
        HEAD_WEIGHT * Math.min(1, reached / entry.head),
      );
      return (bounds[j] =
        bases[j]! * bonus(adjacencyOf(Math.max(0, reached - 1)), precisionBound, multiWord ? PHRASE_BONUS : 1, penalties[j]!));
    };
    const best: Ranked[] = [];
    const kth = () => (best.length >= need ? best[need - 1]!.score : -Infinity);
    const order = descending(rough);
    for (let r = 0; r < order.length; r++) {
      const j = order[r]!;
      if (rough[j]! < 0 || rough[j]! < kth()) break;
      if (boundOf(j) < kth()) continue;
      const ranked = fullScore(entries[ids[j]!]!, bases[j]!, penalties[j]!);
      let at = best.length;
      while (
        at > 0 &&
        (best[at - 1]!.score < ranked.score || (best[at - 1]!.score === ranked.score && best[at - 1]!.entry.id > ranked.entry.id))
      )
        at--;
      best.splice(at, 0, ranked);
      if (best.length > need) best.pop();
    }
    // Hits far below the best are dropped, and not counted: every page and the total agree.
    const floor = best.length ? best[0]!.score * MIN_SHARE_OF_BEST : 0;
    const shown = best.filter((r) => r.score >= floor);
    if (!counted) return { ranked: shown, total: shown.length };
    // The total: a candidate whose least possible score (no adjacency, no precision, no phrase)
    // reaches the floor counts without being scored, one whose bound is below it never does.
    let total = shown.length;
    const inBest = new Set(best.map((r) => r.entry.id));
    for (let j = 0; j < ids.length; j++) {
      if (rough[j]! < floor || inBest.has(ids[j]!) || boundOf(j) < floor) continue;
      if (bases[j]! * bonus(0, 0, 1, penalties[j]!) >= floor || fullScore(entries[ids[j]!]!, bases[j]!, penalties[j]!).score >= floor)
        total++;
    }
    return { ranked: shown, total };
  }

  function rank(query: string, o: ProcedureSearchOptions, need: number, counted = false): { ranked: Ranked[]; total: number } {
    const q = query.trim();
    const whole = (ranked: Ranked[]) => ({ ranked, total: ranked.length });
    if (!q) return whole(listBySector(o));
    if (PROCEDURE_CODE_QUERY.test(q)) {
      const hits = findByCode(q, o);
      if (hits.length) return whole(hits);
    }
    return findByText(query, o, need, counted);
  }

  /**
   * Issue 29: a citizen's first searches after the build ran in code not yet compiled — the
   * first ~6 ms in Chromium at 5,000 names, the first twenty 5.4 ms at p95. A few searches of
   * the build's own, whose answers are dropped (they fill only caches a search would fill),
   * cost 20–55 ms of the build and bring the first search to 1–2 ms (docs/bench/search.md).
   */
  function warmUp(): void {
    if (byCode.size < WARM_FROM) return;
    for (const q of WARM_QUERIES) {
      toHits(rank(q, {}, 10).ranked, 0, 10);
      rank(q, { level: 'commune' }, 20, true);
    }
  }

  function toHits(ranked: Ranked[], offset: number, limit: number): ProcedureHit[] {
    return ranked.slice(offset, offset + limit).map(({ entry, score, matches }) => ({
      procedure: entry.procedure,
      score,
      highlights: highlights(entry, matches),
    }));
  }

  addAll(procedures);
  // The lexicon is read after the names: its phrases are few objects beside the names' many,
  // so the first collection after the build copies little that is young (issue 29: read
  // before them, the names' last thousands were copied in one of the first queries, ~3 ms).
  const rewrite = createQueryRewriter(
    lexicon,
    options.fillerWords ?? DEFAULT_FILLER_WORDS,
    (phrase, accents) => {
      const needle = ` ${phrase.join(' ')} `;
      const key = `${needle}${accents.join(',')}`;
      let known = official.get(key);
      if (known === undefined) {
        // Only names holding the phrase's rarest word can hold the phrase.
        let fewest: Int32Array | undefined;
        for (const term of phrase) {
          const ids = index.idsOf(term, 0);
          if (!fewest || ids.length < fewest.length) fewest = ids;
        }
        const numbers = phrase.map(numberOf);
        // Folded alike is not enough: the name must spell it as the lexicon does.
        const spells = (entry: Entry) => {
          const words = entry.fields[0]!;
          for (let k = 0; k + numbers.length <= words.length; k++) {
            let j = 0;
            while (j < numbers.length && words[k + j] === numbers[j] && accentKeys[spelt[entry.spelt + k + j]!] === accents[j]) j++;
            if (j === numbers.length) return true;
          }
          return false;
        };
        known = (fewest ?? []).some((id) => {
          const entry = entries[id];
          return !!entry && spells(entry);
        });
        official.set(key, known);
      }
      return known;
    },
    options.replaceDefaultLexicon ? [] : ENGLISH_FILLER_WORDS,
    (term) => index.idsOf(term, 0).length > 0,
    options.replaceDefaultLexicon ? {} : DEFAULT_ABBREVIATIONS,
  );

  if (options.warmUp !== false) warmUp();

  return {
    get size() {
      return byCode.size;
    },
    search(query, o = {}) {
      const offset = o.offset ?? 0;
      const limit = o.limit ?? 20;
      return toHits(rank(query, o, offset + limit).ranked, offset, limit);
    },
    searchPage({ q = '', limit = 20, offset = 0, ...filters }) {
      const { ranked, total } = rank(q, filters, offset + limit, true);
      return { items: toHits(ranked, offset, limit), total };
    },
    get: (code) => byCode.get(code)?.procedure,
    add(list) {
      addAll(Array.isArray(list) ? list : [list as Procedure]);
    },
    remove(code) {
      const entry = byCode.get(code);
      if (!entry) return false;
      removeEntry(entry);
      return true;
    },
    replaceAll(list) {
      index.clear();
      entries.length = 0;
      byCode.clear();
      official.clear();
      sectorOrder = undefined;
      sectorWords.clear();
      speltEnd = 0;
      readName = createNameReader(index.termId, accentId);
      addAll(list);
    },
  };
}
