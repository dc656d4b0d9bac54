// The CLI as an operator runs it: config file, structured logs, graceful shutdown, start-up
// failures in one sentence, a catalogue file that reloads when it changes.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { supportedNode } from './serve.js';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const ADDRESS = /"address":"(http:\/\/127\.0\.0\.1:\d+)"/;

interface Running {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout so far (JSON log lines). */
  log(): string;
  /** Resolves once stdout matches. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, ['--conditions=motcua-source', '--import', 'tsx', CLI, ...args], {
    stdio: 'pipe',
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return {
    child,
    log: () => out,
    async waitFor(pattern) {
      while (!pattern.test(out)) await once(child.stdout, 'data');
      return pattern.exec(out)!;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Exit code and standard error of a CLI run that is expected to end by itself. */
async function fails(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; err: string }> {
  const { child } = run(args, env);
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'motcua-cli-'));
}

const procedure = (code: string, name: string) => ({ code, name, sector: { code: 'HT', name: 'Hộ tịch' } });

describe('motcua-gateway CLI', () => {
  it('starts from a config file, finishes in-flight requests on SIGTERM, and exits 0', async () => {
    const config = join(tempDir(), 'gateway.json');
    writeFileSync(config, JSON.stringify({ port: 0, adapter: { type: 'demo', latencyMs: 600 }, logLevel: 'info' }));
    const gw = run(['--config', config]);
    const [, url] = await gw.waitFor(ADDRESS);
    for (const line of gw.log().trim().split('\n')) JSON.parse(line); // structured: one JSON object a line

    const slow = fetch(`${url}/v1/sectors`);
    await new Promise((r) => setTimeout(r, 150));
    gw.child.kill('SIGTERM');
    const res = await slow;
    assert.equal(res.status, 200, 'the in-flight request was answered');
    const [code] = await once(gw.child, 'exit');
    assert.equal(code, 0);
    assert.match(gw.log(), /shutting down/);
  });

  it('on the demo data, names dossiers to look up, each opened by its key', async () => {
    const gw = run(['--port', '0'], { MOTCUA_LOG_LEVEL: 'info' });
    try {
      const [, url] = await gw.waitFor(ADDRESS);
      await gw.waitFor(/dossiers to look up/);
      const line = gw
        .log()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg: string; dossiers?: Array<{ code: string; key: string }> })
        .find((l) => l.dossiers)!;
      assert.equal(line.dossiers!.length, 3);
      for (const { code, key } of line.dossiers!) {
        const res = await fetch(`${url}/v1/dossiers/${encodeURIComponent(code)}?key=${key}`);
        assert.equal(res.status, 200, code);
        assert.equal(((await res.json()) as { dossier: { restricted: boolean } }).dossier.restricted, false, `${code} opens with ${key}`);
      }
    } finally {
      await gw.stop();
    }
  });

  it("warns on a Node.js line package.json's engines do not name (npm only warns at install)", () => {
    const lines = {
      '20.20.2': false,
      '22.12.0': false,
      '22.13.0': true,
      '23.11.0': false,
      '24.0.0': true,
      '25.2.1': false,
      '26.12.1': true,
      '28.0.0': true,
    };
    for (const [version, ok] of Object.entries(lines)) assert.equal(supportedNode(version), ok, version);
  });

  it('logs the catalogue records it had to skip or read in part, and serves the rest', async () => {
    const dir = tempDir();
    const broken = { code: '1.2', sector: { code: 'HT', name: 'Hộ tịch' } };
    const partly = { ...procedure('1.3', 'Đăng ký kết hôn'), processingTime: { value: 5, unit: 'tuần lễ' } };
    writeFileSync(join(dir, 'tthc.json'), JSON.stringify({ procedures: [procedure('1.001193', 'Đăng ký khai sinh'), broken, partly] }));
    writeFileSync(join(dir, 'gateway.json'), JSON.stringify({ port: 0, adapter: { type: 'static', file: 'tthc.json' }, logLevel: 'info' }));
    const gw = run(['--config', join(dir, 'gateway.json')]);
    try {
      const [, url] = await gw.waitFor(ADDRESS);
      const res = await fetch(`${url}/v1/procedures`);
      assert.equal(res.status, 200);
      assert.deepEqual(
        ((await res.json()) as { items: Array<{ procedure: { code: string } }> }).items.map((h) => h.procedure.code).sort(),
        ['1.001193', '1.3'],
      );
      await gw.waitFor(/catalogue records skipped/);
      const line = JSON.parse(
        gw
          .log()
          .split('\n')
          .find((l) => l.includes('catalogue records skipped'))!,
      ) as { level: number; total: number; fields: string[]; dropped: string[] };
      assert.deepEqual(
        [line.level, line.total, line.fields, line.dropped],
        [40, 3, ['procedures[1].name'], ['procedures[2].processingTime.unit']],
      );
    } finally {
      await gw.stop();
    }
  });

  it('reloads a catalogue file when it changes, and keeps the old one when the new one is broken', async () => {
    const dir = tempDir();
    const file = join(dir, 'tthc.json');
    writeFileSync(file, JSON.stringify({ procedures: [procedure('1.001193', 'Đăng ký khai sinh')] }));
    writeFileSync(join(dir, 'gateway.json'), JSON.stringify({ port: 0, adapter: { type: 'static', file: 'tthc.json' }, logLevel: 'info' }));
    const gw = run(['--config', join(dir, 'gateway.json')]);
    const names = async (url: string) =>
      ((await (await fetch(`${url}/v1/procedures`)).json()) as { items: Array<{ procedure: { name: string } }> }).items.map(
        (h) => h.procedure.name,
      );
    try {
      const [, url] = await gw.waitFor(ADDRESS);
      assert.deepEqual(await names(url!), ['Đăng ký khai sinh']);
      // mtime has a coarse grain on some file systems: make the change visible.
      await new Promise((r) => setTimeout(r, 50));
      writeFileSync(
        file,
        JSON.stringify({ procedures: [procedure('1.001193', 'Đăng ký khai sinh'), procedure('1.000894', 'Đăng ký kết hôn')] }),
      );
      await gw.waitFor(/catalogue reloaded/);
      assert.deepEqual((await names(url!)).sort(), ['Đăng ký khai sinh', 'Đăng ký kết hôn']);

      writeFileSync(file, '{ "procedures": [');
      await gw.waitFor(/catalogue not reloaded/);
      assert.match(gw.log(), /not valid JSON/);
      assert.equal((await names(url!)).length, 2, 'the last good catalogue is still served');
    } finally {
      await gw.stop();
    }
  });

  it('explains a bad config in sentences and exits 1', async () => {
    const { code, err } = await fails(['--port', 'abc']);
    assert.equal(code, 1);
    assert.match(err, /"port" must be a number \(got "abc"\)/);
    const config = join(tempDir(), 'gateway.json');
    writeFileSync(config, JSON.stringify({ origin: ['https://hatinh.gov.vn'] }));
    assert.match((await fails(['--config', config])).err, /"origin" is not a config field \(did you mean "origins"\?\)/);
  });

  it('says what is wrong with a missing or broken catalogue file, without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gateway.json'), JSON.stringify({ adapter: { type: 'static', file: 'tthc.json' } }));
    const missing = await fails(['--config', join(dir, 'gateway.json')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /Cannot read the catalogue file .*tthc\.json \("adapter.file"\): there is no such file/);
    assert.doesNotMatch(missing.err, /\n\s+at /, 'no stack trace');
    writeFileSync(join(dir, 'tthc.json'), '{ procedures: [] }');
    const broken = await fails(['--config', join(dir, 'gateway.json')]);
    assert.match(broken.err, /tthc\.json is not valid JSON/);
    assert.doesNotMatch(broken.err, /\n\s+at /);
  });

  it('--help lists the options and the environment variables; a bad --port names the option', async () => {
    const { child } = run(['--help']);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    const [code] = (await once(child, 'exit')) as [number];
    assert.equal(code, 0);
    for (const word of [
      '--config',
      '--port',
      '--host',
      '--portal',
      '--help',
      'MOTCUA_PORT',
      'MOTCUA_ORIGINS',
      'MOTCUA_TRUST_PROXY',
      'MOTCUA_LOG_LEVEL',
      'MOTCUA_REDIS_URL',
      'MOTCUA_IGATE_CLIENT_SECRET',
      'MOTCUA_VAPID_PRIVATE_KEY',
    ])
      assert.ok(out.includes(word), word);
    assert.match((await fails(['--port', 'abc'])).err, /"port" must be a number \(got "abc"\) \(from --port\)/);
    assert.match((await fails([], { MOTCUA_PORT: 'x' })).err, /"port" must be a number \(got "x"\) \(from MOTCUA_PORT\)/);
  });

  it('says when the port is taken', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const { port } = holder.address() as { port: number };
    try {
      const { code, err } = await fails(['--port', String(port)]);
      assert.equal(code, 1);
      assert.match(
        err,
        new RegExp(`Port ${port} is already in use on 127\\.0\\.0\\.1: stop the program that holds it, or choose another port`),
      );
      assert.doesNotMatch(err, /\n\s+at /);
    } finally {
      holder.close();
    }
  });
});
