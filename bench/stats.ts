/** Small helpers shared by the benchmarks. */
// What a bundle weighs is measured the same way here and by `npm run size` (scripts/bundle-size.ts).
export { bundleSize, kb, splitBundleSize } from '../scripts/bundle-size.js';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Median and p95 of the time each call takes, in ms, after a warm-up. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, rounds = 3): { median: number; p95: number; n: number } {
  for (const item of items) fn(item);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      fn(item);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

export function ms(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/**
 * The heap a built thing holds, in bytes (needs --expose-gc): the heap collected with it, less
 * the heap collected once it is dropped — the largest of five builds, since what skews a
 * reading is the collector keeping some of what was dropped, which only makes it smaller —
 * then one more build, returned. Not "after less before the build", which read the build timed
 * just before as kept (-0.2 MB at 5,000 in stop 41's first run).
 */
export function heapOf(make: () => unknown): { bytes: number; keep: unknown } {
  // A "last resort" collection, as a heap snapshot's: after a regular one the heap sometimes
  // still held what had just been dropped (a heap snapshot then found none of it: something
  // only such a collection clears — compiled code's references, we suppose).
  const gc = (globalThis as { gc?: (o: { type: 'major'; flavor: 'last-resort' }) => void }).gc;
  const used = () => {
    gc?.({ type: 'major', flavor: 'last-resort' });
    return process.memoryUsage().heapUsed;
  };
  const trials = Array.from({ length: 5 }, () => {
    const held = [make()];
    const withIt = used();
    held.pop();
    return withIt - used();
  });
  return { bytes: Math.max(...trials), keep: make() };
}

export { random } from '../test/fixtures/random.js';
