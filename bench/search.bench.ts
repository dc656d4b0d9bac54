/**
 * Procedure search: quality on citizen queries (top-1/top-3, tune and held-out sets) and
 * speed (median/p95 per query, index build, memory), for motcua's index beside two
 * baselines measured in the same run: plain MiniSearch with diacritic folding, and Fuse.js.
 */
import { foldVietnamese, type Procedure } from '@motcua/core';
import { createProcedureIndex } from '@motcua/core/search';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { DEMO_PROCEDURES } from '../packages/adapters/src/demo/catalogue.js';
import { HOLDOUT, TUNE, type EvalQuery } from './search-queries.js';
import { bundleSize, heapOf, kb, ms, random, timeEach } from './stats.js';

type Engine = { name: string; build: (ps: readonly Procedure[]) => (q: string) => string[] };

const motcua: Engine = {
  name: 'motcua createProcedureIndex',
  build: (ps) => {
    const index = createProcedureIndex(ps);
    return (q) => index.search(q, { limit: 10 }).map((h) => h.procedure.code);
  },
};

const plainMiniSearch: Engine = {
  name: 'MiniSearch, folded (baseline)',
  build: (ps) => {
    const mini = new MiniSearch<Procedure>({
      idField: 'code',
      fields: ['name'],
      extractField: (doc, field) => (field === 'code' ? doc.code : doc.name),
      processTerm: (t) => foldVietnamese(t),
      searchOptions: { fuzzy: 0.2, prefix: true },
    });
    mini.addAll(ps as Procedure[]);
    return (q) => mini.search(q).slice(0, 10).map((r) => r.id as string);
  },
};

const fuse: Engine = {
  name: 'Fuse.js, folded (baseline)',
  build: (ps) => {
    const docs = ps.map((p) => ({ code: p.code, name: foldVietnamese(p.name) }));
    const f = new Fuse(docs, { keys: ['name'], ignoreLocation: true, threshold: 0.4 });
    return (q) => f.search(foldVietnamese(q), { limit: 10 }).map((r) => r.item.code);
  },
};

const ENGINES = [motcua, plainMiniSearch, fuse];

function hitRates(search: (q: string) => string[], set: EvalQuery[]) {
  let top1 = 0;
  let top3 = 0;
  for (const { q, expect } of set) {
    const codes = search(q);
    if (expect.includes(codes[0] ?? '')) top1++;
    if (codes.slice(0, 3).some((c) => expect.includes(c))) top3++;
  }
  const pct = (n: number) => `${((100 * n) / set.length).toFixed(1)}%`;
  return { top1: pct(top1), top3: pct(top3) };
}

/** A large catalogue made by recombining real titles: heads of some with tails of others, and qualifiers. */
function largeCatalogue(size: number): Procedure[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const qualifiers = ['đối với tổ chức', 'đối với hộ gia đình, cá nhân', 'tại cấp xã', 'tại cấp tỉnh', 'có yếu tố nước ngoài', 'trong khu công nghiệp', 'theo thủ tục rút gọn', 'cho doanh nghiệp nhỏ và vừa'];
  const out: Procedure[] = [...DEMO_PROCEDURES];
  for (let i = out.length; i < size; i++) {
    const a = pick(DEMO_PROCEDURES).name.split(' ');
    const b = pick(DEMO_PROCEDURES).name.split(' ');
    const name = [...a.slice(0, Math.max(2, Math.ceil(a.length / 2))), ...b.slice(Math.floor(b.length / 2)), ...(rnd() < 0.5 ? [pick(qualifiers)] : [])].join(' ');
    const base = pick(DEMO_PROCEDURES);
    out.push({ code: `9.${String(i).padStart(6, '0')}`, name, sector: base.sector, levels: base.levels ?? [], onlineService: base.onlineService ?? 'none' });
  }
  return out;
}

const queries = [...TUNE, ...HOLDOUT].map((e) => e.q);
// As-you-type: prefixes of every query as a search box sends them (every third keystroke, to keep the run short).
const typed = queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter((_, i) => i % 3 === 2));

console.log(`### Quality on ${TUNE.length} tuning and ${HOLDOUT.length} held-out citizen queries (${DEMO_PROCEDURES.length} real procedure titles)\n`);
console.log('| engine | tune top-1 | tune top-3 | held-out top-1 | held-out top-3 |');
console.log('|---|---|---|---|---|');
for (const engine of ENGINES) {
  const search = engine.build(DEMO_PROCEDURES);
  const t = hitRates(search, TUNE);
  const h = hitRates(search, HOLDOUT);
  console.log(`| ${engine.name} | ${t.top1} | ${t.top3} | **${h.top1}** | **${h.top3}** |`);
}

const large = largeCatalogue(5000);
console.log(`\n### Speed (${queries.length} whole queries × 3 rounds, ${typed.length} as-you-type prefixes × 1 round, after a warm-up)\n`);
console.log('| engine | procedures | build | query median | query p95 | typing median | typing p95 | index heap |');
console.log('|---|---|---|---|---|---|---|---|');
for (const engine of ENGINES) {
  for (const catalogue of [DEMO_PROCEDURES, large]) {
    const t0 = performance.now();
    engine.build(catalogue);
    const buildMs = performance.now() - t0;
    const { bytes, keep } = heapOf(() => engine.build(catalogue));
    const search = keep as (q: string) => string[];
    const whole = timeEach(queries, search);
    const prefix = timeEach(typed, search, 1);
    console.log(
      `| ${engine.name} | ${catalogue.length} | ${ms(buildMs)} | ${ms(whole.median)} | ${ms(whole.p95)} | ${ms(prefix.median)} | ${ms(prefix.p95)} | ${(bytes / 2 ** 20).toFixed(1)} MB |`,
    );
  }
}

const largeHits = hitRates(motcua.build(large), HOLDOUT);
console.log(`\nHeld-out quality of motcua's index with the 195 real titles drowned in 5,000: top-1 ${largeHits.top1}, top-3 ${largeHits.top3}.`);

const engineSize = await bundleSize(`export { createProcedureIndex } from '@motcua/core/search';`);
const miniSize = await bundleSize(`export { default } from 'minisearch';`);
const fuseSize = await bundleSize(`export { default } from 'fuse.js';`);
console.log('\n### Bundle cost (esbuild, minified, gzip -9)\n');
console.log('| what | min | min+gzip |');
console.log('|---|---|---|');
console.log(`| motcua search (createProcedureIndex + lexicon + MiniSearch's SearchableMap) | ${kb(engineSize.min)} | ${kb(engineSize.gzip)} |`);
console.log(`| MiniSearch alone | ${kb(miniSize.min)} | ${kb(miniSize.gzip)} |`);
console.log(`| Fuse.js alone | ${kb(fuseSize.min)} | ${kb(fuseSize.gzip)} |`);
