/**
 * Tolerant parsing: keep what can be read of a record, dropping the broken parts a schema
 * does not require. Self-contained (no import from the rest of the core) so that a bundler
 * can leave it in the chunk that loads with the schemas instead of the page's first
 * download; callers name fields and throw (read-backend-record.ts, `@motcua/core/tolerant`).
 */
import type * as z from 'zod/mini';

type Path = readonly PropertyKey[];

/** A copy of `value` without what `path` points at (an array item is removed, a property deleted). */
function without(value: unknown, path: Path): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    return rest.length ? value.map((item, i) => (i === head ? without(item, rest) : item)) : value.filter((_, i) => i !== head);
  }
  const copy: Record<PropertyKey, unknown> = { ...(value as Record<PropertyKey, unknown>) };
  if (rest.length) copy[head as string] = without(copy[head as string], rest);
  else delete copy[head as string];
  return copy;
}

function has(value: unknown, path: Path): boolean {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !(key in at)) return false;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/**
 * Parses like `schema.safeParse`, but a broken part that is not required is dropped instead
 * of failing the whole record: an unknown word in an optional field, a list item that cannot
 * be read (the list keeps the others). `dropped` holds the paths left out, for a log.
 * Undefined when something required is broken: the caller parses strictly to name it.
 */
export function readTolerant<S extends z.ZodMiniType>(schema: S, value: unknown): { value: z.infer<S>; dropped: Path[] } | undefined {
  const dropped: Path[] = [];
  let candidate = value;
  // Each round removes one broken part; a record has only so many.
  for (let round = 0; round < 50; round++) {
    const result = schema.safeParse(candidate);
    if (result.success) return { value: result.data, dropped };
    const path = result.error.issues[0]?.path ?? [];
    // A broken value goes; a missing required one takes the item or object that holds it.
    const target = has(candidate, path) ? path : path.slice(0, -1);
    if (target.length === 0) break;
    dropped.push(target);
    candidate = without(candidate, target);
  }
  return undefined;
}
