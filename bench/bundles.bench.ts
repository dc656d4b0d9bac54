/**
 * What each entry costs a citizen's phone: min+gzip of the initial download and of what
 * loads later, beside the budgets the project aims for and the libraries alone.
 */
import { readFileSync } from 'node:fs';
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
  console.log(`| ${e.name} | ${kb(initial)} | ${lazy ? kb(lazy) : '—'} | ${verdict} | ${top.map(([p, b]) => `${p} ${kb(b)}`).join(', ')} |`);
}

console.log('\nLibraries alone, for comparison (min+gzip):\n');
console.log('| library | min+gzip |');
console.log('|---|---|');
for (const [name, contents] of [
  ['lit (LitElement + html)', "export { LitElement, html, css } from 'lit';"],
  ['zod/mini (object, string, array, iso)', "import * as z from 'zod/mini'; export const s = z.object({ a: z.string(), b: z.array(z.iso.datetime()) });"],
  // ky 2 is kept as a devDependency for this row only: adapters/src/http.ts replaced it.
  ['ky 2 (replaced by the adapters\' http.ts)', "export { default } from 'ky';"],
  ['@motcua/adapters http.ts (with the core errors it throws)', "export { createHttp } from './packages/adapters/src/http.ts';"],
  ['minisearch', "export { default } from 'minisearch';"],
] as const) {
  console.log(`| ${name} | ${kb((await bundleSize(contents)).gzip)} |`);
}
