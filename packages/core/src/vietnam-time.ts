/**
 * Vietnam has kept UTC+7 without daylight saving since 1975, so calendar days in
 * Asia/Ho_Chi_Minh are computed from a fixed offset: this is right whatever the
 * machine's own time zone, and needs no Intl time-zone data (absent on some phones).
 */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

export type DateInput = Date | number | string;

function toMs(value: DateInput): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${String(value)}`);
  return ms;
}

/** Whole days since 1970-01-01 on the calendar of Vietnam. */
export function vietnamDayNumber(value: DateInput): number {
  return Math.floor((toMs(value) + OFFSET_MS) / DAY_MS);
}

/** `YYYY-MM-DD` of the given instant on the calendar of Vietnam. */
export function vietnamDate(value: DateInput): string {
  return new Date(toMs(value) + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The ISO 8601 instant (with `+07:00`) of a wall-clock time in Vietnam, or null when the
 * fields are not a real calendar time. Backends send local times without an offset.
 */
export function vietnamTimeToIso(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): string | null {
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day ||
    utc.getUTCHours() !== hour ||
    utc.getUTCMinutes() !== minute ||
    utc.getUTCSeconds() !== second
  ) {
    return null;
  }
  return `${utc.toISOString().slice(0, 19)}+07:00`;
}
