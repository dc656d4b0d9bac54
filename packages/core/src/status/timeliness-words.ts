/**
 * Whether a dossier is on time, in words: one set for every surface that writes it (the
 * gateway's no-JavaScript page, a portal page's answer and the status view).
 * Vietnamese is written here; every other language gives `timeliness.<word>` in its table.
 */
import { say, type Lang } from '../language.js';
import type { Timeliness } from './timeliness.js';

/** The Vietnamese words by word key: `{days}` is filled, `{days:one|other}` picks the plural form. */
export const TIMELINESS_WORDS = {
  'on-time': 'Đúng hạn — còn {days} ngày',
  'due-today': 'Đến hạn hôm nay',
  'due-soon': 'Sắp đến hạn — còn {days} ngày',
  overdue: 'Quá hạn {days} ngày',
  'done-on-time': 'Đã giải quyết đúng hạn',
  'done-late': 'Giải quyết trễ {days} ngày',
} as const;

export type TimelinessWord = keyof typeof TIMELINESS_WORDS;

/** Fills `{name}` from `args`, and `{name:one|other}` with the form the number takes (English "1 day", "2 days"; Vietnamese has none). */
export function fillWords(text: string, args: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (m, name: string, one?: string, other?: string) =>
    !(name in args) ? m : one === undefined ? String(args[name]) : Math.abs(Number(args[name])) === 1 ? one : other!,
  );
}

/** A timeliness in a language ('' when there is nothing to say). */
export function timelinessText(t: Timeliness, lang: Lang): string {
  const word: TimelinessWord | undefined =
    t.state === 'due-soon' && t.daysLeft === 0 ? 'due-today' : t.state === 'none' ? undefined : t.state;
  return word ? fillWords(say(lang, `timeliness.${word}`, TIMELINESS_WORDS[word]), { days: t.daysLate ?? t.daysLeft ?? 0 }) : '';
}
