/** Helpers shared by the adapters that map a backend's wire format to the core model. */
import { foldVietnamese, MotcuaError, type Level } from '@motcua/core';
import * as z from 'zod/mini';

/** A string with something in it: a title or code of only spaces is missing. */
export const nonBlank = z.string().check(z.regex(/\S/));
/** Text or a number, as loosely typed backends send identifiers and amounts; never blank. */
export const looseText = z.union([nonBlank, z.number()]);
/** The same, optional: null and blank mean absent. */
export const optionalLoose = z.optional(z.nullable(z.union([z.string(), z.number()])));

export function badField(what: string, field: string, detail: string): MotcuaError {
  return new MotcuaError('bad-response', `${what}: invalid field "${field}" (${detail})`, { field });
}

/** A non-empty trimmed string, or undefined. */
export function text(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  return s || undefined;
}

/** Reads a date with `parse`, throwing a bad-response error that names the field when it is not one. */
export function date(value: string | number | null | undefined, parse: (s: string) => string | null, what: string, field: string): string | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  const iso = parse(s);
  if (!iso) throw badField(what, field, `not a date: ${s.slice(0, 40)}`);
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
