// The demo portal as a city would host it: the page, its stylesheet and script, and the
// elements from the script-tag distribution under assets/motcua/. Needs `npm run build`.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function buildDemoPortal(dir = '.cache/demo') {
  const portal = resolve(dir);
  // Emptied first: rollup leaves old hashed chunks in dist/cdn/chunks, which must not pile up here.
  rmSync(portal, { recursive: true, force: true });
  mkdirSync(portal, { recursive: true });
  cpSync('demo', portal, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  cpSync('packages/components/src/themes/high-contrast.css', `${portal}/high-contrast.css`);
  cpSync('packages/components/dist/cdn', `${portal}/assets/motcua`, { recursive: true });
  await build({ entryPoints: ['demo/demo.ts'], bundle: true, format: 'esm', minify: true, sourcemap: true, outdir: portal, target: 'es2022', logLevel: 'warning' });
  return portal;
}
