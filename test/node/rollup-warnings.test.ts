// The build prints no warning that is known and harmless, and keeps every other: the filter names
// each known one exactly (code and package). `npm test` builds with MOTCUA_STRICT_BUILD=1, where
// any other warning fails the build.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RollupLog } from 'rollup';
import { isKnownWarning, onwarn } from '../../scripts/rollup-warnings.mjs';

const dep = (path: string) => `/work/node_modules/${path}`;
const ours = '/work/packages/core/src/client.ts';
const warning = (w: Partial<RollupLog> & { code: string }): RollupLog => ({ message: w.code, ...w });

describe("the build's warnings", () => {
  it("leaves out zod's comments, the cycles inside zod and @zxing/library, @zxing's `this`, and the types-only jsx chunk", () => {
    assert.ok(isKnownWarning(warning({ code: 'INVALID_ANNOTATION', id: dep('zod/v4/core/util.js') })));
    assert.ok(
      isKnownWarning(
        warning({ code: 'CIRCULAR_DEPENDENCY', ids: [dep('zod/v4/core/core.js'), dep('zod/v4/core/util.js'), dep('zod/v4/core/core.js')] }),
      ),
    );
    assert.ok(
      isKnownWarning(warning({ code: 'CIRCULAR_DEPENDENCY', ids: [dep('@zxing/library/esm/a.js'), dep('@zxing/library/esm/b.js')] })),
    );
    assert.ok(isKnownWarning(warning({ code: 'THIS_IS_UNDEFINED', id: dep('@zxing/library/esm/core/ArgumentException.js') })));
    assert.ok(isKnownWarning(warning({ code: 'EMPTY_BUNDLE', names: ['jsx'] })));
  });

  it('keeps the same kinds of warning about our code or another package, and any other kind', () => {
    assert.ok(!isKnownWarning(warning({ code: 'INVALID_ANNOTATION', id: ours })));
    assert.ok(!isKnownWarning(warning({ code: 'INVALID_ANNOTATION', id: dep('lit-html/lit-html.js') })));
    assert.ok(!isKnownWarning(warning({ code: 'CIRCULAR_DEPENDENCY', ids: [ours, dep('zod/v4/core/core.js'), ours] })));
    assert.ok(!isKnownWarning(warning({ code: 'CIRCULAR_DEPENDENCY', ids: [dep('zod/a.js'), dep('@zxing/library/b.js')] })));
    assert.ok(!isKnownWarning(warning({ code: 'THIS_IS_UNDEFINED', id: ours })));
    assert.ok(!isKnownWarning(warning({ code: 'EMPTY_BUNDLE', names: ['index'] })));
    assert.ok(!isKnownWarning(warning({ code: 'UNRESOLVED_IMPORT', id: ours })));
  });

  it('shows an unknown warning, and fails on it under npm test', () => {
    const shown: RollupLog[] = [];
    const strict = process.env.MOTCUA_STRICT_BUILD;
    try {
      delete process.env.MOTCUA_STRICT_BUILD;
      onwarn(warning({ code: 'INVALID_ANNOTATION', id: dep('zod/v4/core/util.js') }), (w) => shown.push(w as RollupLog));
      onwarn(warning({ code: 'UNRESOLVED_IMPORT', id: ours }), (w) => shown.push(w as RollupLog));
      assert.deepEqual(
        shown.map((w) => w.code),
        ['UNRESOLVED_IMPORT'],
      );
      process.env.MOTCUA_STRICT_BUILD = '1';
      assert.throws(
        () => onwarn(warning({ code: 'UNRESOLVED_IMPORT', id: ours }), () => {}),
        /rollup warned \(UNRESOLVED_IMPORT\), and the build must have no warnings/,
      );
    } finally {
      if (strict === undefined) delete process.env.MOTCUA_STRICT_BUILD;
      else process.env.MOTCUA_STRICT_BUILD = strict;
    }
  });
});
