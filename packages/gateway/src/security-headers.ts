/**
 * Helmet's security headers, computed once. @fastify/helmet runs helmet's middleware on every
 * request, which rebuilds the same headers each time: measured on loopback it cost a cached
 * catalogue read 38% of its throughput (32k → 20k req/s for the same answer). Helmet stays the
 * source of truth — its defaults and our options — only its output is kept.
 */
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => {});
  return headers;
}

export async function addSecurityHeaders(app: FastifyInstance, options: HelmetOptions): Promise<void> {
  const headers = securityHeaders(options);
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}
