// Writes each package's .d.ts files with tsc, in dependency order: a package's declarations
// refer to its dependencies' built declarations, not their sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

for (const name of ['core', 'adapters', 'components', 'gateway']) {
  const project = `packages/${name}/tsconfig.build.json`;
  if (!existsSync(project)) continue;
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
