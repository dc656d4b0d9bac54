/**
 * The procedure catalogue, sectors and agencies: public, cached, with ETags. Errors go to
 * the app's error handler, which answers them as JSON like every other route.
 */
import { MotcuaError, type Level, type OnlineService } from '@motcua/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { RouteContext } from '../reply.js';

interface ProcedureQuerystring {
  q?: string;
  sector?: string;
  level?: string;
  online?: string;
  limit?: string;
  offset?: string;
}

function int(value: string | undefined, field: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,6}$/.test(value)) throw new MotcuaError('invalid-input', `${field} must be a whole number`, { field });
  return Number(value);
}

export async function catalogueRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const cached = (reply: FastifyReply) => reply.header('cache-control', `public, max-age=${ctx.catalogueSeconds}`);
  const one = (value: unknown) => (Array.isArray(value) ? value[0] : value) as string | undefined;

  app.get<{ Querystring: ProcedureQuerystring }>('/v1/procedures', async (request, reply) => {
    const q = request.query;
    const limit = int(one(q.limit), 'limit');
    const offset = int(one(q.offset), 'offset');
    const level = one(q.level) as Level | undefined;
    const online = one(q.online) as OnlineService | undefined;
    const sector = one(q.sector);
    const result = await ctx.client.procedures.search(one(q.q) ?? '', {
      ...(sector ? { sector } : {}),
      ...(level ? { level } : {}),
      ...(online ? { onlineService: online } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(offset !== undefined ? { offset } : {}),
    });
    cached(reply);
    return result;
  });

  app.get<{ Params: { code: string } }>('/v1/procedures/:code', async (request, reply) => {
    const procedure = await ctx.client.procedures.get(request.params.code);
    cached(reply);
    return { procedure };
  });

  app.get('/v1/sectors', async (request, reply) => {
    const sectors = await ctx.client.sectors.list();
    cached(reply);
    return { sectors };
  });

  app.get('/v1/agencies', async (request, reply) => {
    const agencies = await ctx.client.agencies.list();
    cached(reply);
    return { agencies };
  });
}
