// The script-tag distribution is self-contained and its integrity hashes are right.
// Needs `npm run build` (npm test does it).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const DIR = 'packages/components/dist/cdn';
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );

describe('dist/cdn', () => {
  it('imports nothing by bare name: every dependency is bundled', () => {
    for (const file of files(DIR)) {
      const code = readFileSync(file, 'utf8');
      // (The keyword, not the word in a string: the search's English stop words hold "from".)
      const bare = [...code.matchAll(/(?<!["'\w])(?:import|from)\s*\(?\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1]);
      assert.deepEqual(bare, [], `${file} imports ${bare.join(', ')}`);
    }
  });

  it("starts the search's chunk, and only it, with V8's compile hint (rollup.config.js)", () => {
    const hinted = files(DIR).filter((file) => readFileSync(file, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'));
    const search = files(DIR).filter((file) => readFileSync(file, 'utf8').includes('register a birth'));
    assert.equal(search.length, 1, 'one chunk holds the search (its warm-up queries)');
    assert.deepEqual(hinted, search);
  });

  it('lists a correct sha384 for every entry', () => {
    const sri = JSON.parse(readFileSync(join(DIR, 'sri.json'), 'utf8')) as Record<string, string>;
    assert.ok(sri['autoloader.js'] && sri['motcua.js'] && sri['elements/dossier-lookup.js']);
    for (const [file, hash] of Object.entries(sri)) {
      assert.equal(
        hash,
        `sha384-${createHash('sha384')
          .update(readFileSync(join(DIR, file)))
          .digest('base64')}`,
        file,
      );
    }
  });
});
