/** From what a citizen typed to search terms: the lexicon's rewrites, then filler words dropped. */
import type { LexiconEntry } from './lexicon.js';
import { searchTerm, terms, termsByTable, tokenize, type Token } from './tokenize.js';

/** A word of the lexicon's meaning: what a query term is made from. */
type Word = Pick<Token, 'term' | 'accented'>;

interface Phrase {
  terms: string[];
  /** Each word's accent key as the lexicon writes it (undefined: written without marks; no list: none has any). */
  accents?: Array<string | undefined>;
  replacement: Word[];
  also?: Word[];
}

export interface QueryTerm {
  term: string;
  /** Set when the citizen (or the lexicon) wrote the diacritics: a name must carry the same. */
  accented?: string;
  /** Put there by the lexicon: matched exactly, never fuzzily. */
  fromLexicon: boolean;
  /** Helps ranking but is not required: the lexicon's `also` words, unknown words of an English query. */
  optional?: boolean;
  /** One of two ways to say the same thing (see `Rewritten.groups`): 0 as typed, 1 as the lexicon means it. */
  side?: 0 | 1;
}

export interface Rewritten {
  terms: QueryTerm[];
  /**
   * An alias that is also an official phrase ("mã số thuế", "đổi tên") may mean either: each
   * group is [the words as typed, the lexicon's words], and a name covers the group by the
   * better share of either.
   */
  groups: Array<[string[], string[]]>;
}

export type QueryRewriter = (query: string) => Rewritten;

/**
 * `isOfficial(terms, accents)` tells whether a phrase stands in the catalogue's own titles,
 * spelt as the lexicon spells it ("con lai" is not "còn lại"). Such an
 * alias ("thẻ căn cước") is no nickname: the citizen's words are kept and the lexicon's
 * meaning only adds optional terms. Nicknames ("sổ đỏ") are replaced by their meaning.
 */
export type OfficialPhraseTest = (terms: readonly string[], accents: ReadonlyArray<string | undefined>) => boolean;

function phraseTable(phrases: Phrase[]): Map<string, Phrase[]> {
  const table = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.terms[0];
    if (first === undefined) continue;
    const list = table.get(first);
    if (list) list.push(phrase);
    else table.set(first, [phrase]);
  }
  for (const list of table.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return table;
}

type PhraseTable = Pick<Map<string, Phrase[]>, 'get'>;

/**
 * The lexicon's phrases by their first word, all read as the index is built: a word's phrases
 * read when a query first held it were most of the first queries' time (issue 29: ~6 ms of a
 * first query, in a tokenizer not yet compiled), the whole lexicon read at once a few ms of the
 * build. Every word of a phrase goes in `words` (the words typo repair knows).
 */
function readLexicon(lexicon: readonly LexiconEntry[], words: Set<string>): PhraseTable {
  // Its ~5,000 words are a few hundred strings, each kept once: the compiled lexicon is what
  // the build leaves for the first collection after it to copy (issue 29: 950 → 600 KB).
  const kept = new Map<string, string>();
  const keep = (s: string) => {
    const k = kept.get(s);
    if (k !== undefined) return k;
    kept.set(s, s);
    return s;
  };
  // A meaning's words likewise: one object per spelling, never changed (a query copies it).
  const keptWords = new Map<string, Word>();
  const meaningOf = (text: string): Word[] =>
    tokenize(text).map((t) => {
      const key = `${t.term} ${t.accented ?? ''}`;
      let word = keptWords.get(key);
      if (!word) keptWords.set(key, (word = { term: keep(t.term), accented: t.accented === undefined ? undefined : keep(t.accented) }));
      return word;
    });
  return phraseTable(
    lexicon.flatMap((e) => {
      const replacement = meaningOf(e.means);
      const also = e.also ? meaningOf(e.also) : undefined;
      return e.say.map((say) => {
        const phrase = compilePhrase(say, replacement, also, keep);
        for (const t of phrase.terms) if (t !== '*') words.add(t);
        return phrase;
      });
    }),
  );
}

function compilePhrase(say: string, replacement: Word[], also: Word[] | undefined, keep: (s: string) => string): Phrase {
  const words = tokenize(say);
  const terms = (say.includes('*') ? wildcardTerms(say) : words.map((t) => t.term)).map(keep);
  // Each word's accents beside its term (a `*` has none).
  let k = 0;
  const accents = terms.map((t) => (t === '*' ? undefined : words[k++]?.accented));
  return {
    terms,
    accents: accents.some((a) => a !== undefined) ? accents.map((a) => (a === undefined ? a : keep(a))) : undefined,
    replacement,
    also,
  };
}

/** A phrase with `*` in it: its words' terms, each `*` kept as a word of its own. */
const wildcardTerms = (say: string) => say.split(/\s+/).flatMap((w) => (w === '*' ? ['*'] : terms(w)));

/**
 * How many words from `i` the phrase covers, or -1. `*` stands for one to three words (fewest
 * first). A word the citizen wrote with diacritics is the phrase's word only when they agree
 * ("thăm dò" is no boat, "đò"); without diacritics it may be any word that folds alike.
 */
function matchLength(phrase: Phrase, words: readonly Token[], i: number, k = 0, slipped = false): number {
  if (k === phrase.terms.length) return 0;
  const t = phrase.terms[k];
  if (t === '*') {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const rest = matchLength(phrase, words, i + n, k + 1, slipped);
      if (rest >= 0) return n + rest;
    }
    return -1;
  }
  const word = words[i];
  const accent = phrase.accents?.[k];
  if (word === undefined || word.term !== t) return -1;
  // In a phrase of several words, one may carry a slip: "đ" typed as "d" ("sổ dỏ"), hỏi and ngã
  // confused as the South says them ("dỗi bằng lái"), the tone left out ("căn cươc").
  const slip = !!accent && !!word.accented && word.accented !== accent;
  if (slip && (slipped || phrase.terms.length < 2 || !isSlip(word.accented!, accent))) return -1;
  const rest = matchLength(phrase, words, i + 1, k + 1, slipped || slip);
  return rest < 0 ? -1 : 1 + rest;
}
const plain = (key: string) => key.replace(/^đ/, 'd').replace('\u0303', '\u0309');
const isSlip = (typed: string, meant: string) =>
  plain(typed) === plain(meant) || typed === meant.replace(/[\u0300\u0301\u0303\u0309\u0323]$/, '');

/** The phrase starting at `i` that covers the most words, and how many. */
function longestAt(table: PhraseTable, words: Token[], i: number, most = Infinity): [Phrase, number] | undefined {
  let best: [Phrase, number] | undefined;
  for (const p of table.get(words[i]!.term) ?? []) {
    const n = matchLength(p, words, i);
    if (n > 0 && n <= most && (!best || n > best[1])) best = [p, n];
  }
  return best;
}

// A word is foreign when it cannot be a Vietnamese syllable once folded ("birth", "visa", "permit")
// and has a vowel ("cccd", "gplx", "bhxh" are Vietnamese abbreviations). A query is English when
// half its words or more are foreign: Vietnamese queries hold loanwords and abbreviations
// ("mất thẻ bhyt", "visa", "karaoke", "cty") — read as English they would lose "thẻ", "tờ",
// "mẹ", "ăn" as English filler ("the", "to", "me", "an").
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;
const isForeign = (w: Token) => /^[a-z]*[aeiouy][a-z]*$/.test(w.term) && !w.accented && !SYLLABLE.test(w.term);

// Slips of the keyboard and of the ear, tried in order on a word typed without diacritics that
// neither a name nor the lexicon knows: telex leftovers ("sinhf", "truwowngf", "ddang"), words
// run together ("hokhau", "dangky"), then one regional or misheard consonant (s/x, ch/tr,
// d/gi/r/v, l/n at the start; n/ng, t/c at the end; "ngiep" for "nghiệp"). A repair is kept
// when each of its words is known.
const TELEX = /([fjrsxz])$/;
const SWAPS: Array<[RegExp, string]> = [
  [/^s/, 'x'],
  [/^x/, 's'],
  [/^ch/, 'tr'],
  [/^tr/, 'ch'],
  [/^d/, 'gi'],
  [/^gi/, 'd'],
  [/^[rv]/, 'd'],
  [/^r/, 'gi'],
  [/^d/, 'v'],
  [/^l/, 'n'],
  [/^n(?![gh])/, 'l'],
  [/^(n?g)(?=[ei])/, '$1h'],
  [/([aeiou])g$/, '$1ng'],
  [/n$/, 'ng'],
  [/ng$/, 'n'],
  [/t$/, 'c'],
  [/c$/, 't'],
];
function repairs(term: string): string[][] {
  let t = term.replace(/w/g, '').replace(/([a-z])\1/g, '$1');
  if (TELEX.test(t) && SYLLABLE.test(t.slice(0, -1))) t = t.slice(0, -1);
  const out = t === term ? [] : [[t]];
  for (let k = t.length - 1; k > 0; k--) {
    const [a, b] = [t.slice(0, k), t.slice(k)];
    if (SYLLABLE.test(a) && SYLLABLE.test(b) && !/^[aeiouy]/.test(b)) out.push([a, b]);
  }
  for (const [from, to] of SWAPS) if (from.test(t)) out.push([t.replace(from, to)]);
  return out.map((w) => w.map(searchTerm));
}

// The question around a request: "thì" as typed with its tone, and a "không" that ends the query
// ("… được hưởng không"). Typed without its tone, "thi" between two words is "thì" too ("con hy
// sinh thi me được gì") unless a title's word follows it as it follows "thi"/"thị" ("thi công",
// "thi hành án", "thị thực") or it ends "đô thị".
const THI = tokenize('thì')[0]!.accented;
const TITLE_THI = /^(cong|truong|hanh|dua|tuyen|bang|lai|sat|thuc|xa|tran|diem|nghiem|tin|du|chung|loai|phe|tiep)$/;
const asks = (words: readonly Token[], i: number) => {
  const w = words[i]!;
  const [before, after] = [words[i - 1], words[i + 1]];
  if (w.term === 'khong') return !after && !!before;
  return (
    w.accented === THI || (w.term === 'thi' && !w.accented && !!before && !!after && before.term !== 'do' && !TITLE_THI.test(after.term))
  );
};

// What the request is for ("xác nhận độc thân để vay ngân hàng", "chuyển hộ khẩu về quê để hưởng
// trợ cấp"): the words after "để" help ranking but are not required. Not "để lại" (left behind),
// "đề nghị", "đẻ", nor the ask after "làm sao để", "thế nào để".
const DE = tokenize('để')[0]!.accented;
const purposeAt = (words: readonly Token[]) =>
  words.findIndex(
    (w, i) =>
      i > 1 &&
      w.term === 'de' &&
      (!w.accented || w.accented === DE) &&
      /^(?!lai$|nghi$)/.test(words[i + 1]?.term ?? 'lai') &&
      !/^(sao|gi|nao)$/.test(words[i - 1]!.term),
  );

const queryTerm = (t: Word, fromLexicon: boolean): QueryTerm =>
  t.accented ? { term: t.term, accented: t.accented, fromLexicon } : { term: t.term, fromLexicon };

export function createQueryRewriter(
  lexicon: readonly LexiconEntry[],
  fillerWords: readonly string[],
  isOfficial: OfficialPhraseTest = () => false,
  englishFillerWords: readonly string[] = [],
  isKnown: (term: string) => boolean = () => true,
  abbreviations: Readonly<Record<string, string>> = {},
): QueryRewriter {
  // Every word of the lexicon and the filler words, read as the index is built (by the letter
  // table: reading them on a query's first unknown word cost that query ~4 ms, ×4 on a phone).
  const lexiconWords = new Set<string>();
  const lexiconTable = readLexicon(lexicon, lexiconWords);
  const known = (term: string) => isKnown(term) || lexiconWords.has(term);
  /** The query's words with abbreviations spelt out ("hkd") and slips repaired. */
  const repaired = (words: Token[]) =>
    words.flatMap((w) => {
      const spelt = Object.hasOwn(abbreviations, w.term) ? abbreviations[w.term] : undefined;
      if (spelt) return tokenize(spelt).map((t) => ({ ...t, start: w.start, end: w.end }));
      if (w.accented || known(w.term)) return [w];
      const fix = repairs(w.term).find((r) => r.every(known));
      return fix ? fix.map((term) => ({ term, start: w.start, end: w.end })) : [w];
    });
  const fillerPhrase = (f: string) => {
    const words = termsByTable(f);
    for (const w of words) lexiconWords.add(w);
    return { terms: words, replacement: [], accents: undefined, also: undefined };
  };
  const fillerTable = phraseTable(fillerWords.map(fillerPhrase));
  const englishTable = phraseTable(englishFillerWords.map(fillerPhrase));

  return (query) => {
    const typed = tokenize(query);
    const fixed = repaired(typed);
    // English when half the typed words cannot be Vietnamese even once repaired ("xoa hokhau" is not).
    const foreign = fixed.filter(isForeign).length;
    const english = foreign > 0 && 2 * foreign >= typed.length;
    const words = english ? typed : fixed;
    const out: QueryTerm[] = [];
    const groups: Rewritten['groups'] = [];
    // Where a phrase starting inside [i, end) reaches past `end` ("mở quán karaoke", "khai sinh
    // cho con lai"): the words before it are read on their own, with shorter phrases only.
    const overlapped = (i: number, end: number) => {
      for (let j = i + 1; j < end; j++) if ((longestAt(lexiconTable, words, j)?.[1] ?? 0) + j > end) return j;
      return end;
    };
    const purpose = purposeAt(words);
    let cut = -1;
    let limit = words.length;
    for (let i = 0; i < words.length;) {
      if (purpose > 0 && i > purpose && cut < 0) cut = out.length;
      if (i >= limit) limit = words.length;
      const found = longestAt(lexiconTable, words, i, limit - i);
      if (found) {
        const [phrase, length] = found;
        const next = overlapped(i, i + length);
        if (next < i + length) {
          limit = next;
          continue;
        }
        if (!phrase.terms.includes('*') && isOfficial(phrase.terms, phrase.accents ?? [])) {
          const said = words.slice(i, i + length);
          out.push(...said.map((t) => ({ ...queryTerm(t, false), side: 0 as const })));
          out.push(
            ...phrase.replacement
              .filter((t) => !said.some((w) => w.term === t.term))
              .map((t) => ({ ...queryTerm(t, true), side: 1 as const })),
          );
          groups.push([said.map((t) => t.term), phrase.replacement.map((t) => t.term)]);
        } else {
          out.push(...phrase.replacement.map((t) => queryTerm(t, true)));
        }
        if (phrase.also) out.push(...phrase.also.map((t) => ({ ...queryTerm(t, true), optional: true })));
        i += length;
        continue;
      }
      const filler = longestAt(fillerTable, words, i, limit - i) ?? (english ? longestAt(englishTable, words, i, limit - i) : undefined);
      if (filler) {
        const next = overlapped(i, i + filler[1]);
        if (next < i + filler[1]) {
          limit = next;
          continue;
        }
        i += filler[1];
        continue;
      }
      // In an English query, a word the lexicon does not know helps ranking but is not required.
      const w = words[i]!;
      if (!english && (asks(words, i) || i === purpose)) {
        i++;
        continue;
      }
      out.push(english && !SYLLABLE.test(w.term) ? { ...queryTerm(w, false), optional: true } : queryTerm(w, false));
      i++;
    }
    if (cut >= 0) for (const t of out.slice(cut)) t.optional = true;
    // A query of filler words only ("thủ tục") still means what it says.
    return { terms: out.length ? out : words.map((t) => queryTerm(t, false)), groups };
  };
}
