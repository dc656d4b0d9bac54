/** GET /healthz — the gateway is up; `degraded` when the backend does not answer. */
import { isMotcuaError } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../reply.js';

export async function healthRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get('/healthz', { config: { rateLimit: false } }, async (_request, reply) => {
    const started = Date.now();
    const signal = AbortSignal.timeout(ctx.healthTimeoutMs);
    reply.header('cache-control', 'no-store');
    try {
      await (ctx.adapter.ping ? ctx.adapter.ping({ signal }) : ctx.adapter.listSectors({ signal }));
      return { status: 'ok', backend: { adapter: ctx.adapter.name, ok: true, latencyMs: Date.now() - started } };
    } catch (error) {
      const kind = isMotcuaError(error) ? error.kind : signal.aborted ? 'timeout' : 'network';
      return { status: 'degraded', backend: { adapter: ctx.adapter.name, ok: false, error: kind, latencyMs: Date.now() - started } };
    }
  });
}
