/**
 * How routes' zod schemas become request validation and `/openapi.json` (the route that serves
 * it: routes/openapi.ts). Registered on the app itself, before any route: swagger collects
 * every route as it is added.
 */
import swagger, { type SwaggerOptions } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJsonSchemaTransformObject, jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { COMPONENT_NAMES } from './api-schemas.js';

const withComponents = createJsonSchemaTransformObject({});

/** What every route can be refused with before its handler, said in the document as its 400 is (JSON, or the page). */
const REFUSALS: Record<string, string> = {
  413: 'The body is too large (over 1 KB; 4 KB for a follow).',
  415: 'The body is neither a form (`application/x-www-form-urlencoded`) nor JSON.',
  431: 'The request head is too large.',
};

/**
 * A route's body, a form or JSON (a form is what a page's `<form>` and the elements send: no
 * preflight from another origin), and the refusals it can meet: 413 and 415 with a body, 431 always.
 */
function withRefusals<S>(schema: S): S {
  const route = schema as { body?: unknown; consumes?: string[]; response?: Record<string, unknown> } | undefined;
  const invalid = route?.response?.['400'];
  if (!route || !invalid) return schema;
  const statuses = route.body ? ['413', '415', '431'] : ['431'];
  const response = { ...route.response };
  for (const status of statuses) response[status] ??= { ...(invalid as object), description: REFUSALS[status] };
  return { ...route, ...(route.body ? { consumes: ['application/x-www-form-urlencoded', 'application/json'] } : {}), response } as S;
}

/** The generated document's frame; paths and schemas come from the routes. */
const OPENAPI = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'motcua gateway API',
      version: '1.0.0',
      description:
        'Dossier status and the procedure catalogue of a one-stop office (một cửa điện tử). Without the lookup key a dossier answer carries only status, procedure, dates and a masked applicant name. Errors are JSON with a stable `error.kind` and a Vietnamese `error.message` (English with `Accept-Language: en`). Every route answers HEAD as GET without a body. No authentication: the API is public, limited per client.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This gateway' }],
    // Public by design: no credentials, limits per client instead.
    security: [],
    tags: [
      { name: 'dossiers', description: 'A citizen follows a dossier.' },
      { name: 'catalogue', description: 'Procedures, sectors and agencies.' },
      { name: 'statistics', description: 'What offices publish.' },
      { name: 'follow', description: 'Being told when a dossier changes.' },
      { name: 'operations', description: 'For operators and tools.' },
    ],
  },
  exposeHeadRoutes: true,
  // Each route's zod schemas as JSON schema; HEAD answers like GET: the same description, its own operation id.
  transform: (document) => {
    const { schema, url } = jsonSchemaTransform(document);
    const id = (schema as { operationId?: unknown } | undefined)?.operationId;
    return {
      schema: withRefusals(document.route.method === 'HEAD' && typeof id === 'string' ? { ...schema, operationId: `${id}Head` } : schema),
      url,
    };
  },
  // The named schemas (api-schemas.ts) under components. The library also writes an input copy of
  // each (`DossierInput`…) for request bodies that would use them; none does, so they are left out.
  transformObject: (document) => {
    const openapi = withComponents(document) as { components?: { schemas?: Record<string, unknown> } };
    const all = openapi.components?.schemas ?? {};
    return {
      ...openapi,
      components: { ...openapi.components, schemas: Object.fromEntries(COMPONENT_NAMES.map((name) => [name, all[name]])) },
    } as ReturnType<typeof withComponents>;
  },
} satisfies SwaggerOptions;

export const openapiDocument = fp(
  async (app: FastifyInstance) => {
    app.setValidatorCompiler(validatorCompiler);
    // Answers are sent as they are (JSON.stringify): the schemas describe them and tests check
    // them against the document; checking each answer in production would cost every request.
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    await app.register(swagger, OPENAPI);
  },
  { name: 'motcua-openapi' },
);
