/**
 * Whether the search ranks exactly as it did at a git revision: for a change to how names are
 * read or candidates bounded, which must not move any ranking. The engine's code is taken
 * from the revision, the lexicon from the working tree (only the code differs); `searchPage`
 * is compared as JSON for the tuning, held-out and issue 7's queries, each whole and cut as
 * while typing, at 195, 2,798 and 5,000 names, with and without `preferLevel`.
 *
 *   node --conditions=motcua-source --import tsx bench/search-same.ts [revision, default HEAD]
 *
 * Exits 1 when a ranking differs; names the tuning queries that differ, counts the held-out.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ProcedureIndex, ProcedureIndexOptions } from '@motcua/core/search';
import { createProcedureIndex } from '@motcua/core/search';
import type { Procedure } from '@motcua/core';
import { PROVINCE, WARD, large } from './search-catalogue.js';
import { HOLDOUT_ENGLISH, HOLDOUT_PROVINCE, HOLDOUT_WARD } from './search-heldout.js';
import { HOLDOUT2_PROVINCE, HOLDOUT2_WARD } from './search-heldout-2.js';
import { HOLDOUT as ISSUE7_HOLDOUT, TUNE as ISSUE7_TUNE } from './search-queries.js';
import { TUNE_TITLES } from './search-tune.js';

const revision = process.argv[2] ?? 'HEAD';
const dir = mkdtempSync(join(tmpdir(), 'motcua-search-same-'));
try {
  // The revision's core sources, with today's lexicon; its dependencies from this checkout.
  execFileSync('sh', ['-c', `git archive ${revision} packages/core/src | tar -x -C ${dir}`]);
  copyFileSync('packages/core/src/search/lexicon.ts', join(dir, 'packages/core/src/search/lexicon.ts'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const before = (await import(join(dir, 'packages/core/src/search/index.ts'))) as {
    createProcedureIndex: (p: readonly Procedure[], o?: ProcedureIndexOptions) => ProcedureIndex;
  };

  const typed = (queries: string[]) =>
    queries.flatMap((q) => [q, q.slice(0, Math.max(1, q.length - 2)), q.slice(0, Math.ceil(q.length / 2))]);
  const sets = {
    tuning: typed([...TUNE_TITLES, ...ISSUE7_TUNE, ...ISSUE7_HOLDOUT].map((q) => q.q)),
    'held-out': typed([...HOLDOUT_WARD, ...HOLDOUT_PROVINCE, ...HOLDOUT_ENGLISH, ...HOLDOUT2_WARD, ...HOLDOUT2_PROVINCE].map((q) => q.q)),
  };
  let differing = 0;
  for (const [name, catalogue] of [
    ['ward', WARD],
    ['province', PROVINCE],
    ['5,000', large(5000)],
  ] as const) {
    for (const preferLevel of [undefined, 'commune'] as const) {
      const a = before.createProcedureIndex(catalogue, { preferLevel });
      const b = createProcedureIndex(catalogue, { preferLevel });
      const counts: string[] = [];
      for (const [set, queries] of Object.entries(sets)) {
        let n = 0;
        for (const q of queries)
          for (const page of [{ limit: 10 }, { limit: 5, offset: 3 }]) {
            if (JSON.stringify(a.searchPage({ q, ...page })) === JSON.stringify(b.searchPage({ q, ...page }))) continue;
            n++;
            if (set === 'tuning') console.log(`  differs (${name}): ${JSON.stringify(q)} ${JSON.stringify(page)}`);
          }
        counts.push(`${set} ${n} of ${queries.length * 2}`);
        differing += n;
      }
      console.log(`${name}${preferLevel ? `, preferLevel ${preferLevel}` : ''}: differing ${counts.join(', ')}`);
    }
  }
  if (differing) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
