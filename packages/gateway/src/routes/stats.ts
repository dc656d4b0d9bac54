/**
 * GET /v1/stats — what offices publish over a period: received, finished on time or late, in
 * progress, overdue, the on-time rate; for one agency or sector, or grouped by agency,
 * sector, month or day (dossiers counted by the day they were received).
 */
import { MotcuaError, vietnamDate, type StatsQuery } from '@motcua/core';
import type { StatsGroupBy } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

interface StatsQuerystring {
  from?: string;
  to?: string;
  agency?: string;
  sector?: string;
  groupBy?: StatsGroupBy;
}

export async function statsRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get<{ Querystring: StatsQuerystring }>(
    '/v1/stats',
    {
      schema: {
        tags: ['statistics'],
        operationId: 'stats',
        summary: 'Counts by status, on time and late, in progress and overdue over a period, for one agency or sector or grouped',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { type: 'string', format: 'date', description: 'First day, YYYY-MM-DD (default: the first of this month, Vietnam time).' },
            to: { type: 'string', format: 'date', description: 'Last day, YYYY-MM-DD (default: today).' },
            agency: { type: 'string', maxLength: 64, description: 'Only this agency (its code, or its name when it has none).' },
            sector: { type: 'string', maxLength: 64, description: 'Only this sector (its code).' },
            groupBy: { enum: ['agency', 'sector', 'month', 'day'], description: 'Also count per group (`groups`).' },
          },
        },
        response: { 200: schemas.ref('Stats'), ...errors(...COMMON_ERRORS, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      const today = vietnamDate(Date.now());
      const { from = `${today.slice(0, 8)}01`, to = today, agency, sector, groupBy } = request.query;
      if (from > to) throw new MotcuaError('invalid-input', 'from is after to', { field: 'from' });
      if (Date.parse(to) - Date.parse(from) > 366 * 86_400_000 && groupBy === 'day') throw new MotcuaError('invalid-input', 'groupBy=day covers at most a year', { field: 'groupBy' });
      const query: StatsQuery = { from, to, ...(agency ? { agency } : {}), ...(sector ? { sector } : {}), ...(groupBy ? { groupBy } : {}) };
      // The backend's own statistics, or counted from the dossiers it lists (the client does either).
      const stats = await context.client.stats.get(query);
      reply.header('cache-control', 'public, max-age=300');
      return stats;
    },
  );
}
