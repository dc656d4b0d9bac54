/**
 * `x-pseudo`, a language for tests only: the English words with their letters accented and each
 * text in brackets ("Received" → "[Ŕéçéîvéð]"), so a screen shows at a glance any word left in
 * Vietnamese or English. It is added the way a portal adds a language — this one file, which
 * registers a whole table (every key of the elements and of the core), and one line: importing it.
 */
import { registerLanguage } from '@motcua/core';
import en from '@motcua/components/locales/en';
// The gateway's own words (its pages, refusals, pushes): its file's keys, in the same table.
import gatewayEn from '@motcua/gateway/locales/en';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ'].map((c, i) => [c, [...'åƀçðéĝĥîķĺñöŕšţûŵýžÅƁÇÐÉĜĤÎĶĹÑÖŔŠŢÛŴÝŽ'][i]!]),
);

/** Accents the letters of a text, leaving its `{placeholders}` (and `{n:one|other}` names) as they are. */
export function pseudo(text: string): string {
  const parts = text.split(/(\{\w+(?::[^|}]*\|[^}]*)?\})/);
  const accent = (s: string) => s.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
  return `[${parts.map((p, i) => (i % 2 ? p.replace(/:(.*)$/, (_, forms: string) => `:${accent(forms)}`) : accent(p))).join('')}]`;
}

export const X_PSEUDO: Record<string, string> = Object.fromEntries(
  Object.entries({ ...en, ...gatewayEn }).map(([key, text]) => [key, pseudo(text)]),
);

registerLanguage('x-pseudo', X_PSEUDO);
