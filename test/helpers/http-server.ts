/**
 * A loopback HTTP server whose answers a test scripts: backends' wire formats, error shapes,
 * slow answers and garbage. Records every request.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is (garbage included). */
  body?: unknown;
  /** Wait this long before answering (slow backends). */
  delayMs?: number;
  /** Cut the connection without an answer. */
  destroy?: boolean;
}

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** The body's bytes (binary bodies: encrypted pushes). */
  raw: Buffer;
}

export interface ScriptedServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function scriptedServer(answer: (req: SeenRequest) => ScriptedAnswer | Promise<ScriptedAnswer>): Promise<ScriptedServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const raw = Buffer.concat(chunks);
      const seen = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: raw.toString('utf8'),
        raw,
      };
      requests.push(seen);
      const a = await answer(seen);
      if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
      if (a.destroy) return void req.socket.destroy();
      const text = typeof a.body === 'string' ? a.body : a.body === undefined ? '' : JSON.stringify(a.body);
      res.writeHead(a.status ?? 200, { 'content-type': typeof a.body === 'string' ? 'text/plain' : 'application/json', ...a.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
