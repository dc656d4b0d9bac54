/**
 * The procedure catalogue, sectors and agencies: public, cached, with ETags. Inputs are
 * checked by the route schemas (api-schemas.ts); errors go to the app's error handler.
 */
import { LEVELS, ONLINE_SERVICES, type Level, type OnlineService } from '@motcua/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, NO_QUERY, NOT_MODIFIED, schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

interface ProcedureQuerystring {
  q?: string;
  sector?: string;
  level?: Level;
  online?: OnlineService;
  limit?: number;
  offset?: number;
}

const TAGS = ['catalogue'];

export async function catalogueRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  const cached = (reply: FastifyReply) => reply.header('cache-control', `public, max-age=${context.catalogueSeconds}`);

  app.get<{ Querystring: ProcedureQuerystring }>(
    '/v1/procedures',
    {
      schema: {
        tags: TAGS,
        operationId: 'searchProcedures', summary: 'Search the procedure catalogue the way citizens speak',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', maxLength: 200, description: 'What the citizen typed; empty lists by sector.' },
            sector: { type: 'string', maxLength: 64, description: 'A sector code (`/v1/sectors`).' },
            level: { enum: [...LEVELS] },
            online: { enum: [...ONLINE_SERVICES], description: 'How much can be done online.' },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
            offset: { type: 'integer', minimum: 0, maximum: 100_000, default: 0 },
          },
        },
        response: { 200: schemas.ref('ProcedureSearchResult'), ...NOT_MODIFIED, ...errors(...COMMON_ERRORS, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      const { q = '', sector, level, online, limit, offset } = request.query;
      const result = await context.client.procedures.search(q, {
        ...(sector ? { sector } : {}),
        ...(level ? { level } : {}),
        ...(online ? { onlineService: online } : {}),
        ...(limit !== undefined ? { limit } : {}),
        ...(offset !== undefined ? { offset } : {}),
      });
      cached(reply);
      return result;
    },
  );

  app.get<{ Params: { code: string } }>(
    '/v1/procedures/:code',
    {
      schema: {
        tags: TAGS,
        operationId: 'getProcedure', summary: 'One procedure: documents, fees, time, steps, legal basis',
        params: { type: 'object', required: ['code'], properties: { code: schemas.procedureCode } },
        querystring: NO_QUERY,
        response: {
          200: { type: 'object', required: ['procedure'], properties: { procedure: schemas.ref('Procedure') } },
          ...NOT_MODIFIED,
          ...errors(...COMMON_ERRORS, 404, ...BACKEND_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const procedure = await context.client.procedures.get(request.params.code);
      cached(reply);
      return { procedure };
    },
  );

  app.get(
    '/v1/sectors',
    {
      schema: {
        tags: TAGS,
        operationId: 'listSectors', summary: 'Sectors (lĩnh vực)',
        querystring: NO_QUERY,
        response: { 200: { type: 'object', required: ['sectors'], properties: { sectors: { type: 'array', items: schemas.ref('Sector') } } }, ...NOT_MODIFIED, ...errors(...COMMON_ERRORS, ...BACKEND_ERRORS) },
      },
    },
    async (_request, reply) => {
      const sectors = await context.client.sectors.list();
      cached(reply);
      return { sectors };
    },
  );

  app.get(
    '/v1/agencies',
    {
      schema: {
        tags: TAGS,
        operationId: 'listAgencies', summary: 'Agencies that receive dossiers',
        querystring: NO_QUERY,
        response: { 200: { type: 'object', required: ['agencies'], properties: { agencies: { type: 'array', items: schemas.ref('Agency') } } }, ...NOT_MODIFIED, ...errors(...COMMON_ERRORS, ...BACKEND_ERRORS) },
      },
    },
    async (_request, reply) => {
      const agencies = await context.client.agencies.list();
      cached(reply);
      return { agencies };
    },
  );
}
