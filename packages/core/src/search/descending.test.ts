import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { descending } from './descending.js';

describe('descending', () => {
  it('orders indices by falling value, equal values by rising index, as a comparator sort does', () => {
    // Values from a few magnitudes far apart (the mantissa's low bits carry the index) and -1
    // (a candidate filtered out): ties are frequent.
    const value = fc.constantFrom(-1, 0.5, 1, 1.75, 2, 1e-6, 3.3e5, 12.25);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (list) => {
        const values = Float64Array.from(list);
        const kept = list.filter((v) => v >= 0).length;
        const order = [...descending(values)];
        assert.deepEqual(order.slice(0, kept), [...descending(values, true)].slice(0, kept));
        assert.deepEqual(
          order
            .slice(kept)
            .map((j) => values[j])
            .filter((v) => v! >= 0),
          [],
        );
        assert.equal(new Set(order).size, list.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every value within its bound slack when values differ by less than the index bits', () => {
    const values = Float64Array.from([1, 1 + 2 ** -40, 1 - 2 ** -40, 2]);
    const order = [...descending(values)];
    assert.equal(order[0], 3);
    assert.deepEqual([...order].sort(), [0, 1, 2, 3]);
    // The three near-equal ones come in some order: none is lost or repeated.
    for (const j of order.slice(1)) assert.ok(Math.abs(values[j]! - 1) < 2 ** -31);
  });
});
