/** GET /v1/stats — counts by status and the on-time rate over a period, as offices publish them. */
import { MotcuaError, parseResponse, vietnamDate } from '@motcua/core';
import { summarizeDossiers } from '@motcua/core/status';
import { DossierSchema } from '@motcua/core/model';
import type { FastifyInstance } from 'fastify';
import { array } from 'zod/mini';
import { sendError, type RouteContext } from '../reply.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function statsRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get<{ Querystring: { from?: string; to?: string } }>('/v1/stats', async (request, reply) => {
    try {
      if (!ctx.adapter.listDossiers) throw new MotcuaError('unsupported', `the ${ctx.adapter.name} adapter cannot list dossiers`);
      const today = vietnamDate(Date.now());
      const from = request.query.from ?? `${today.slice(0, 8)}01`;
      const to = request.query.to ?? today;
      for (const [field, value] of [['from', from], ['to', to]] as const) {
        if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(value))) {
          throw new MotcuaError('invalid-input', `${field} must be YYYY-MM-DD`, { field });
        }
      }
      if (from > to) throw new MotcuaError('invalid-input', 'from is after to', { field: 'from' });
      // Whole days in Vietnam: [from 00:00, to + 1 day 00:00) at UTC+7.
      const end = new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000).toISOString();
      const dossiers = parseResponse(array(DossierSchema), await ctx.adapter.listDossiers({ from: `${from}T00:00:00+07:00`, to: end }), `${ctx.adapter.name} dossiers`);
      reply.header('cache-control', 'public, max-age=300');
      return { from, to, ...summarizeDossiers(dossiers) };
    } catch (error) {
      return sendError(request, reply, error);
    }
  });
}
