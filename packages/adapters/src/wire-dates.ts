/** Dates as backends send them, read in Asia/Ho_Chi_Minh and returned as ISO 8601 with an offset. */
import { vietnamTimeToIso } from '@motcua/core';

/** `yyyyMMddHHmmss` (or `yyyyMMdd`) local Vietnamese time, as the national portal sends it. */
export function fromCompactVietnamTime(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return vietnamTimeToIso(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
}

/**
 * ISO 8601 as REST backends send it (`2024-11-05T08:30:00.000+0700`, `…Z`, or without an
 * offset, which is then Vietnamese local time).
 */
export function fromIsoLike(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', zone] = m;
  if (!zone) return vietnamTimeToIso(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
  if (Number.isNaN(Date.parse(iso))) return null;
  // Reject impossible calendar dates that Date.parse would roll over.
  return vietnamTimeToIso(Number(y), Number(mo), Number(d), 0, 0, 0) ? iso : null;
}

/**
 * `dd/MM/yyyy HH:mm:ss` (or without seconds or time) in Vietnamese local time, as OpenCPS's
 * REST API writes dates (APIDateTimeUtils._NORMAL_PARTTERN); its search index answers
 * `yyyyMMddHHmmss` instead, and ISO 8601 or epoch milliseconds appear too.
 */
export function fromDayFirst(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (m) {
    const [, d, mo, y, h = '0', mi = '0', s = '0'] = m;
    return vietnamTimeToIso(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  }
  if (/^\d{12,13}$/.test(value.trim())) {
    const t = Number(value.trim());
    return Number.isFinite(t) ? new Date(t).toISOString() : null;
  }
  return fromCompactVietnamTime(value) ?? fromIsoLike(value);
}
