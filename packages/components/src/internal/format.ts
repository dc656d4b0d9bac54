/** Dates and amounts as Vietnamese readers expect them, whatever the device's locale. */
import { vietnamDate } from '@motcua/core';
import type { Lang } from './i18n.js';

/** `15/11/2024` (day first, in Vietnam time). */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = vietnamDate(iso).split('-');
  return `${d}/${m}/${y}`;
}

/** `08:30 15/11/2024`. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = new Date(Date.parse(iso) + 7 * 3_600_000);
  const hh = String(t.getUTCHours()).padStart(2, '0');
  const mm = String(t.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} ${formatDate(iso)}`;
}

/**
 * `20.000` in Vietnamese, `20,000` in English: the language's own grouping and decimal mark
 * (Vietnamese's for a tag the browser does not know). An amount's currency is a word (`money`).
 */
export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 0): string {
  try {
    return n.toLocaleString(lang === 'vi' ? 'vi-VN' : lang, { maximumFractionDigits });
  } catch {
    return n.toLocaleString('vi-VN', { maximumFractionDigits });
  }
}

/** Only http(s) links are followed; anything else a backend sends (javascript:, data:) is not a link. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, document.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
