/**
 * The procedure catalogue, sectors and agencies: public, cached, with ETags. Inputs are
 * checked by the route schemas (api-schemas.ts); errors go to the API's
 * error handler (routes/api.ts).
 */
import { LEVELS, ONLINE_SERVICES } from '@motcua/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, described, errors, NO_QUERY, NOT_MODIFIED, schemas } from '../api-schemas.js';

const TAGS = ['catalogue'];

/** A whole number in a query string (where every value is text), within its bounds. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);

const PROCEDURE_QUERY = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(200), z.describe('What the citizen typed; empty lists by sector.'))),
  sector: z.optional(z.string().check(z.maxLength(64), z.describe('A sector code (`/v1/sectors`).'))),
  level: z.optional(z.enum(LEVELS)),
  online: z.optional(z.enum(ONLINE_SERVICES).check(z.describe('How much can be done online.'))),
  limit: wholeNumber(1, 100, 20),
  offset: wholeNumber(0, 100_000, 0),
});

/** Under the API's `/v1` prefix (routes/api.ts). */
export const catalogueRoutes: FastifyPluginAsyncZod<{ catalogueSeconds: number }> = async (app, { catalogueSeconds }) => {
  const cached = (reply: FastifyReply) => reply.header('cache-control', `public, max-age=${catalogueSeconds}`);

  app.get(
    '/procedures',
    {
      schema: {
        tags: TAGS,
        operationId: 'searchProcedures',
        summary: 'Search the procedure catalogue the way citizens speak',
        querystring: PROCEDURE_QUERY,
        response: { 200: described(schemas.ProcedureSearchResult), ...NOT_MODIFIED, ...errors(...COMMON_ERRORS, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      const { q = '', sector, level, online, limit, offset } = request.query;
      const result = await app.client.procedures.search(q, {
        ...(sector ? { sector } : {}),
        ...(level ? { level } : {}),
        ...(online ? { onlineService: online } : {}),
        limit,
        offset,
      });
      cached(reply);
      return result;
    },
  );

  app.get(
    '/procedures/:code',
    {
      schema: {
        tags: TAGS,
        operationId: 'getProcedure',
        summary: 'One procedure: documents, fees, time, steps, legal basis',
        params: z.object({ code: schemas.procedureCode }),
        querystring: NO_QUERY,
        response: {
          200: z.object({ procedure: schemas.Procedure }),
          ...NOT_MODIFIED,
          ...errors(...COMMON_ERRORS, 404, ...BACKEND_ERRORS),
        },
      },
    },
    async (request, reply) => {
      const procedure = await app.client.procedures.get(request.params.code);
      cached(reply);
      return { procedure };
    },
  );

  app.get(
    '/sectors',
    {
      schema: {
        tags: TAGS,
        operationId: 'listSectors',
        summary: 'Sectors (lĩnh vực)',
        querystring: NO_QUERY,
        response: { 200: z.object({ sectors: z.array(schemas.Sector) }), ...NOT_MODIFIED, ...errors(...COMMON_ERRORS, ...BACKEND_ERRORS) },
      },
    },
    async (_request, reply) => {
      const sectors = await app.client.sectors.list();
      cached(reply);
      return { sectors };
    },
  );

  app.get(
    '/agencies',
    {
      schema: {
        tags: TAGS,
        operationId: 'listAgencies',
        summary: 'Agencies that receive dossiers',
        querystring: NO_QUERY,
        response: { 200: z.object({ agencies: z.array(schemas.Agency) }), ...NOT_MODIFIED, ...errors(...COMMON_ERRORS, ...BACKEND_ERRORS) },
      },
    },
    async (_request, reply) => {
      const agencies = await app.client.agencies.list();
      cached(reply);
      return { agencies };
    },
  );
};
