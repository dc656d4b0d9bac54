/**
 * fast-check arbitraries for fuzzing wire mappings: a realistic record with some of its
 * fields (at any depth) swapped for junk — missing, null, the wrong type, empty, huge,
 * hostile markup, malformed dates — the way a backend upgrade or a bad row breaks them.
 */
import assert from 'node:assert/strict';
import { MotcuaError, type Dossier } from '@motcua/core';
import { DossierSchema } from '@motcua/core/model';
import fc from 'fast-check';
import { PAYLOADS } from '../fixtures/hostile.mjs';

export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom(...PAYLOADS, '2024-02-30T08:00:00+0700', '20241345083000', '31/12/2024', 'NaN', '-1', '1e309'),
  fc.jsonValue({ maxDepth: 2 }),
);

/**
 * `template` with each value kept or, once in `odds`, replaced by junk, recursively (arrays
 * are sometimes doubled too). The default breaks one or two fields of a 30-field record.
 */
export function mutated(template: unknown, odds = 20): fc.Arbitrary<unknown> {
  const keepOr = (kept: fc.Arbitrary<unknown>) => fc.oneof({ weight: odds - 1, arbitrary: kept }, { weight: 1, arbitrary: junk });
  if (Array.isArray(template)) {
    const items = fc.tuple(...template.map((t) => mutated(t, odds)));
    return keepOr(
      fc.oneof(
        items,
        items.map((a) => [...a, ...a]),
      ),
    );
  }
  if (template !== null && typeof template === 'object') {
    return keepOr(fc.record(Object.fromEntries(Object.entries(template).map(([k, v]) => [k, mutated(v, odds)]))));
  }
  return keepOr(fc.constant(template));
}

/**
 * For mapping properties: each call must give a model the schema accepts, or reject with a
 * typed bad-response (or not-found) error — never a crash, never a half-filled object.
 * `outcomes` counts both, so a test can show the mutations reached both.
 */
export function mappingCheck() {
  const outcomes = { mapped: 0, refused: 0 };
  async function check(call: () => Promise<unknown>, schema: { safeParse(value: unknown): { success: boolean } }): Promise<void> {
    const outcome = await call().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    if ('error' in outcome) {
      assert.ok(
        outcome.error instanceof MotcuaError && ['bad-response', 'not-found'].includes(outcome.error.kind),
        `untyped: ${String(outcome.error)}`,
      );
      outcomes.refused++;
    } else {
      assert.ok(schema.safeParse(outcome.value).success, `an invalid model: ${JSON.stringify(outcome.value).slice(0, 300)}`);
      outcomes.mapped++;
    }
  }
  return { outcomes, check };
}

/**
 * Like `mutated`, but the fields at `keep` (paths such as `['procedure', 'translate']`)
 * stay as they are: what a citizen cannot do without. Everything else — any optional
 * field, at any depth — may be broken; a tolerant mapping must still answer.
 */
export function mutatedOptional(template: unknown, keep: ReadonlyArray<ReadonlyArray<string>>, odds = 8): fc.Arbitrary<unknown> {
  const kept = (path: readonly string[]) => keep.some((k) => k.length === path.length && k.every((p, i) => p === path[i]));
  const onPath = (path: readonly string[]) => keep.some((k) => k.length > path.length && path.every((p, i) => p === k[i]));
  const walk = (value: unknown, path: string[]): fc.Arbitrary<unknown> => {
    if (kept(path)) return fc.constant(value);
    // An object on the way to a kept field stays an object; its other fields may break.
    if (onPath(path) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return fc.record(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])])));
    }
    return mutated(value, odds);
  };
  return walk(template, []);
}

/**
 * The property every backend adapter holds: whatever is broken among the optional fields of a
 * real-shaped record (those outside `keep`), the dossier is still read, valid, with its
 * status. `serve` makes the backend answer with the record; `read` looks the dossier up.
 */
export async function assertReadsWithBrokenOptionals(
  template: unknown,
  keep: ReadonlyArray<ReadonlyArray<string>>,
  { serve, read, status }: { serve: (record: unknown) => void; read: () => Promise<Dossier>; status: number },
): Promise<void> {
  let changed = 0;
  await fc.assert(
    fc.asyncProperty(mutatedOptional(template, keep), async (record) => {
      serve(record);
      const dossier = await read();
      assert.ok(DossierSchema.safeParse(dossier).success);
      assert.equal(dossier.status, status);
      if (JSON.stringify(record) !== JSON.stringify(template)) changed++;
    }),
    { numRuns: 200 },
  );
  assert.ok(changed > 100, 'the mutations reached the optional fields');
}
