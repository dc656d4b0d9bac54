/** Small helpers shared by the benchmarks. */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

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

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Heap growth caused by building something, in bytes (needs --expose-gc). */
export function heapOf(make: () => unknown): { bytes: number; keep: unknown } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = make();
  gc?.();
  return { bytes: process.memoryUsage().heapUsed - before, keep };
}

/** Minified and gzipped size of an ES module entry bundled with its dependencies. */
export async function bundleSize(contents: string, resolveDir = '.'): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['motcua-source', 'production'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Deterministic pseudo-random numbers (mulberry32), so synthetic data is the same each run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
