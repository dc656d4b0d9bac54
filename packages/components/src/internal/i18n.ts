/**
 * User-facing words. Vietnamese is written in each element's table (`<element>.strings.ts`), so
 * a page loads only the words of the elements it uses. Every other language is one file,
 * `src/locales/<lang>.ts`, whose default export is a table of every key (the elements' and the
 * core's, type `Strings`); the package's own load with a page's first use of the language (the
 * lines below). A portal adds a language, or changes any word, for every element on the page:
 *
 *   import { registerStrings } from '@motcua/components';
 *   registerStrings('vi', { lookupButton: 'Xem hồ sơ' });
 *   registerStrings('fr', fr); // a whole language: one file, and this one line
 */

import { registerLanguage, textIn, wordIn, type CoreWordKey, type Lang, type LocalizedText } from '@motcua/core';
import { rerenderHosts } from './lang-controller.js';

export type { Lang };

/**
 * The languages this package ships besides Vietnamese, each loaded with its first use on a
 * page (a chunk of its own: a Vietnamese page never downloads it). A new one: its file in
 * ../locales/ and one line here.
 */
registerLanguage('en', () => import('../locales/en.js'));

/**
 * A word in Vietnamese, or one of the core's texts (an error message, a key's label: the
 * core's table gives it in every language). `{name}` is filled from the arguments, and
 * `{name:one|other}` picks a word by the number's plural form (English "1 day", "2 days";
 * Vietnamese has none).
 */
export type StringTable = Readonly<Record<string, string | LocalizedText>>;

/**
 * Each element's table of words, declared by its own `<element>.strings.ts` (declaration
 * merging, as `HTMLElementTagNameMap` does): shared code names no element.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each element's strings file
export interface ElementStrings {}

/** Every key of every element. */
export type StringKey = { [E in keyof ElementStrings]: keyof ElementStrings[E] & string }[keyof ElementStrings];
/** The elements' keys whose words they write themselves (the rest are the core's texts). */
type OwnKey = {
  [E in keyof ElementStrings]: {
    [K in keyof ElementStrings[E]]: ElementStrings[E][K] extends string ? K : never;
  }[keyof ElementStrings[E]] &
    string;
}[keyof ElementStrings];

/** A whole language: every word of every element and of the core (what a file in locales/ gives). */
export type Strings = Record<OwnKey | CoreWordKey, string>;

/**
 * Registers words of a language for every element on the page (and the core's messages): a
 * few, over the shipped ones, or a whole language (`Strings`), which `lang` then selects.
 */
export function registerStrings(lang: Lang, strings: Partial<Strings> | Partial<Record<StringKey, string>>): void {
  registerLanguage(lang, strings as Partial<Record<string, string>>);
  rerenderHosts();
}

export function translate(lang: Lang, table: StringTable, key: string, args: Record<string, string | number> = {}): string {
  const entry = table[key];
  // A word registered for the language under the element's key; else the core's text in the
  // language; else the language's or a registered Vietnamese word; else the element's Vietnamese.
  const text = wordIn(lang, key) ?? (typeof entry === 'object' ? textIn(entry, lang) : (wordIn('vi', key) ?? entry ?? key));
  return text.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (m, name: string, one?: string, other?: string) =>
    !(name in args) ? m : one === undefined ? String(args[name]) : Math.abs(Number(args[name])) === 1 ? one : other!,
  );
}
