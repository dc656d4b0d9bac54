/**
 * The browser half of the search bench: bundled with esbuild and run in Chromium (with
 * CDP CPU throttling) by search.bench.ts. The catalogue comes in `window.CATALOGUE`; the
 * page builds each engine once and times the first queries after the build (cold).
 */
import type { Procedure } from '@motcua/core';
import { COLD_ENGINES } from './search-engines.js';

declare global {
  interface Window {
    CATALOGUE: Procedure[];
    QUERIES: string[];
    ENGINE: string;
    RESULT?: { build: number; times: number[]; heap?: number };
  }
}

const engine = COLD_ENGINES.find((e) => e.name === window.ENGINE)!;
const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
const t0 = performance.now();
let search: ((q: string) => string[]) | undefined = engine.build(window.CATALOGUE);
const build = performance.now() - t0;
const times = window.QUERIES.map((q) => {
  const t = performance.now();
  search!(q);
  return performance.now() - t;
});
// The index's own heap, once the timed queries are done: collected with it, then without it
// (Chromium runs with --expose-gc; nothing is collected before the timing). "Last resort"
// collections, as bench/stats.ts's heapOf explains.
const gc = (window as unknown as { gc?: (o: { type: 'major'; flavor: 'last-resort' }) => void }).gc;
gc?.({ type: 'major', flavor: 'last-resort' });
const withIndex = memory();
search = undefined;
gc?.({ type: 'major', flavor: 'last-resort' });
const without = memory();
window.RESULT = { build, times, ...(gc && withIndex !== undefined && without !== undefined ? { heap: withIndex - without } : {}) };
