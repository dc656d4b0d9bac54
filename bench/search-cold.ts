/**
 * One cold run, in a fresh Node process (called by search.bench.ts): builds one engine over
 * the 5,000-procedure catalogue and times the first queries after the build, in the order a
 * portal would get them, with no warm-up. Prints JSON: { build, times }.
 */
import { HOLDOUT_ENGLISH, HOLDOUT_PROVINCE, HOLDOUT_WARD } from './search-heldout.js';
import { COLD_ENGINES } from './search-engines.js';
import { large } from './search-catalogue.js';

const engine = COLD_ENGINES.find((e) => e.name === process.argv[2])!;
const offset = Number(process.argv[3] ?? 0);
const catalogue = large(5000);
const queries = [...HOLDOUT_WARD, ...HOLDOUT_PROVINCE, ...HOLDOUT_ENGLISH].map((q) => q.q);
const first = Array.from({ length: 20 }, (_, i) => queries[(offset + i * 7) % queries.length]!);
const t0 = performance.now();
const search = engine.build(catalogue);
const build = performance.now() - t0;
const times = first.map((q) => {
  const t = performance.now();
  search(q);
  return performance.now() - t;
});
console.log(JSON.stringify({ build, times }));
