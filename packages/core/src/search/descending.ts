/** Candidates in order of falling bound, for the search's branch and bound (procedure-index.ts). */

/**
 * The indices of `values` by falling value (equal values by rising index; negative ones — the
 * candidates filtered out — last, in no set order), sorted by the
 * engine's native numeric sort instead of a comparator called n log n times — most of a
 * query's cost in code not yet compiled (issue 29: the first searches on a phone). Each
 * index rides in the low 20 bits of its value's mantissa, which moves the value by less than
 * 2⁻³² of itself: callers compare against bounds with more slack than that (procedure-index.ts,
 * `most`). `byComparator` sorts with a comparator (the tests compare both).
 */
export function descending(values: Float64Array, byComparator = false): Int32Array | number[] {
  const n = values.length;
  if (byComparator || n > INDEX_BITS_MASK || !LITTLE_ENDIAN) {
    const order = Array.from({ length: n }, (_, j) => j);
    return order.sort((x, y) => values[y]! - values[x]! || x - y);
  }
  const keys = values.slice();
  const words = new Uint32Array(keys.buffer);
  for (let j = 0; j < n; j++) words[2 * j] = (words[2 * j]! & ~INDEX_BITS_MASK) | (INDEX_BITS_MASK - j);
  keys.sort();
  const order = new Int32Array(n);
  for (let r = 0; r < n; r++) order[r] = INDEX_BITS_MASK - (words[2 * (n - 1 - r)]! & INDEX_BITS_MASK);
  return order;
}
const INDEX_BITS_MASK = 0xfffff;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
