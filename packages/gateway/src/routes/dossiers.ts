/** GET /v1/dossiers/:code — status for anyone, details with the lookup key (dossier-access.ts). */
import type { FastifyInstance } from 'fastify';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import { accessDossier } from '../dossier-access.js';
import { DOSSIER_BUDGET, type RouteContext } from '../reply.js';

export async function dossierRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get<{ Params: { code: string }; Querystring: { key?: string } }>(
    '/v1/dossiers/:code',
    {
      config: { rateLimit: { max: (request) => context.limitsFor(request).dossierPerMinute, timeWindow: 60_000, groupId: DOSSIER_BUDGET } },
      schema: {
        tags: ['dossiers'],
        operationId: 'lookupDossier', summary: 'Look up a dossier by its code',
        description:
          'Without the key: status, procedure, agency, dates and a masked applicant name. With the key printed on the receipt (or the applicant\'s ID number): the steps and details too; phone, ID number, email and address are never sent. Unknown codes and wrong keys count toward a per-client limit. No timeliness is sent: the page computes it from the dates (`dossierTimeliness` in @motcua/core/status), one clock for the whole view.',
        params: { type: 'object', required: ['code'], properties: { code: schemas.dossierCode } },
        querystring: { type: 'object', additionalProperties: false, properties: { key: schemas.lookupKey } },
        response: {
          200: { description: 'The dossier, restricted without the key.', type: 'object', required: ['dossier'], properties: { dossier: schemas.ref('Dossier') } },
          ...errors(...COMMON_ERRORS, 403, 404, 501, ...BACKEND_ERRORS),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { dossier: await accessDossier(context, request, request.params.code, request.query.key?.trim() ?? '') };
    },
  );
}
