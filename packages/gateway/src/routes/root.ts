/** GET / — without a portal, what this server is, with links, instead of a lookup error. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { errors, NO_QUERY } from '../api-schemas.js';
import { gatewayText } from '../words.js';

const ROOT = {
  service: 'motcua-gateway' as const,
  // (As { vi, en }: the schema's, for whoever sets the gateway up.)
  message: gatewayText('root'),
  links: { api: '/openapi.json', lookup: '/lookup', health: '/healthz' },
};

const ROOT_SCHEMA = z.object({
  service: z.literal('motcua-gateway'),
  message: z.object({ vi: z.string(), en: z.string() }),
  links: z.object({ api: z.string(), lookup: z.string(), health: z.string() }),
});

export const rootRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['operations'],
        operationId: 'root',
        summary: 'What this server is, with links (when it serves no portal; with one, its index page)',
        querystring: NO_QUERY,
        response: { 200: ROOT_SCHEMA, ...errors(400, 429) },
      },
    },
    async () => ROOT,
  );
};
