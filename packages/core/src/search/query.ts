/** From what a citizen typed to search terms: the lexicon's rewrites, then filler words dropped. */
import type { LexiconEntry } from './lexicon.js';
import { terms, tokenize, type Token } from './tokenize.js';

interface Phrase {
  terms: string[];
  replacement: Token[];
}

export interface QueryTerm {
  term: string;
  /** Set when the citizen (or the lexicon) wrote the diacritics: a name must carry the same. */
  accented?: string;
  /** Put there by the lexicon: matched exactly, never fuzzily. */
  fromLexicon: boolean;
  /** Helps ranking but is not required: the lexicon's extra words around an official phrase. */
  optional?: boolean;
}

export type QueryRewriter = (query: string) => QueryTerm[];

/**
 * `isOfficial(terms)` tells whether a phrase stands in the catalogue's own titles. Such an
 * alias ("thẻ căn cước") is no nickname: the citizen's words are kept and the lexicon's
 * meaning only adds optional terms. Nicknames ("sổ đỏ") are replaced by their meaning.
 */
export type OfficialPhraseTest = (terms: readonly string[]) => boolean;

function phraseTable(phrases: Phrase[]): Map<string, Phrase[]> {
  const table = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.terms[0];
    if (first === undefined) continue;
    table.set(first, [...(table.get(first) ?? []), phrase]);
  }
  for (const list of table.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return table;
}

function longestAt(table: Map<string, Phrase[]>, words: Token[], i: number): Phrase | undefined {
  return table.get(words[i]!.term)?.find((p) => p.terms.every((t, k) => words[i + k]?.term === t));
}

const queryTerm = (t: Token, fromLexicon: boolean): QueryTerm => (t.accented ? { term: t.term, accented: t.accented, fromLexicon } : { term: t.term, fromLexicon });

export function createQueryRewriter(
  lexicon: readonly LexiconEntry[],
  fillerWords: readonly string[],
  isOfficial: OfficialPhraseTest = () => false,
): QueryRewriter {
  const lexiconTable = phraseTable(lexicon.flatMap((e) => e.say.map((s) => ({ terms: terms(s), replacement: tokenize(e.means) }))));
  const fillerTable = phraseTable(fillerWords.map((f) => ({ terms: terms(f), replacement: [] })));

  return (query) => {
    const words = tokenize(query);
    const out: QueryTerm[] = [];
    for (let i = 0; i < words.length; ) {
      const phrase = longestAt(lexiconTable, words, i);
      if (phrase) {
        if (isOfficial(phrase.terms)) {
          const said = words.slice(i, i + phrase.terms.length);
          out.push(...said.map((t) => queryTerm(t, false)));
          const extra = phrase.replacement.filter((t) => !said.some((w) => w.term === t.term));
          out.push(...extra.map((t) => ({ ...queryTerm(t, true), optional: true })));
        } else {
          out.push(...phrase.replacement.map((t) => queryTerm(t, true)));
        }
        i += phrase.terms.length;
        continue;
      }
      const filler = longestAt(fillerTable, words, i);
      if (filler) {
        i += filler.terms.length;
        continue;
      }
      out.push(queryTerm(words[i]!, false));
      i++;
    }
    // A query of filler words only ("thủ tục") still means what it says.
    return out.length ? out : words.map((t) => queryTerm(t, false));
  };
}
