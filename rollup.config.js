// Builds each workspace package's ESM entry to packages/<name>/dist. Dependencies stay
// external (npm installs them once for the whole page); esbuild transpiles, tsc checks types
// and writes declarations (scripts/build-types.mjs).
import { existsSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';

const PACKAGES = ['core', 'adapters', 'components', 'gateway'];

function external(pkgDir) {
  const pkg = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));
}

export default PACKAGES.filter((name) => existsSync(`packages/${name}/src/index.ts`)).map((name) => {
  const dir = `packages/${name}`;
  return {
    input: `${dir}/src/index.ts`,
    external: external(dir),
    output: { dir: `${dir}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `${dir}/src` },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  };
});
