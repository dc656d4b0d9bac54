/** How adapters read a backend's records: loose values, dates, levels, and tolerant reading of dossiers and lists with reports of what was left out. */
import { foldVietnamese, isMotcuaError, MotcuaError, parseResponse, type Dossier, type Level, type OnlineService } from '@motcua/core';
import * as z from 'zod/mini';
import { parseTolerant } from '@motcua/core/tolerant';

/** A string with something in it: a title or code of only spaces is missing. */
export const nonBlank = z.string().check(z.regex(/\S/));
/** Text or a number, as loosely typed backends send identifiers and amounts; never blank. */
export const looseText = z.union([nonBlank, z.number()]);
/** The same, optional: null and blank mean absent. */
export const optionalLoose = z.optional(z.nullable(z.union([z.string(), z.number()])));

export function badField(label: string, field: string, detail: string): MotcuaError {
  return new MotcuaError('bad-response', `${label}: invalid field "${field}" (${detail})`, { field });
}

/** A non-empty trimmed string, or undefined. */
export function text(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  return s || undefined;
}

/**
 * Reads an optional date with `parse`: one that is not a date is left out and its field
 * added to `dropped` (the record is kept; the operator's log says what was lost).
 */
export function softDate(
  value: string | number | null | undefined,
  parse: (s: string) => string | null,
  field: string,
  dropped: string[],
): string | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  const iso = parse(s);
  if (!iso) dropped.push(field);
  return iso ?? undefined;
}

/** Reads a date with `parse`, throwing a bad-response error that names the field when it is not one. */
export function date(
  value: string | number | null | undefined,
  parse: (s: string) => string | null,
  label: string,
  field: string,
): string | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  const iso = parse(s);
  if (!iso) throw badField(label, field, `not a date: ${s.slice(0, 40)}`);
  return iso;
}

/** "Cấp Tỉnh" / "Cấp huyện" / "Cấp xã" or 1 / 2 / 3 → the core's levels. */
export function level(value: string | number | null | undefined): Level | undefined {
  const s = foldVietnamese(String(value ?? ''));
  if (/tinh|province|^1$/.test(s)) return 'province';
  if (/huyen|district|thanh pho thuoc tinh|^2$/.test(s)) return 'district';
  if (/\bxa\b|phuong|thi tran|commune|^3$/.test(s)) return 'commune';
  return undefined;
}

/**
 * How much of a procedure can be done online: since Nghị định 42/2022 "toàn trình" / "một
 * phần"; older systems say mức độ 4 / 3 (1–2: not online), as words or numbers.
 */
export function onlineService(value: string | number | null | undefined): OnlineService | undefined {
  const s = foldVietnamese(String(value ?? '')).trim();
  if (/toan trinh|muc do 4|^4$/.test(s)) return 'full';
  if (/mot phan|muc do 3|^3$/.test(s)) return 'partial';
  if (/khong|muc do [12]|^[12]$/.test(s)) return 'none';
  return undefined;
}

/** Catalogue records an adapter skipped, or read without some fields, because they could not be read. */
export interface SkippedRecords {
  /** Which list, e.g. `static catalogue https://…/tthc.json`. */
  label: string;
  /** Records in the list. */
  total: number;
  /** One `bad-response` error per skipped record, naming its field, e.g. `procedures[3].sector.name`. */
  skipped: MotcuaError[];
  /** Fields left out of records that were kept, e.g. `procedures[7].processingTime.unit`. */
  dropped: string[];
}

const some = (fields: readonly (string | undefined)[]) => `${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ', …' : ''}`;

/** The default: say it on the console, where the portal's webmaster or the gateway's log will see it. */
export function warnSkipped({ label, total, skipped, dropped }: SkippedRecords): void {
  if (skipped.length)
    console.warn(
      `motcua: ${label}: skipped ${skipped.length} of ${total} records that could not be read (${some(skipped.map((e) => e.field))})`,
    );
  if (dropped.length)
    console.warn(`motcua: ${label}: left out ${dropped.length} fields that could not be read, keeping their records (${some(dropped)})`);
}

/** Fields a dossier lookup left out because they could not be read; the dossier was served without them. */
export interface DroppedFields {
  /** Which backend call, e.g. `igate dossier`. */
  label: string;
  code: string;
  /** e.g. `task[2].dueDate`, `dossierStatus.id (unknown status 16, shown as 4)`. */
  fields: string[];
}

export function warnDropped({ label, code, fields }: DroppedFields): void {
  console.warn(`motcua: ${label} ${code}: left out ${fields.length} fields that could not be read, serving the rest (${some(fields)})`);
}

/**
 * Reads one dossier record tolerantly: broken parts the schema does not require are dropped
 * (parseTolerant), `map` drops what it cannot read in turn (adding to the list it is given),
 * and both are reported once. Only what a citizen cannot do without — code, status,
 * procedure name — fails the lookup, as a `bad-response` naming the field.
 */
export function readDossier<S extends z.ZodMiniType>(
  raw: unknown,
  schema: S,
  map: (record: z.infer<S>, dropped: string[]) => Dossier,
  where: { label: string; code: string; onDropped?: ((report: DroppedFields) => void) | undefined },
): Dossier {
  const read = parseTolerant(schema, raw, where.label);
  const dropped = [...read.dropped];
  const dossier = map(read.value, dropped);
  if (dropped.length) (where.onDropped ?? warnDropped)({ label: where.label, code: where.code, fields: dropped });
  return dossier;
}

/**
 * Reads a catalogue list record by record: a broken field that is not required is left out
 * (parseTolerant), a record whose required fields cannot be read is skipped, and both are
 * reported, so one bad entry among thousands does not empty the directory citizens see.
 * A list of which no record can be read (a changed wire format, most likely) is refused.
 */
export function readRecords<S extends z.ZodMiniType, T>(
  list: unknown,
  schema: S,
  map: (record: z.infer<S>) => T,
  where: { label: string; path: string; onSkipped?: ((report: SkippedRecords) => void) | undefined },
): T[] {
  const items = parseResponse(z.array(z.unknown()), list, `${where.label} (${where.path})`);
  const out: T[] = [];
  const skipped: MotcuaError[] = [];
  const dropped: string[] = [];
  items.forEach((item, i) => {
    const at = `${where.path}[${i}]`;
    try {
      const read = parseTolerant(schema, item, `${where.label} ${at}`);
      out.push(map(read.value));
      dropped.push(...read.dropped.map((field) => `${at}.${field}`));
    } catch (error) {
      if (!(isMotcuaError(error) && error.kind === 'bad-response')) throw error;
      skipped.push(new MotcuaError('bad-response', error.detail, { field: error.field ? `${at}.${error.field}` : at, cause: error }));
    }
  });
  if (skipped.length && !out.length) {
    throw new MotcuaError(
      'bad-response',
      `${where.label}: none of the ${items.length} records could be read; first: ${skipped[0]!.detail}`,
      { field: skipped[0]!.field!, cause: skipped[0] },
    );
  }
  if (skipped.length || dropped.length) (where.onSkipped ?? warnSkipped)({ label: where.label, total: items.length, skipped, dropped });
  return out;
}
