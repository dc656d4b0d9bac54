import type * as z from 'zod/mini';
import { MotcuaError } from './errors.js';

/** `steps[2].dueAt` from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}

/** Parses with a schema, or throws a `bad-response` error that names the first broken field. */
export function parseResponse<S extends z.ZodMiniType>(schema: S, value: unknown, label: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? fieldPath(issue.path) : '';
  throw new MotcuaError('bad-response', `${label}: invalid field "${field || '(root)'}" (${issue?.code ?? 'invalid'})`, {
    field,
    cause: result.error,
  });
}
