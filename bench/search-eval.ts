/**
 * While tuning: `node --conditions=motcua-source --import tsx bench/search-eval.ts` prints the
 * tuning set's misses (with what ranked first) and only the held-out sets' hit rates — never
 * which held-out queries missed.
 */
import { createProcedureIndex } from '@motcua/core/search';
import type { Procedure } from '@motcua/core';
import { PROVINCE, WARD, resolve, type TitleQuery } from './search-catalogue.js';
import { HOLDOUT_ENGLISH, HOLDOUT_PROVINCE, HOLDOUT_WARD } from './search-heldout.js';
import { HOLDOUT2_PROVINCE, HOLDOUT2_WARD } from './search-heldout-2.js';
import { TUNE_TITLES } from './search-tune.js';

function rates(set: TitleQuery[], catalogue: Procedure[], name: string, show: boolean) {
  const index = createProcedureIndex(catalogue);
  let top1 = 0;
  let top3 = 0;
  for (const q of set) {
    const want = resolve(q, catalogue, name);
    const hits = index.search(q.q, { limit: 3 });
    if (want.includes(hits[0]?.procedure.code ?? '')) top1++;
    if (hits.some((h) => want.includes(h.procedure.code))) top3++;
    else if (show) console.log(`  miss ${name}: "${q.q}" → ${hits.map((h) => h.procedure.name.slice(0, 70)).join(' | ')}`);
    if (show && want.includes(hits[0]?.procedure.code ?? '') === false && hits.some((h) => want.includes(h.procedure.code)))
      console.log(`  top3 ${name}: "${q.q}" → ${hits[0]?.procedure.name.slice(0, 90)}`);
  }
  const pct = (n: number) => ((100 * n) / set.length).toFixed(1);
  console.log(`${name}: top-1 ${pct(top1)}% top-3 ${pct(top3)}% (${set.length})`);
}
const tuneWard = TUNE_TITLES.filter((q) => {
  try {
    resolve(q, WARD, '');
    return true;
  } catch {
    return false;
  }
});
rates(tuneWard, WARD, 'tune/ward', true);
rates(TUNE_TITLES, PROVINCE, 'tune/province', true);
if (process.argv.includes('--heldout')) {
  rates(HOLDOUT_WARD, WARD, 'HELD-OUT ward/small', false);
  rates([...HOLDOUT_WARD, ...HOLDOUT_PROVINCE, ...HOLDOUT_ENGLISH], PROVINCE, 'HELD-OUT all/province', false);
  rates(HOLDOUT_ENGLISH, PROVINCE, 'HELD-OUT english/province', false);
  rates(HOLDOUT2_WARD, WARD, 'SECOND HELD-OUT ward/small', false);
  rates([...HOLDOUT2_WARD, ...HOLDOUT2_PROVINCE], PROVINCE, 'SECOND HELD-OUT all/province', false);
}
