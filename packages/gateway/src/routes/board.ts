/**
 * GET /v1/board — what the one-door hall's screen shows: results ready to collect and
 * dossiers waiting for the applicant (documents to bring, fees to pay), from the dossiers
 * received in the last `days`. Public and rate-limited like the rest of the API: each entry
 * holds no more than a look-up without the key shows (hallBoard, @motcua/core/status) —
 * whichever adapter made the board.
 */
import type { HallBoard, HallBoardItem } from '@motcua/core';
import { maskName } from '@motcua/core/status';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, described, errors, schemas } from '../api-schemas.js';

const BOARD_QUERY = z.strictObject({
  agency: z.optional(
    z.string().check(z.maxLength(64), z.describe("Only this agency's dossiers (its code, or its name when it has none).")),
  ),
  days: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(180), z.describe('How far back to look, by the day dossiers were received.')),
    60,
  ),
});

/** An entry rebuilt field by field, its name masked again: a field the Board schema does not list never leaves. */
function publicEntry(item: HallBoardItem): HallBoardItem {
  const applicant = item.applicant ? maskName(item.applicant) : '';
  return {
    code: item.code,
    procedure: item.procedure,
    ...(applicant ? { applicant } : {}),
    ...(item.agency ? { agency: item.agency } : {}),
    ...(item.appointmentAt ? { appointmentAt: item.appointmentAt } : {}),
    ...(item.reason ? { reason: item.reason } : {}),
  };
}

/**
 * The board as it may leave: an upstream (another gateway, a city's own system) is not trusted
 * to have masked names or left out phones. The agency is the one asked for.
 */
function publicBoard(board: HallBoard, agency: string | undefined): HallBoard {
  return {
    updatedAt: board.updatedAt,
    ...(agency ? { agency } : {}),
    ready: board.ready.map(publicEntry),
    waiting: board.waiting.map(publicEntry),
  };
}

/** Under the API's `/v1` prefix (routes/api.ts). */
export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/board',
    {
      schema: {
        tags: ['dossiers'],
        operationId: 'board',
        summary: "The one-door hall's screen: results ready to collect, dossiers waiting for the applicant",
        querystring: BOARD_QUERY,
        response: { 200: described(schemas.Board), ...errors(...COMMON_ERRORS, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      const { agency, days } = request.query;
      // The backend's own board (another gateway), or made from the dossiers it lists (the client does either).
      const board = await app.client.board.get({ ...(agency ? { agency } : {}), days });
      reply.header('cache-control', 'public, max-age=30');
      return publicBoard(board, agency);
    },
  );
};
