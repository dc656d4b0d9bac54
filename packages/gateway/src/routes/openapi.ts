/** GET /openapi.json — the API description, generated from the routes' zod schemas (openapi-document.ts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { COMMON_ERRORS, errors, NO_QUERY, NOT_MODIFIED } from '../api-schemas.js';

export const openapiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/openapi.json',
    {
      schema: {
        tags: ['operations'],
        operationId: 'openapi',
        summary: 'This document (OpenAPI 3.1)',
        querystring: NO_QUERY,
        response: {
          200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: z.looseObject({}) } } },
          ...NOT_MODIFIED,
          ...errors(...COMMON_ERRORS),
        },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send({ ...app.swagger() }),
  );
};
