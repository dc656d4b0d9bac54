/**
 * `npm start` as a person runs it (scripts/start.mjs, already built: `--no-build`), on a free
 * port, with its follow keys and subscriptions in a folder of its own: for the tests that use
 * the demo portal as a webmaster, an operator or a citizen would.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningDemo {
  /** What it printed (stdout and stderr) until it was ready, or until it exited. */
  out: string;
  /** http://127.0.0.1:<port>, or '' when it did not start. */
  url: string;
  /** Its exit code when it stopped before being ready, else null. */
  exitCode: number | null;
  stop(): Promise<void>;
}

export async function startDemo(env: Record<string, string> = {}): Promise<RunningDemo> {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
    env: { ...process.env, MOTCUA_PORT: '0', MOTCUA_DEMO_FOLLOW_DIR: mkdtempSync(join(tmpdir(), 'motcua-demo-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
  const exited = once(child, 'exit');
  // Killed by a signal, a child has no exit code (signalCode instead): waiting on its exit code
  // alone spun here, adding a listener each turn, until the heap ran out (CI, Node 26).
  const running = () => child.exitCode === null && child.signalCode === null;
  while (!/Press Ctrl\+C/.test(out) && running()) await Promise.race([once(child.stdout, 'data'), exited]);
  const port = /demo portal: http:\/\/\S+:(\d+)/.exec(out)?.[1];
  if (child.signalCode) out += `\n(npm start was killed by ${child.signalCode})`;
  return {
    out,
    url: port ? `http://127.0.0.1:${port}` : '',
    exitCode: child.exitCode,
    async stop() {
      if (!running()) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
