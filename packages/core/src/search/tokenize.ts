/** Search tokens: folded Vietnamese syllables, with their place in the original text for highlights. */
import { foldVietnamese } from '../text.js';

export interface Token {
  /** Folded, comparable form: no diacritics, i/y unified after consonants. */
  term: string;
  /** The syllable with its diacritics, tone mark placement made canonical; absent when typed without any. */
  accented?: string;
  start: number;
  end: number;
}

// Marks are part of a word: NFD text keeps its tones as separate code points.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// After a consonant, final "y" and "i" are spelled both ways (kỹ/kĩ, lý/lí): one term for both.
const CONSONANT_Y = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|q|r|s|t|th|tr|v|x)y$/;
// The five tone marks; vowel marks (circumflex, breve, horn) belong to the letter and stay.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The comparable form of one syllable. */
export function searchTerm(word: string): string {
  return canonical(foldVietnamese(word));
}

// "mức độ 02" and "mức độ 2", "05 ngày" and "5 ngày": one number.
const LEADING_ZEROS = /^0+(?=\d)/;
const canonical = (folded: string) => {
  // Cheap tests first: this runs for every word of every name while the index is built.
  const last = folded.charCodeAt(folded.length - 1);
  if (last === 121 /* y */ && CONSONANT_Y.test(folded)) return `${folded.slice(0, -1)}i`;
  return folded.charCodeAt(0) === 48 /* 0 */ ? folded.replace(LEADING_ZEROS, '') : folded;
};

/**
 * `hoà` and `hòa` put the tone on different vowels: moving the tone to the end of the
 * syllable gives both one key, while `lái` and `lại` stay apart (they fold alike).
 */
function accentKey(word: string): string | undefined {
  const d = word.normalize('NFD').toLowerCase();
  if (!/[\u0300-\u036fđ]/.test(d)) return undefined;
  const tones = d.match(TONE)?.join('') ?? '';
  return `${d.replace(TONE, '')}${tones}`.replace(/y$/, 'i');
}

/**
 * The same two forms without normalising each word: a table from every precomposed
 * Vietnamese letter to [folded letter, letter without its tone (NFD), tone mark]. Words with
 * any other character (NFD marks, full-width forms, other scripts) take the slow path above,
 * which gives the same result (a unit test compares both on random text).
 */
const LETTERS = new Map<string, [string, string, string]>();
for (const base of 'aăâeêioôơuưy') {
  for (const tone of ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
    const lower = `${base}${tone}`.normalize('NFC');
    const entry: [string, string, string] = [foldVietnamese(lower), base.normalize('NFD'), tone];
    LETTERS.set(lower, entry);
    LETTERS.set(lower.toUpperCase(), entry);
  }
}
LETTERS.set('đ', ['d', 'đ', '']);
LETTERS.set('Đ', ['d', 'đ', '']);

function fastForms(word: string): [term: string, accented: string | undefined] | undefined {
  let folded = '';
  let bare = '';
  let tones = '';
  let marked = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      folded += word[i];
      bare += word[i];
    } else if (c >= 65 && c <= 90) {
      const lower = String.fromCharCode(c + 32);
      folded += lower;
      bare += lower;
    } else {
      const entry = LETTERS.get(word[i]!);
      if (!entry) return undefined;
      marked = true;
      folded += entry[0];
      bare += entry[1];
      tones += entry[2];
    }
  }
  const term = canonical(folded);
  if (!marked) return [term, undefined];
  const key = `${bare}${tones}`;
  return [term, key.endsWith('y') ? `${key.slice(0, -1)}i` : key];
}

/**
 * Where the text's words start and end, flat ([start, end, start, end…]), cut by the letter
 * table without spelling them out; undefined when the text has a character the table does not
 * know (the callers then read it by normalising). A combining mark (a tone typed apart, as
 * some backends send names: NFD) belongs to its word, and a word of marks alone is none, as
 * `tokenizeByExpression` reads them: a regular expression compiled on a first search only
 * for the few such names (issue 29).
 */
function spansByTable(text: string): number[] | undefined {
  const spans: number[] = [];
  let start = -1;
  let letters = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // A mark folds to OTHER, as a letter the table does not know: it stays in its word.
    const f = foldCode(c);
    const mark = c >= 0x300 && c <= 0x36f;
    if (f === OTHER && !mark) return undefined;
    if (f !== SEPARATOR) {
      if (start < 0) start = i;
      letters ||= !mark;
    } else if (start >= 0) {
      if (letters) spans.push(start, i);
      start = -1;
      letters = false;
    }
  }
  return spans;
}

export function tokenize(text: string): Token[] {
  // No regular expression to run where the table reads every character: the lexicon's
  // thousand phrases are read as the index is built.
  const spans = spansByTable(text);
  if (!spans) return tokenizeByExpression(text);
  const tokens: Token[] = [];
  for (let w = 0; w < spans.length; w += 2) {
    const start = spans[w]!;
    const end = spans[w + 1]!;
    const [term, accented] = wordForms(text.slice(start, end));
    tokens.push(accented ? { term, accented, start, end } : { term, start, end });
  }
  return tokens;
}

/** Where each of the text's words starts and ends, as `tokenize` finds them, flat: the shown hits' highlights. */
export function wordSpans(text: string): number[] {
  return spansByTable(text) ?? tokenize(text).flatMap((t) => [t.start, t.end]);
}

/**
 * Per UTF-16 code unit of a precomposed Vietnamese letter: its letter without the tone (NFD:
 * one or two units, the second -1 when none) and its tone mark (-1: none); -1 throughout for
 * anything else. `fastForms`' accent key (`bare` then `tones`), one code unit at a time.
 */
const PARTS_END = 0x1f00;
const PARTS = new Int32Array(PARTS_END * 3).fill(-1);
for (const [letter, [, bare, tone]] of LETTERS) {
  const c = letter.charCodeAt(0);
  PARTS[3 * c] = bare.charCodeAt(0);
  if (bare.length > 1) PARTS[3 * c + 1] = bare.charCodeAt(1);
  if (tone) PARTS[3 * c + 2] = tone.charCodeAt(0);
}
let keyUnits = new Uint16Array(64);
let toneUnits = new Uint16Array(32);

/** The accent key of the word text[start, end) (every character known to the letter table), as `fastForms` gives it. */
function accentKeyAt(text: string, start: number, end: number): string | undefined {
  // Two units a letter at most, then a tone a letter at most.
  if (keyUnits.length < 3 * (end - start)) {
    keyUnits = new Uint16Array(6 * (end - start));
    toneUnits = new Uint16Array(2 * (end - start));
  }
  let n = 0;
  let tones = 0;
  let marked = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) keyUnits[n++] = c;
    else if (c >= 65 && c <= 90) keyUnits[n++] = c + 32;
    else {
      if (c >= PARTS_END || PARTS[3 * c]! < 0) return fastForms(text.slice(start, end))?.[1];
      marked = true;
      keyUnits[n++] = PARTS[3 * c]!;
      if (PARTS[3 * c + 1]! >= 0) keyUnits[n++] = PARTS[3 * c + 1]!;
      if (PARTS[3 * c + 2]! >= 0) toneUnits[tones++] = PARTS[3 * c + 2]!;
    }
  }
  if (!marked) return undefined;
  // A final "y" is "i" (kỹ/kĩ), as in `fastForms`: only a key without tones ends in it.
  if (tones === 0 && keyUnits[n - 1] === 121) keyUnits[n - 1] = 105;
  for (let t = 0; t < tones; t++) keyUnits[n++] = toneUnits[t]!;
  return String.fromCharCode.apply(null, keyUnits.subarray(0, n) as unknown as number[]);
}

/** A word's term and accent key: by the letter table, or by normalising a word it does not know (a combining mark). */
const wordForms = (word: string): [term: string, accented: string | undefined] => fastForms(word) ?? [searchTerm(word), accentKey(word)];

function tokenizeByExpression(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const [term, accented] = wordForms(m[0]);
    if (!term) continue;
    tokens.push(
      accented ? { term, accented, start: m.index, end: m.index + m[0].length } : { term, start: m.index, end: m.index + m[0].length },
    );
  }
  return tokens;
}

/** Slow path only, for the tests: what `tokenize` must agree with. */
export function tokenizeSlowly(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = searchTerm(m[0]);
    if (!term) continue;
    const accented = accentKey(m[0]);
    tokens.push(
      accented ? { term, accented, start: m.index, end: m.index + m[0].length } : { term, start: m.index, end: m.index + m[0].length },
    );
  }
  return tokens;
}

export function terms(text: string): string[] {
  // The whole text folded at once (native normalisation), then cut: as tokenize's terms.
  const out: string[] = [];
  for (const m of foldVietnamese(text).matchAll(FOLDED_WORD)) {
    const term = canonical(m[0]);
    if (term) out.push(term);
  }
  return out;
}
const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

/**
 * What the index keeps of a name: its terms' numbers (as the term index numbers them), and
 * how many come before its first qualifier (a comma, a bracket, "đối với").
 */
export interface NameTerms {
  ids: number[];
  /**
   * Each word's diacritics as a number (`accentId`'s; 0: written without any): the first
   * `ids.length` of the reader's own list, valid until its next read.
   */
  accents: Int32Array;
  head: number;
}

// Per UTF-16 code unit: the folded ASCII letter or digit it reads as, SEPARATOR, or OTHER
// (a letter no table here folds: the name takes the normalising path). Filled as met.
const SEPARATOR = 1;
const OTHER = 2;
const UNSEEN = 0;
/** Buckets of the name reader's word table: a catalogue has a few thousand spellings. */
const HASH_BUCKETS = 4096;
let foldTable: Uint8Array | undefined;

function foldCode(c: number): number {
  const table = (foldTable ??= prepareFoldTable());
  let f = table[c]!;
  if (f === UNSEEN) {
    // Anything else is a separator when it is no letter, mark or digit (dashes, quotes, NBSP)
    // and normalising leaves it alone ("™" would become "TM").
    const s = String.fromCharCode(c);
    f = table[c] = /[\p{L}\p{M}\p{N}]/u.test(s) || s.normalize('NFKD') !== s || (c >= 0xd800 && c <= 0xdfff) ? OTHER : SEPARATOR;
  }
  return f;
}

function prepareFoldTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) table[c] = SEPARATOR;
  for (let c = 48; c <= 57; c++) table[c] = c;
  for (let c = 97; c <= 122; c++) table[c] = table[c - 32] = c;
  for (const [letter, [folded]] of LETTERS) table[letter.charCodeAt(0)] = folded.charCodeAt(0);
  return table;
}

/**
 * Reads many names for the index in one pass each, without normalising them or making a
 * string per word (issue 29: a province's 5,000 titles are read on a phone as the page
 * opens): each character goes through a table to its folded letter, and each word is found
 * by its hash among the words already met, so a catalogue's 100,000 words make only its
 * few thousand distinct spellings. A spelling's term and diacritics are read once, when it is
 * first met: scoring then compares numbers instead of spelling a name's words again (that was
 * a sixth of what the first searches allocated). `terms()` and `tokenize()` give the same
 * words (a unit test compares them); names with a character the table does not know are read
 * by them.
 */
export function createNameReader(
  termId: (term: string) => number,
  accentId: (key: string | undefined) => number,
): (name: string) => NameTerms {
  // Each spelling met (as written, case and diacritics included), by its hash: spellings[i],
  // its canonical term's number ids[i] and its diacritics' accents[i], the next spelling in
  // the same bucket at chain[i] (-1: none); a bucket's first at heads[hash & mask] (+1; 0:
  // none). The hash stays a small integer: a larger one would be a heap number per letter in
  // code not yet compiled (the first names read).
  const heads = new Int32Array(HASH_BUCKETS);
  const spellings: string[] = [];
  const ids: number[] = [];
  const accentsOf: number[] = [];
  const chain: number[] = [];
  // The word being read: as written, and folded.
  let raw = new Uint16Array(64);
  let word = new Uint16Array(64);

  const spellingOf = (length: number, hash: number): number => {
    const bucket = hash & (HASH_BUCKETS - 1);
    for (let i = heads[bucket]! - 1; i >= 0; i = chain[i]!) {
      const spelling = spellings[i]!;
      if (spelling.length !== length) continue;
      let same = true;
      for (let c = 0; c < length && same; c++) same = spelling.charCodeAt(c) === raw[c];
      if (same) return i;
    }
    const spelling = String.fromCharCode(...raw.subarray(0, length));
    spellings.push(spelling);
    ids.push(termId(canonical(String.fromCharCode(...word.subarray(0, length)))));
    accentsOf.push(accentId(accentKeyAt(spelling, 0, length)));
    chain.push(heads[bucket]! - 1);
    heads[bucket] = spellings.length;
    return spellings.length - 1;
  };

  const table = (foldTable ??= prepareFoldTable());
  // Words go in scratch lists, the name keeps an exact copy: no half-empty array per name
  // (issue 29: the names' arrays are what the first scavenge after the build copies). Written
  // by position, never emptied: `length = 0` gives an array's storage back, and each name
  // grew it again (4 MB of a 5,000-name build).
  const terms: number[] = [];
  let accents = new Int32Array(64);
  const read = (name: string): NameTerms => {
    let n = 0;
    // How many words come before the first qualifier (a comma, a semicolon, a bracket, a colon,
    // a dash between spaces, "đối với"); -1 until one is met.
    let head = -1;
    let length = 0;
    let hash = 0;
    const end = name.length;
    for (let i = 0; i <= end; i++) {
      const c = i < end ? name.charCodeAt(i) : 32;
      let f = table[c]!;
      if (f === UNSEEN) f = foldCode(c);
      if (f === OTHER) {
        // Tones typed as separate marks (some backends send NFD) are read once composed.
        const composed = name.normalize('NFC');
        return composed !== name ? read(composed) : slowly(name, qualifierAt(name), termId, accentId);
      }
      if (f !== SEPARATOR) {
        if (length === 0 && head < 0 && c === 0x111 && name.startsWith(' đối với ', i - 1)) head = n;
        if (length === word.length) {
          const longer = new Uint16Array(length * 2);
          longer.set(word);
          word = longer;
          const longerRaw = new Uint16Array(length * 2);
          longerRaw.set(raw);
          raw = longerRaw;
        }
        raw[length] = c;
        word[length++] = f;
        hash = (hash * 31 + c) & 0x3fffff;
        continue;
      }
      if (length > 0) {
        const spelling = spellingOf(length, hash);
        if (n === accents.length) {
          const longer = new Int32Array(n * 2);
          longer.set(accents);
          accents = longer;
        }
        terms[n] = ids[spelling]!;
        accents[n++] = accentsOf[spelling]!;
        length = 0;
        hash = 0;
      }
      if (
        head < 0 &&
        (c === 44 ||
          c === 59 ||
          c === 40 ||
          c === 58 ||
          ((c === 45 || c === 0x2013) && name.charCodeAt(i - 1) === 32 && name.charCodeAt(i + 1) === 32))
      )
        head = n;
    }
    return { ids: terms.slice(0, n), accents, head: head < 0 ? n : Math.max(1, head) };
  };
  return read;
}

/** Where a name's first qualifier starts (a comma, a bracket, "đối với"), or its length. */
function qualifierAt(name: string): number {
  let cut = name.length;
  for (const mark of [',', ';', '(', ':', ' - ', ' – ', ' đối với ']) {
    const at = name.indexOf(mark);
    if (at >= 0 && at < cut) cut = at;
  }
  return cut;
}

function slowly(name: string, cut: number, termId: (term: string) => number, accentId: (key: string | undefined) => number): NameTerms {
  const words = terms(name);
  const ids = words.map(termId);
  // The diacritics of tokenize's words, where they are these words: a character normalising
  // changes ("™" → "TM") may join or split them, and then none is known.
  const tokens = tokenize(name);
  const same = tokens.length === words.length && tokens.every((t, k) => t.term === words[k]);
  const accents = Int32Array.from(words, (_, k) => (same ? accentId(tokens[k]!.accented) : 0));
  return { ids, accents, head: cut === name.length ? ids.length : Math.max(1, name.slice(0, cut).match(WORD)?.length ?? 0) };
}

/** `terms(text)` read by the letter table (by normalising when it meets a letter the table does not know). */
export function termsByTable(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const f = i < text.length ? foldCode(text.charCodeAt(i)) : SEPARATOR;
    if (f === OTHER) return terms(text);
    if (f !== SEPARATOR) word += String.fromCharCode(f);
    else if (word) {
      out.push(canonical(word));
      word = '';
    }
  }
  return out;
}
