/**
 * Gateway throughput on loopback: requests/s and p99 latency for cached catalogue reads and
 * dossier look-ups, beside a bare Fastify endpoint measured in the same run, and the
 * gateway's memory under that load. Server and load generator are separate processes.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createDemoDataset } from '@motcua/adapters/demo';

const DURATION = 5;
const CONNECTIONS = 10;
const codes = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') }).dossiers.map((d) => d.code);

async function server(mode: string) {
  const child = spawn(process.execPath, ['--expose-gc', '--conditions=motcua-source', '--import', 'tsx', 'bench/gateway-server.ts', mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  while (!out.includes('\n')) out += (await once(child.stdout, 'data'))[0];
  const url = out.trim().replace('READY ', '');
  const memory = async () => ((await (await fetch(`${url}/__bench/memory`)).json()) as NodeJS.MemoryUsage);
  return { url, memory, stop: () => child.kill() };
}

async function load(url: string, paths: string[]) {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return result;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rows: string[] = [];
const row = (what: string, r: autocannon.Result, mem?: string) =>
  rows.push(`| ${what} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.timeouts} | ${r.non2xx} | ${mem ?? ''} |`);

const bare = await server('bare');
row('bare Fastify endpoint (baseline)', await load(bare.url, ['/v1/sectors']));
bare.stop();

const gw = await server('gateway');
const before = await gw.memory();
row('gateway: /v1/sectors (cached)', await load(gw.url, ['/v1/sectors']));
row('gateway: /v1/procedures?q=… (cached search, 6 queries)', await load(gw.url, ['khai sinh', 'so do', 'ho khau', 'bang lai', 'ket hon', 'sao y'].map((q) => `/v1/procedures?q=${encodeURIComponent(q)}&limit=10`)));
row('gateway: /v1/dossiers/{code} (70 codes, 15 s dossier cache)', await load(gw.url, codes.map((c) => `/v1/dossiers/${c}`)), `${mb(before.rss)} → ${mb((await gw.memory()).rss)}`);
gw.stop();

const nocache = await server('gateway-nocache');
row('gateway: /v1/dossiers/{code} (70 codes, no dossier cache)', await load(nocache.url, codes.map((c) => `/v1/dossiers/${c}`)));
const after = await nocache.memory();
nocache.stop();

console.log(`${CONNECTIONS} connections × ${DURATION} s each, autocannon and the server in separate processes on loopback.\n`);
console.log('| what | req/s | p50 | p99 | errors | non-2xx | RSS before → after |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nGateway heap after the uncached dossier run: ${mb(after.heapUsed)} used of ${mb(after.heapTotal)}.`);
