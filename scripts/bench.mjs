// `npm run bench [name…]`: runs bench/<name>.bench.ts (all by default), each in its own Node
// process with --expose-gc, prints its Markdown report and saves it to docs/bench/<name>.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const wanted = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

mkdirSync('docs/bench', { recursive: true });
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
let failed = false;
for (const name of benches) {
  console.log(`\n## ${name}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--conditions=motcua-source', '--import', 'tsx', `bench/${name}.bench.ts`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    failed = true;
    continue;
  }
  const header = `<!-- written by \`npm run bench ${name}\`; do not edit -->\n# Benchmark: ${name}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n`;
  writeFileSync(`docs/bench/${name}.md`, header + r.stdout);
}
process.exit(failed ? 1 : 0);
