/** GET /healthz — the gateway is up; `degraded` when the backend does not answer, Redis is away or the follow store fails. */
import { isMotcuaError } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { errors, NO_QUERY, schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

export async function healthRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: { tags: ['operations'], operationId: 'health', summary: 'Gateway health; `degraded` when the backend does not answer, Redis is away or the follow store fails', querystring: NO_QUERY, response: { 200: schemas.ref('Health'), ...errors(400) } },
    },
    async (_request, reply) => {
      const started = Date.now();
      const signal = AbortSignal.timeout(context.healthTimeoutMs);
      reply.header('cache-control', 'no-store');
      // Shared state in trouble (Redis away): limits hold per instance until it is back.
      const trouble = context.state.trouble;
      const state = { kind: context.state.kind, ok: !trouble, ...(trouble ? { error: trouble } : {}) };
      // Following: the lookups still work while its store fails, but nobody is told of changes.
      const follow = app.followHealth ? { follow: await app.followHealth() } : {};
      const healthy = !trouble && (!follow.follow || follow.follow.ok);
      try {
        await (context.adapter.ping ? context.adapter.ping({ signal }) : context.adapter.listSectors({ signal }));
        return { status: healthy ? 'ok' : 'degraded', backend: { adapter: context.adapter.name, ok: true, latencyMs: Date.now() - started }, state, ...follow };
      } catch (error) {
        const kind = isMotcuaError(error) ? error.kind : signal.aborted ? 'timeout' : 'network';
        return { status: 'degraded', backend: { adapter: context.adapter.name, ok: false, error: kind, latencyMs: Date.now() - started }, state, ...follow };
      }
    },
  );
}
