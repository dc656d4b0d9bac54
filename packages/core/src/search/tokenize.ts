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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const fast = fastForms(m[0]);
    const term = fast ? fast[0] : searchTerm(m[0]);
    if (!term) continue;
    const accented = fast ? fast[1] : accentKey(m[0]);
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
