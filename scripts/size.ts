// `npm run size`: min+gzip of each entry's first download against size-budgets.json; fails past `max`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { kb, splitBundleSize } from './bundle-size.js';

interface Entry {
  name: string;
  import?: string;
  file?: string;
  max: number;
  target?: number;
}

const { entries } = JSON.parse(readFileSync('size-budgets.json', 'utf8')) as { entries: Entry[] };
let over = 0;
console.log('| entry | first download | max | target |');
console.log('|---|---|---|---|');
for (const e of entries) {
  const bytes = e.file ? gzipSync(readFileSync(e.file), { level: 9 }).length : (await splitBundleSize(e.import!)).initial;
  const size = bytes / 1024;
  const ok = size <= e.max;
  if (!ok) over++;
  const target = e.target === undefined ? '' : `${e.target} KB ${size <= e.target ? '✓' : '(not yet)'}`;
  console.log(`| ${e.name} | ${kb(bytes)} | ${e.max} KB ${ok ? '✓' : '✗ OVER'} | ${target} |`);
}
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (size-budgets.json).`);
  process.exit(1);
}
