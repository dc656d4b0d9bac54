/** GET /openapi.json — the API description kept in packages/gateway/openapi.json. */
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';

export const OPENAPI_PATH = new URL('../../openapi.json', import.meta.url);

export async function openapiRoutes(app: FastifyInstance): Promise<void> {
  const spec = readFileSync(OPENAPI_PATH, 'utf8');
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json').header('cache-control', 'public, max-age=3600').send(spec));
}
