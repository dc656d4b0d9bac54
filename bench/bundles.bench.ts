/**
 * What each entry costs a citizen's phone: min+gzip of the initial download and of what
 * loads later, beside the budgets the project aims for and the libraries alone.
 */
import { bundleSize, kb, splitBundleSize } from './stats.js';

const ENTRIES: Array<[string, string, number | undefined]> = [
  ['@motcua/core: parseDossierCode, createClient, timeliness', "export { parseDossierCode, extractDossierCode, createClient, dossierTimeliness } from '@motcua/core';", 12],
  ['@motcua/core/search: createProcedureIndex', "export { createProcedureIndex } from '@motcua/core/search';", undefined],
  ['<motcua-dossier-lookup> (with status, lit, core, rest adapter)', "import '@motcua/components/dossier-lookup';", 20],
  ['<motcua-procedure-finder>', "import '@motcua/components/procedure-finder';", undefined],
  ['<motcua-procedure-detail>', "import '@motcua/components/procedure-detail';", undefined],
  ['all elements (@motcua/components/define)', "import '@motcua/components/define';", undefined],
];

console.log('| entry | initial (min+gzip) | loaded later | budget | largest parts of the initial load (min) |');
console.log('|---|---|---|---|---|');
for (const [label, contents, budget] of ENTRIES) {
  const { initial, lazy, top } = await splitBundleSize(contents);
  const verdict = budget === undefined ? '' : `${budget} KB ${initial / 1024 <= budget ? '✓' : '✗ over'}`;
  console.log(`| ${label} | ${kb(initial)} | ${lazy ? kb(lazy) : '—'} | ${verdict} | ${top.map(([p, b]) => `${p} ${kb(b)}`).join(', ')} |`);
}

console.log('\nLibraries alone, for comparison (min+gzip):\n');
console.log('| library | min+gzip |');
console.log('|---|---|');
for (const [name, contents] of [
  ['lit (LitElement + html)', "export { LitElement, html, css } from 'lit';"],
  ['zod/mini (object, string, array, iso)', "import * as z from 'zod/mini'; export const s = z.object({ a: z.string(), b: z.array(z.iso.datetime()) });"],
  ['ky', "export { default } from 'ky';"],
  ['minisearch', "export { default } from 'minisearch';"],
] as const) {
  console.log(`| ${name} | ${kb((await bundleSize(contents)).gzip)} |`);
}
