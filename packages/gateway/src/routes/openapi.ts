/** GET /openapi.json — the API description, generated from the routes' schemas (api-schemas.ts). */
import type { FastifyInstance } from 'fastify';
import { COMMON_ERRORS, errors, NO_QUERY, NOT_MODIFIED } from '../api-schemas.js';

export async function openapiRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/openapi.json',
    {
      schema: {
        tags: ['operations'],
        operationId: 'openapi', summary: 'This document (OpenAPI 3.1)',
        querystring: NO_QUERY,
        response: { 200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } } }, ...NOT_MODIFIED, ...errors(...COMMON_ERRORS) },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=3600').send(app.swagger()),
  );
}
