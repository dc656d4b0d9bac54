// `npm run audit`: the runtime dependencies (what the packages ship, not the dev tools)
// against the registry's advisories; fails on a high or critical finding that
// `audit-exceptions.json` does not explain. It needs the registry's audit endpoint, so it is
// not part of `npm test` (tests stay off the network); run it before a release.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const exceptions = JSON.parse(readFileSync(new URL('../audit-exceptions.json', import.meta.url), 'utf8')).exceptions;
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
if (!report?.vulnerabilities) {
  console.error(
    `npm audit could not reach the registry's advisory endpoint: nothing was checked.\n${(run.stderr || run.stdout).trim().split('\n').slice(-3).join('\n')}`,
  );
  process.exit(2);
}
const serious = Object.values(report.vulnerabilities).filter((v) => v.severity === 'high' || v.severity === 'critical');
const unexplained = serious.filter((v) => !exceptions.some((e) => e.package === v.name));
for (const v of serious)
  console.log(`${v.severity}: ${v.name} ${v.range} ${exceptions.find((e) => e.package === v.name)?.why ?? '(no exception)'}`);
console.log(`${serious.length} high or critical finding(s), ${unexplained.length} unexplained.`);
process.exit(unexplained.length ? 1 : 0);
