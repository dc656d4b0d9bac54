/**
 * GET /v1/board — what the one-door hall's screen shows: results ready to collect and
 * dossiers waiting for the applicant (documents to bring, fees to pay), from the dossiers
 * received in the last `days`. Public and rate-limited like the rest of the API: each entry
 * holds no more than a look-up without the key shows (hallBoard, @motcua/core/status).
 */
import { MotcuaError, parseResponse } from '@motcua/core';
import { hallBoard } from '@motcua/core/status';
import { DossierSchema } from '@motcua/core/model';
import type { FastifyInstance } from 'fastify';
import { array } from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

const DAY = 86_400_000;

export async function boardRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get<{ Querystring: { agency?: string; days?: number } }>(
    '/v1/board',
    {
      schema: {
        tags: ['dossiers'],
        operationId: 'board',
        summary: "The one-door hall's screen: results ready to collect, dossiers waiting for the applicant",
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            agency: { type: 'string', maxLength: 64, description: "Only this agency's dossiers (its code, or its name when it has none)." },
            days: { type: 'integer', minimum: 1, maximum: 180, default: 60, description: 'How far back to look, by the day dossiers were received.' },
          },
        },
        response: { 200: schemas.ref('Board'), ...errors(...COMMON_ERRORS, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      const { agency, days = 60 } = request.query;
      const { adapter } = context;
      let board: unknown;
      // A backend with a board of its own (another gateway) answers; else it is made here.
      if (adapter.hallBoard) board = await context.client.board.get({ ...(agency ? { agency } : {}), days });
      else if (adapter.listDossiers) {
        const now = Date.now();
        const listed = await adapter.listDossiers({ from: new Date(now - days * DAY).toISOString(), to: new Date(now + DAY).toISOString() });
        board = hallBoard(parseResponse(array(DossierSchema), listed, `${adapter.name} dossiers`), { agency, now });
      } else throw new MotcuaError('unsupported', `the ${adapter.name} adapter cannot list dossiers`);
      reply.header('cache-control', 'public, max-age=30');
      return board;
    },
  );
}
