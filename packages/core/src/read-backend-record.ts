/**
 * `@motcua/core/tolerant`: reading what can be read of a backend's record, for adapters —
 * naming the fields left out, and throwing with the field when a required one is broken
 * (drop-unreadable.ts finds what to leave out).
 * Its own entry so that pages which only show answers do not carry it in their first download.
 */
import type * as z from 'zod/mini';
import { readTolerant } from './drop-unreadable.js';
import { fieldPath, parseResponse } from './validate.js';

/**
 * Parses what can be read: broken parts that are not required are left out and listed in
 * `dropped` (e.g. `steps[2].dueAt`); a broken required one throws like `parseResponse`,
 * naming the field.
 */
export function parseTolerant<S extends z.ZodMiniType>(schema: S, value: unknown, label: string): { value: z.infer<S>; dropped: string[] } {
  const read = readTolerant(schema, value);
  if (!read) return { value: parseResponse(schema, value, label), dropped: [] };
  return { value: read.value, dropped: read.dropped.map(fieldPath) };
}
