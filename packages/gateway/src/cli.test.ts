// The CLI as an operator runs it: config file, structured logs, graceful shutdown.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

describe('motcua-gateway CLI', () => {
  it('starts from a config file, finishes in-flight requests on SIGTERM, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
    const config = join(dir, 'gateway.json');
    writeFileSync(config, JSON.stringify({ port: 0, adapter: { type: 'demo', latencyMs: 600 }, logLevel: 'info' }));
    const child = spawn(process.execPath, ['--conditions=motcua-source', '--import', 'tsx', CLI, '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    while (!/"address":"(http:\/\/127\.0\.0\.1:\d+)"/.test(log)) await once(child.stdout, 'data');
    const url = /"address":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(log)![1];
    for (const line of log.trim().split('\n')) JSON.parse(line); // structured: one JSON object a line

    const slow = fetch(`${url}/v1/sectors`);
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');
    const res = await slow;
    assert.equal(res.status, 200, 'the in-flight request was answered');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.match(log, /shutting down/);
  });

  it('logs the catalogue records it had to skip, and serves the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-cli-'));
    const catalogue = { procedures: [{ code: '1.001193', name: 'Đăng ký khai sinh', sector: { code: 'HT', name: 'Hộ tịch' } }, { code: '1.2', name: 'X', sector: { code: 'HT' } }] };
    writeFileSync(join(dir, 'tthc.json'), JSON.stringify(catalogue));
    writeFileSync(join(dir, 'gateway.json'), JSON.stringify({ port: 0, adapter: { type: 'static', file: 'tthc.json' }, logLevel: 'info' }));
    const child = spawn(process.execPath, ['--conditions=motcua-source', '--import', 'tsx', CLI, '--config', join(dir, 'gateway.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    try {
      while (!/"address":"(http:\/\/127\.0\.0\.1:\d+)"/.test(log)) await once(child.stdout, 'data');
      const url = /"address":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(log)![1];
      const res = await fetch(`${url}/v1/procedures`);
      assert.equal(res.status, 200);
      assert.deepEqual(((await res.json()) as { items: Array<{ procedure: { code: string } }> }).items.map((h) => h.procedure.code), ['1.001193']);
      while (!/catalogue records skipped/.test(log)) await once(child.stdout, 'data');
      const line = JSON.parse(log.split('\n').find((l) => l.includes('catalogue records skipped'))!) as { level: number; total: number; fields: string[] };
      assert.deepEqual([line.level, line.total, line.fields], [40, 2, ['procedures[1].sector.name']]);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('explains a bad config and exits 1', async () => {
    const child = spawn(process.execPath, ['--conditions=motcua-source', '--import', 'tsx', CLI, '--port', 'abc'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(err, /Invalid gateway config at "port"/);
  });
});
