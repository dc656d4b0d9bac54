/**
 * What each entry costs a citizen's phone: min+gzip of the initial download and of what
 * loads later, beside the budgets the project aims for and the libraries alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleSize, kb, splitBundleSize } from './stats.js';

interface Entry {
  name: string;
  import?: string;
  max: number;
  target?: number;
}
// The same entries and budgets as `npm run size`.
const { entries } = JSON.parse(readFileSync('size-budgets.json', 'utf8')) as { entries: Entry[] };

console.log('| entry | initial (min+gzip) | loaded later | target | largest parts of the initial load (min) |');
console.log('|---|---|---|---|---|');
for (const e of entries.filter((x) => x.import)) {
  const { initial, lazy, top } = await splitBundleSize(e.import!);
  const verdict = e.target === undefined ? '' : `${e.target} KB ${initial / 1024 <= e.target ? '✓' : '✗ not yet'}`;
  console.log(
    `| ${e.name} | ${kb(initial)} | ${lazy ? kb(lazy) : '—'} | ${verdict} | ${top.map(([p, b]) => `${p} ${kb(b)}`).join(', ')} |`,
  );
}

console.log('\nLibraries alone, for comparison (min+gzip):\n');
console.log('| library | min+gzip |');
console.log('|---|---|');
for (const [name, contents] of [
  ['lit (LitElement + html)', "export { LitElement, html, css } from 'lit';"],
  [
    'zod/mini (object, string, array, iso)',
    "import * as z from 'zod/mini'; export const s = z.object({ a: z.string(), b: z.array(z.iso.datetime()) });",
  ],
  ["ky 1 (what the adapters' http.ts is built on)", "export { default } from 'ky';"],
  ['@motcua/adapters http.ts (ky with the core errors it throws)', "export { createHttp } from './packages/adapters/src/http.ts';"],
  ['minisearch', "export { default } from 'minisearch';"],
] as const) {
  console.log(`| ${name} | ${kb((await bundleSize(contents)).gzip)} |`);
}

// What the script-tag distribution really serves (rollup's chunks, not esbuild's): the files
// a page fetches before an element renders, followed through static imports.
const CDN = 'packages/components/dist/cdn';
if (existsSync(CDN)) {
  const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?['"]([^'"]+)['"]/g))
      staticImports(resolve(dirname(file), m[1]!), seen);
    return seen;
  };
  console.log('\nScript-tag distribution as served (`npm run build` first):\n');
  console.log('| file | files fetched before it renders | min+gzip |');
  console.log('|---|---|---|');
  // Every element of the one list (packages/components/src/elements.ts), then everything.
  const elements = readdirSync(resolve(CDN, 'elements'))
    .filter((f) => f.endsWith('.js'))
    .sort();
  for (const entry of [...elements.map((f) => `elements/${f}`), 'motcua.js']) {
    const files = staticImports(resolve(CDN, entry));
    const gz = [...files].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    console.log(`| ${entry} | ${files.size} | ${kb(gz)} |`);
  }
}
