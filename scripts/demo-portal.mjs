// The demo portal as a city would host it: the page, its stylesheet and script, and the
// elements from the script-tag distribution under assets/motcua/. Needs `npm run build`.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { precompress } from './precompress.mjs';

/**
 * The page's first elements' module graphs as modulepreload links, so the browser fetches
 * them with the page instead of after the autoloader: one round trip, not three.
 */
function preloadLinks(tags) {
  const graph = JSON.parse(readFileSync('packages/components/dist/cdn/module-graph.json', 'utf8'));
  const files = [...new Set(tags.flatMap((tag) => graph[tag] ?? []))];
  return files.map((f) => `<link rel="modulepreload" href="assets/motcua/${f}">`).join('\n  ');
}

export async function buildDemoPortal(dir = '.cache/demo') {
  const portal = resolve(dir);
  // Emptied first: rollup leaves old hashed chunks in dist/cdn/chunks, which must not pile up here.
  rmSync(portal, { recursive: true, force: true });
  mkdirSync(portal, { recursive: true });
  cpSync('demo', portal, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  cpSync('packages/components/src/themes/high-contrast.css', `${portal}/high-contrast.css`);
  cpSync('packages/components/dist/cdn', `${portal}/assets/motcua`, { recursive: true });
  // At the root, as docs/components.md tells a city: a worker controls the pages under its own folder.
  cpSync('packages/components/dist/cdn/motcua-sw.js', `${portal}/motcua-sw.js`);
  await build({
    entryPoints: ['demo/demo.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: true,
    outdir: portal,
    target: 'es2022',
    logLevel: 'warning',
  });
  const page = `${portal}/index.html`;
  // The lookup is this portal's first job: what shows its answer comes with the page too.
  writeFileSync(
    page,
    readFileSync(page, 'utf8').replace('<!-- motcua:preload -->', preloadLinks(['motcua-provider', 'motcua-dossier-lookup', 'result'])),
  );
  precompress(portal);
  return portal;
}
