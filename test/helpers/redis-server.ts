/**
 * A real redis-server for tests, on a free loopback port, without persistence; stopped (or
 * killed, to test what happens then) by the test. `.ci/run` and `npm test` install Debian's
 * redis-server when it is missing (scripts/ensure-test-tools.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface RedisServer {
  url: string;
  port: number;
  /** Ends it abruptly, as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is persisted). */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open, nothing answers — a hung server, its data kept. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

export async function startRedis(port?: number): Promise<RedisServer> {
  const p = port ?? (await freePort());
  let child: ChildProcess;
  const launch = async () => {
    child = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
    while (!/Ready to accept connections/.test(out)) {
      const [event] = await Promise.race([once(child.stdout!, 'data').then(() => ['data']), once(child, 'exit').then(() => ['exit'])]);
      if (event === 'exit') throw new Error(`redis-server did not start: ${out.slice(-400)}`);
    }
  };
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGCONT');
    child.kill(signal);
    await once(child, 'exit');
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${p}/0`,
    port: p,
    kill: () => end('SIGKILL'),
    restart: launch,
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    stop: () => end('SIGTERM'),
  };
}
