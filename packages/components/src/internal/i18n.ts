/**
 * User-facing strings, Vietnamese first and English second. Each element carries its own
 * table (`<element>.strings.ts`), so a page loads only the words of the elements it uses.
 * A portal overrides any of them, for every element on the page:
 *
 *   import { registerStrings } from '@motcua/components';
 *   registerStrings('vi', { lookupButton: 'Xem hồ sơ' });
 */

import type { Lang } from '@motcua/core';

export type { Lang };
/**
 * One string in both languages; `{name}` is filled from the arguments, and `{name:one|other}`
 * picks a word by the number's plural form (English "1 day", "2 days"; Vietnamese has none).
 */
export type Localized = Readonly<Record<Lang, string>>;
export type StringTable<K extends string = string> = Readonly<Record<K, Localized>>;

/**
 * Each element's table of words, declared by its own `<element>.strings.ts` (declaration
 * merging, as `HTMLElementTagNameMap` does): shared code names no element.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each element's strings file
export interface ElementStrings {}

/** Every key of every element. */
export type StringKey = { [E in keyof ElementStrings]: keyof ElementStrings[E] & string }[keyof ElementStrings];
export type Strings = Record<StringKey, string>;

const overrides: Record<Lang, Partial<Record<string, string>>> = { vi: {}, en: {} };

/** Overrides some strings of a language, for every element on the page. */
export function registerStrings(lang: Lang, strings: Partial<Strings>): void {
  Object.assign(overrides[lang], strings);
}

/** `vi` unless the language tag is English. */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'vi';
}

export function translate(lang: Lang, table: StringTable, key: string, args: Record<string, string | number> = {}): string {
  const text = overrides[lang][key] ?? table[key]?.[lang] ?? key;
  return text.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (m, name: string, one?: string, other?: string) =>
    !(name in args) ? m : one === undefined ? String(args[name]) : Math.abs(Number(args[name])) === 1 ? one : other!,
  );
}
