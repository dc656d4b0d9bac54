/** GET /healthz — the gateway is up; `degraded` when the backend does not answer or Redis is away. */
import { isMotcuaError } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

export async function healthRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get('/healthz', { config: { rateLimit: false }, schema: { tags: ['operations'], operationId: 'health', summary: 'Gateway health; `degraded` when the backend does not answer or Redis is away', response: { 200: schemas.ref('Health') } } }, async (_request, reply) => {
    const started = Date.now();
    const signal = AbortSignal.timeout(context.healthTimeoutMs);
    reply.header('cache-control', 'no-store');
    // Shared state in trouble (Redis away): limits hold per instance until it is back.
    const trouble = context.state.trouble;
    const state = { kind: context.state.kind, ok: !trouble, ...(trouble ? { error: trouble } : {}) };
    try {
      await (context.adapter.ping ? context.adapter.ping({ signal }) : context.adapter.listSectors({ signal }));
      return { status: trouble ? 'degraded' : 'ok', backend: { adapter: context.adapter.name, ok: true, latencyMs: Date.now() - started }, state };
    } catch (error) {
      const kind = isMotcuaError(error) ? error.kind : signal.aborted ? 'timeout' : 'network';
      return { status: 'degraded', backend: { adapter: context.adapter.name, ok: false, error: kind, latencyMs: Date.now() - started }, state };
    }
  });
}
