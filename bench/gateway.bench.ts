/**
 * Gateway throughput on loopback: requests/s and p99 latency for cached catalogue reads and
 * dossier look-ups, beside a bare Fastify endpoint measured in the same run, and the
 * gateway's memory under that load. Server and load generator are separate processes.
 * Then a sustained mixed load (`SUSTAINED` s) with the heap sampled every 5 s: the run fails
 * on any error or timeout, or if the heap keeps growing.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createDemoDataset } from '@motcua/adapters/demo';
import { startRedis } from '../test/helpers/redis-server.js';
import { random } from './stats.js';

const DURATION = 5;
const CONNECTIONS = 10;
const SUSTAINED = Number(process.env.SUSTAINED_SECONDS ?? 30);
const demo = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') });
const codes = demo.dossiers.map((d) => d.code);

async function server(mode: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--expose-gc', '--conditions=motcua-source', '--import', 'tsx', 'bench/gateway-server.ts', mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  while (!out.includes('\n')) out += (await once(child.stdout, 'data'))[0];
  const url = out.trim().replace('READY ', '');
  const memory = async () => (await (await fetch(`${url}/__bench/memory`)).json()) as NodeJS.MemoryUsage;
  return { url, memory, stop: () => child.kill() };
}

async function load(url: string, paths: string[], duration = DURATION, connections = CONNECTIONS) {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return result;
}

/** Several loads run at once as one: requests added up, the worst latencies. */
function merge(results: autocannon.Result[]): autocannon.Result {
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
  const max = (f: (r: autocannon.Result) => number) => Math.max(...results.map(f));
  const first = results[0]!;
  return {
    ...first,
    requests: { ...first.requests, average: sum((r) => r.requests.average) },
    latency: { ...first.latency, p50: max((r) => r.latency.p50), p99: max((r) => r.latency.p99) },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rows: string[] = [];
const row = (label: string, r: autocannon.Result, mem?: string) =>
  rows.push(
    `| ${label} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.timeouts} | ${r.non2xx} | ${mem ?? ''} |`,
  );

const bare = await server('bare');
row('bare Fastify endpoint (baseline)', await load(bare.url, ['/v1/sectors']));
bare.stop();

const gw = await server('gateway');
const before = await gw.memory();
row('gateway: /v1/sectors (cached)', await load(gw.url, ['/v1/sectors']));
row(
  'gateway: /v1/procedures?q=… (cached search, 6 queries)',
  await load(
    gw.url,
    ['khai sinh', 'so do', 'ho khau', 'bang lai', 'ket hon', 'sao y'].map((q) => `/v1/procedures?q=${encodeURIComponent(q)}&limit=10`),
  ),
);
row(
  'gateway: /v1/dossiers/{code} (70 codes, 15 s dossier cache)',
  await load(
    gw.url,
    codes.map((c) => `/v1/dossiers/${c}`),
  ),
  `${mb(before.rss)} → ${mb((await gw.memory()).rss)}`,
);
gw.stop();

// The counters in a real Redis (one round trip per request for the rate limit).
const redis = await startRedis();
const shared = await server('gateway', { MOTCUA_BENCH_REDIS: redis.url });
row('gateway: /v1/sectors (cached), counters in Redis', await load(shared.url, ['/v1/sectors']));
row(
  'gateway: /v1/dossiers/{code} (15 s dossier cache), counters in Redis',
  await load(
    shared.url,
    codes.map((c) => `/v1/dossiers/${c}`),
  ),
);
shared.stop();

// Three instances on the same Redis, loaded at once (a balancer's share each): what a province
// running several gets on this machine — whose 2 cores the three servers, three load
// generators and Redis all share.
const three = await Promise.all([0, 1, 2].map(() => server('gateway', { MOTCUA_BENCH_REDIS: redis.url })));
row(
  '3 instances on one Redis: /v1/sectors (cached), together',
  merge(await Promise.all(three.map((s) => load(s.url, ['/v1/sectors'], DURATION, 4)))),
);
row(
  '3 instances on one Redis: /v1/dossiers/{code}, together',
  merge(
    await Promise.all(
      three.map((s) =>
        load(
          s.url,
          codes.map((c) => `/v1/dossiers/${c}`),
          DURATION,
          4,
        ),
      ),
    ),
  ),
);
for (const s of three) s.stop();
await redis.stop();

const nocache = await server('gateway-nocache');
row(
  'gateway: /v1/dossiers/{code} (70 codes, no dossier cache)',
  await load(
    nocache.url,
    codes.map((c) => `/v1/dossiers/${c}`),
  ),
);
const after = await nocache.memory();
nocache.stop();

// Sustained: what a city's portals send — lookups with and without the key, unknown codes,
// many distinct searches (so the caches fill and evict), details, sectors and health.
const words = [
  'khai sinh',
  'ket hon',
  'so do',
  'ho khau',
  'bang lai',
  'sao y',
  'tam tru',
  'xay dung',
  'kinh doanh',
  'tro cap',
  'chung thuc',
  'dat dai',
];
const mixed = [
  ...demo.dossiers.map((d) => `/v1/dossiers/${d.code}?key=${d.lookupKey}`),
  ...codes.map((c) => `/v1/dossiers/${c}`),
  ...codes.map((c) => `/v1/dossiers/${c.slice(0, -4)}9${c.slice(-3)}`),
  ...words.flatMap((w, i) =>
    Array.from({ length: 40 }, (_, k) => `/v1/procedures?q=${encodeURIComponent(`${w} ${words[(i + k) % words.length]}`)}&offset=${k}`),
  ),
  ...demo.procedures.slice(0, 100).map((p) => `/v1/procedures/${p.code}`),
  '/v1/sectors',
  '/healthz',
];
// A fixed shuffle, so kinds of request interleave.
const rnd = random(11);
for (let i = mixed.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [mixed[i], mixed[j]] = [mixed[j]!, mixed[i]!];
}
const sustained = await server('gateway');
const heap: number[] = [];
const sample = setInterval(() => void sustained.memory().then((m) => heap.push(m.heapUsed)), 5000);
const long = await load(sustained.url, mixed, SUSTAINED, 20);
clearInterval(sample);
const end = await sustained.memory();
sustained.stop();

console.log(`${CONNECTIONS} connections × ${DURATION} s each, autocannon and the server in separate processes on loopback.\n`);
console.log('| what | req/s | p50 | p99 | errors | non-2xx | RSS before → after |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nGateway heap after the uncached dossier run: ${mb(after.heapUsed)} used of ${mb(after.heapTotal)}.`);

const growth = heap.length >= 2 ? end.heapUsed - heap[1]! : 0;
console.log(`\n### Sustained mixed load\n`);
console.log(
  `20 connections × ${SUSTAINED} s over ${mixed.length} distinct requests (lookups with and without the key, unknown codes, searches, details, sectors, health).\n`,
);
console.log(
  '| requests | req/s | p50 | p99 | errors + timeouts | non-2xx (unknown codes) | heap every 5 s (after GC) | heap growth after the first 10 s |',
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(
  `| ${long.requests.total.toLocaleString('en')} | ${Math.round(long.requests.average).toLocaleString('en')} | ${long.latency.p50} ms | ${long.latency.p99} ms | ${long.errors + long.timeouts} | ${long.non2xx.toLocaleString('en')} | ${heap.map(mb).join(' → ')} → ${mb(end.heapUsed)} | ${(growth / 2 ** 20).toFixed(1)} MB |`,
);
if (long.errors + long.timeouts > 0 || growth > 30 * 2 ** 20) {
  console.error(`gateway bench: ${long.errors} errors, ${long.timeouts} timeouts, heap growth ${mb(growth)} — failing`);
  process.exit(1);
}
