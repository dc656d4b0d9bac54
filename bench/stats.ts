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

/** Heap growth caused by building something, in bytes (needs --expose-gc). */
export function heapOf(make: () => unknown): { bytes: number; keep: unknown } {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: one collection can leave garbage of the moment before unswept (a negative reading
  // at 5,000 in stop 41's first run).
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = make();
  gc?.();
  gc?.();
  return { bytes: process.memoryUsage().heapUsed - before, keep };
}

export { random } from '../test/fixtures/random.js';
