/**
 * Languages as files. Vietnamese is built in: every text carries its Vietnamese words where it
 * is written, so a bundle keeps only those it uses. Any other language is one table of words by
 * key — one file — registered with `registerLanguage()`, either at once (a table) or to load on
 * its first use (a loader: `() => import('./locales/en.js')`). One registry for the SDK, the
 * gateway and the elements: a language registered here speaks on every surface.
 */
import type { ErrorKind } from './errors.js';
import type { KeyKind } from './key-kind.js';
import type { DossierStatusCode } from './status/codes.js';
import type { TimelinessWord } from './status/timeliness-words.js';

/** A language: `vi` (built in), `en`, or any tag registered here, lower-case (`resolveLang()` gives one). */
export type Lang = string;

/** A language's words by key. */
export type Words = Readonly<Record<string, string>>;

/**
 * A text fit to show a citizen. `vi` is written where the text is; the other languages come
 * from their tables under `key` (`textIn(text, lang)`; `en` is also readable as a property, and a
 * text serialises as `{ vi, en }`, the gateway's wire format). A text without a key carries its
 * English itself: `{ vi, en }` (a gateway's or an adapter's own message).
 */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
  readonly key?: string;
}

/** A text's Vietnamese words and its key in every other language's table (`textIn()` gives it in any). */
export interface KeyedText {
  readonly vi: string;
  readonly key: string;
}

/** The keys of the core's own texts, which every language's table gives (see locales/en.ts). */
export type CoreWordKey =
  | `error.${ErrorKind}`
  | `key.${KeyKind}.${'label' | 'required' | 'hint' | 'invalid' | 'wrong' | 'needed'}`
  | `restricted.${KeyKind}`
  | `status.${DossierStatusCode}`
  | `timeliness.${TimelinessWord}`
  | 'code.invalid'
  | 'procedure.invalid'
  | 'search.not-text'
  | 'search.too-long'
  | 'search.bad-filter';

type Loader = () => Promise<{ default: Words }>;

const tables: Record<Lang, Record<string, string>> = { vi: {} };
const loaders: Record<Lang, Loader> = {};
const loading: Record<Lang, Promise<void>> = {};
const own = (record: object, key: string) => Object.hasOwn(record, key);

/**
 * Registers a language's words. A table is added at once, over any words the language had (a
 * portal's own wording wins); a loader (`() => import('./locales/fr.js')`, a module whose
 * default export is the table) loads with the language's first use (`loadLanguage()`), under
 * any words registered before it.
 */
export function registerLanguage(lang: Lang, words: Partial<Words> | Loader): void {
  const tag = lang.toLowerCase();
  if (typeof words === 'function') loaders[tag] = words;
  else Object.assign(own(tables, tag) ? tables[tag]! : (tables[tag] = {}), words);
}

/**
 * Loads a language registered with a loader, once; resolves when its words are there. Nothing
 * to wait for (Vietnamese, a table, a language loaded before): undefined. Never rejects: if the
 * file cannot load, texts stay Vietnamese and the next call tries again.
 */
export function loadLanguage(lang: Lang): Promise<void> | undefined {
  const tag = lang.toLowerCase();
  const load = own(loaders, tag) ? loaders[tag]! : undefined;
  if (!load) return undefined;
  return (loading[tag] ??= load().then(
    (module) => {
      delete loaders[tag];
      tables[tag] = { ...module.default, ...tables[tag] };
    },
    () => void delete loading[tag],
  ));
}

/**
 * The language a tag names among Vietnamese and the registered ones: the whole tag
 * (`x-pseudo`), else its primary subtag (`en-GB` → `en`); Vietnamese when none. Takes a list
 * too (an Accept-Language header): the first language in it that is known, skipping `q=0`.
 */
export function resolveLang(tags: string | null | undefined): Lang {
  for (const item of (tags ?? '').split(',')) {
    const [tag = '', q] = item.split(';');
    if (q && /^\s*q=0(\.0*)?\s*$/.test(q)) continue;
    for (const parts = tag.trim().toLowerCase().split('-'); parts.length && parts[0]; parts.pop()) {
      const lang = parts.join('-');
      if (own(tables, lang) || own(loaders, lang)) return lang;
    }
  }
  return 'vi';
}

/** Vietnamese and every registered language (loaded or not), in the order they were registered. */
export function languages(): Lang[] {
  return [...new Set([...Object.keys(tables), ...Object.keys(loaders)])];
}

/** A word registered for a language under a key, if there is one (no fallback). */
export function wordIn(lang: Lang, key: string): string | undefined {
  const table = tables[lang.toLowerCase()];
  return table && own(table, key) ? table[key] : undefined;
}

/** A word in a language: its table's, else Vietnamese (a registered Vietnamese word, else `vi`). */
export function say(lang: Lang, key: string, vi: string): string {
  return wordIn(lang, key) ?? wordIn('vi', key) ?? vi;
}

/** A text in a language (Vietnamese when the language has no word for it). */
export function textIn(text: LocalizedText | KeyedText, lang: Lang): string {
  if (text.key) return say(lang, text.key, text.vi);
  const inline = (text as unknown as Record<string, unknown>)[lang.toLowerCase()];
  return typeof inline === 'string' ? inline : text.vi;
}

/** A text by key (the core's are `CoreWordKey`s, the elements' their words' keys), with its Vietnamese words. */
export function localized(key: string, vi: string): LocalizedText {
  return Object.defineProperties({ vi } as LocalizedText, {
    en: { enumerable: true, get: () => say('en', key, vi) },
    key: { value: key },
  });
}

/** Texts under one prefix, keyed `<prefix>.<name>`. */
export function localizedAll<N extends string>(prefix: string, vi: Record<N, string>): Record<N, LocalizedText> {
  const out = {} as Record<N, LocalizedText>;
  for (const name in vi) out[name] = localized(`${prefix}.${name}`, vi[name]);
  return out;
}
