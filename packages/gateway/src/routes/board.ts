/**
 * GET /v1/board — what the one-door hall's screen shows: results ready to collect and
 * dossiers waiting for the applicant (documents to bring, fees to pay), from the dossiers
 * received in the last `days`. Public and rate-limited like the rest of the API: each entry is
 * built from the dossier's public view (publicView), so no screen shows more than a look-up
 * without the key would.
 */
import { MotcuaError, parseResponse, type Dossier } from '@motcua/core';
import { DossierSchema } from '@motcua/core/model';
import type { FastifyInstance } from 'fastify';
import { array } from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import { publicView } from '../privacy.js';
import type { RouteContext } from '../reply.js';

const DAY = 86_400_000;

function item(d: Dossier, reason?: 'supplement' | 'payment') {
  const view = publicView(d);
  return {
    code: view.code,
    procedure: view.procedure.name,
    ...(view.applicant ? { applicant: view.applicant.name } : {}),
    ...(view.agency ? { agency: view.agency.name } : {}),
    ...(view.appointmentAt ? { appointmentAt: view.appointmentAt } : {}),
    ...(reason ? { reason } : {}),
  };
}

const byAppointment = (a: Dossier, b: Dossier) => (a.appointmentAt ?? '').localeCompare(b.appointmentAt ?? '') || a.code.localeCompare(b.code);

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
      if (!context.adapter.listDossiers) throw new MotcuaError('unsupported', `the ${context.adapter.name} adapter cannot list dossiers`);
      const { agency, days = 60 } = request.query;
      const now = Date.now();
      const listed = await context.adapter.listDossiers({ from: new Date(now - days * DAY).toISOString(), to: new Date(now + DAY).toISOString() });
      const dossiers = parseResponse(array(DossierSchema), listed, `${context.adapter.name} dossiers`).filter((d) => !agency || d.agency?.code === agency || d.agency?.name === agency);
      reply.header('cache-control', 'public, max-age=30');
      return {
        updatedAt: new Date(now).toISOString(),
        ...(agency ? { agency } : {}),
        ready: dossiers.filter((d) => d.status === 9).sort(byAppointment).map((d) => item(d)),
        waiting: dossiers.filter((d) => d.status === 5 || d.status === 6).sort(byAppointment).map((d) => item(d, d.status === 5 ? 'supplement' : 'payment')),
      };
    },
  );
}
