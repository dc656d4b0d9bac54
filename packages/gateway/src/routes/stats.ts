/** GET /v1/stats — counts by status and the on-time rate over a period, as offices publish them. */
import { MotcuaError, parseResponse, vietnamDate } from '@motcua/core';
import { summarizeDossiers } from '@motcua/core/status';
import { DossierSchema } from '@motcua/core/model';
import type { FastifyInstance } from 'fastify';
import { array } from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

export async function statsRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get<{ Querystring: { from?: string; to?: string } }>(
    '/v1/stats',
    {
      schema: {
        tags: ['statistics'],
        operationId: 'stats', summary: 'Counts by status and on-time rate over a period (dossiers received in it)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { type: 'string', format: 'date', description: 'First day, YYYY-MM-DD (default: the first of this month, Vietnam time).' },
            to: { type: 'string', format: 'date', description: 'Last day, YYYY-MM-DD (default: today).' },
          },
        },
        response: { 200: schemas.ref('Stats'), ...errors(...COMMON_ERRORS, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      if (!context.adapter.listDossiers) throw new MotcuaError('unsupported', `the ${context.adapter.name} adapter cannot list dossiers`);
      const today = vietnamDate(Date.now());
      const { from = `${today.slice(0, 8)}01`, to = today } = request.query;
      if (from > to) throw new MotcuaError('invalid-input', 'from is after to', { field: 'from' });
      // Whole days in Vietnam: [from 00:00, to + 1 day 00:00) at UTC+7.
      const end = new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000).toISOString();
      const dossiers = parseResponse(array(DossierSchema), await context.adapter.listDossiers({ from: `${from}T00:00:00+07:00`, to: end }), `${context.adapter.name} dossiers`);
      reply.header('cache-control', 'public, max-age=300');
      return { from, to, ...summarizeDossiers(dossiers) };
    },
  );
}
