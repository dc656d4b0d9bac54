/**
 * GET /v1/stats — what offices publish over a period: received, finished on time or late, in
 * progress, overdue, the on-time rate; for one agency or sector, or grouped by agency,
 * sector, month or day (dossiers counted by the day they were received).
 */
import { MotcuaError, vietnamDate, type StatsQuery } from '@motcua/core';
import type { StatsGroupBy } from '@motcua/core/status';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, described, errors, schemas } from '../api-schemas.js';

const GROUP_BY = ['agency', 'sector', 'month', 'day'] as const satisfies readonly StatsGroupBy[];

const STATS_QUERY = z.strictObject({
  from: z.optional(z.iso.date().check(z.describe('First day, YYYY-MM-DD (default: the first of this month, Vietnam time).'))),
  to: z.optional(z.iso.date().check(z.describe('Last day, YYYY-MM-DD (default: today).'))),
  agency: z.optional(z.string().check(z.maxLength(64), z.describe('Only this agency (its code, or its name when it has none).'))),
  sector: z.optional(z.string().check(z.maxLength(64), z.describe('Only this sector (its code).'))),
  groupBy: z.optional(z.enum(GROUP_BY).check(z.describe('Also count per group (`groups`).'))),
});

/** Under the API's `/v1` prefix (routes/api.ts). */
export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stats',
    {
      schema: {
        tags: ['statistics'],
        operationId: 'stats',
        summary: 'Counts by status, on time and late, in progress and overdue over a period, for one agency or sector or grouped',
        querystring: STATS_QUERY,
        response: { 200: described(schemas.Stats), ...errors(...COMMON_ERRORS, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      const today = vietnamDate(Date.now());
      const { from = `${today.slice(0, 8)}01`, to = today, agency, sector, groupBy } = request.query;
      if (from > to) throw new MotcuaError('invalid-input', 'from is after to', { field: 'from' });
      if (Date.parse(to) - Date.parse(from) > 366 * 86_400_000 && groupBy === 'day')
        throw new MotcuaError('invalid-input', 'groupBy=day covers at most a year', { field: 'groupBy' });
      const query: StatsQuery = { from, to, ...(agency ? { agency } : {}), ...(sector ? { sector } : {}), ...(groupBy ? { groupBy } : {}) };
      // The backend's own statistics, or counted from the dossiers it lists (the client does either).
      const stats = await app.client.stats.get(query);
      reply.header('cache-control', 'public, max-age=300');
      return stats;
    },
  );
};
