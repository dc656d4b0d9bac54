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
const before = memory();
const t0 = performance.now();
const search = engine.build(window.CATALOGUE);
const build = performance.now() - t0;
const times = window.QUERIES.map((q) => {
  const t = performance.now();
  search(q);
  return performance.now() - t;
});
const after = memory();
window.RESULT = { build, times, ...(before !== undefined && after !== undefined ? { heap: after - before } : {}) };
