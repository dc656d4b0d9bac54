// Runs every *.test.ts under packages/*/src and test/node with Node's test runner.
// TypeScript is loaded through tsx; the `motcua-source` condition makes workspace packages
// resolve to their sources, so unit tests need no build. Browser tests (*.browser.test.ts,
// and *.camera.test.ts / *.denied.test.ts, which need a Chromium with a fake camera) are
// web-test-runner's. TZ is set far from Vietnam on purpose: date logic must not depend on it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const BROWSER = /\.(browser|camera|denied)\.test\.ts$/;

function find(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'dist') out = out.concat(find(p));
    else if (e.name.endsWith('.test.ts') && !BROWSER.test(e.name)) out.push(p);
  }
  return out;
}

const only = process.argv.slice(2);
const files = only.length ? only : [...find('packages'), ...find('test/node')].sort();
const result = spawnSync(process.execPath, ['--conditions=motcua-source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TZ: process.env.TZ ?? 'America/Los_Angeles' },
});
process.exit(result.status ?? 1);
