// Subresource Integrity for the script-tag distribution: hashes every entry of
// packages/components/dist/cdn into sri.json and prints the tags to paste.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'packages/components/dist/cdn';
const entries = [
  'autoloader.js',
  'motcua.js',
  ...readdirSync(join(dir, 'elements'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `elements/${f}`),
];
const sri = Object.fromEntries(
  entries.map((f) => [
    f,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(dir, f)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(dir, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
if (!process.env.CI) {
  console.log('Script tags for packages/components/dist/cdn (host the folder at /assets/motcua/):');
  for (const f of ['autoloader.js', 'motcua.js'])
    console.log(`  <script type="module" src="/assets/motcua/${f}" integrity="${sri[f]}" crossorigin="anonymous"></script>`);
  // The lookup's module graph, for pages that want it fetched with the page (docs/components.md).
  const graph = JSON.parse(readFileSync(join(dir, 'module-graph.json'), 'utf8'));
  console.log("The lookup's modules, to fetch them with the page (optional):");
  for (const f of graph['motcua-dossier-lookup']) console.log(`  <link rel="modulepreload" href="/assets/motcua/${f}">`);
}
