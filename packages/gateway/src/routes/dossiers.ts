/** GET /v1/dossiers/:code — status for anyone, details with the lookup key (dossier-access.ts). */
import type { FastifyInstance } from 'fastify';
import { accessDossier } from '../dossier-access.js';
import { DOSSIER_BUDGET, sendError, type RouteContext } from '../reply.js';

export async function dossierRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get<{ Params: { code: string }; Querystring: { key?: string } }>(
    '/v1/dossiers/:code',
    { config: { rateLimit: { max: (request) => ctx.limitsFor(request).dossierPerMinute, timeWindow: 60_000, groupId: DOSSIER_BUDGET } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const key = typeof request.query.key === 'string' ? request.query.key.trim() : '';
      try {
        const dossier = await accessDossier(ctx, request, request.params.code, key);
        // No timeliness: the page computes it from these dates, one clock for the whole status view.
        return { dossier };
      } catch (error) {
        return sendError(request, reply, error);
      }
    },
  );
}
