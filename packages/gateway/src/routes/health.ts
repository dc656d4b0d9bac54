/** GET /healthz — the gateway is up; `degraded` when the backend does not answer, Redis is away or the follow store fails. */
import { isMotcuaError, type Adapter } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { described, errors, NO_QUERY, schemas } from '../api-schemas.js';

export interface HealthOptions {
  /** Asked directly, past the client's caches: whether the backend answers now. */
  adapter: Adapter;
  timeoutMs: number;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthOptions> = async (app, { adapter, timeoutMs }) => {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['operations'],
        operationId: 'health',
        summary: 'Gateway health; `degraded` when the backend does not answer, Redis is away or the follow store fails',
        querystring: NO_QUERY,
        response: { 200: described(schemas.Health), ...errors(400) },
      },
    },
    async (_request, reply) => {
      const started = Date.now();
      const signal = AbortSignal.timeout(timeoutMs);
      reply.header('cache-control', 'no-store');
      // Shared state in trouble (Redis away): limits hold per instance until it is back.
      const trouble = app.sharedState.trouble;
      const state = { kind: app.sharedState.kind, ok: !trouble, ...(trouble ? { error: trouble } : {}) };
      // Following: the lookups still work while its store fails, but nobody is told of changes.
      const follow = app.followHealth ? { follow: await app.followHealth() } : {};
      const status = !trouble && (!follow.follow || follow.follow.ok) ? ('ok' as const) : ('degraded' as const);
      try {
        await (adapter.ping ? adapter.ping({ signal }) : adapter.listSectors({ signal }));
        return { status, backend: { adapter: adapter.name, ok: true, latencyMs: Date.now() - started }, state, ...follow };
      } catch (error) {
        const kind = isMotcuaError(error) ? error.kind : signal.aborted ? 'timeout' : 'network';
        return {
          status: 'degraded' as const,
          backend: { adapter: adapter.name, ok: false, error: kind, latencyMs: Date.now() - started },
          state,
          ...follow,
        };
      }
    },
  );
};
