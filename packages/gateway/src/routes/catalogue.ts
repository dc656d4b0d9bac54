/** The procedure catalogue, sectors and agencies: public, cached, with ETags. */
import { MotcuaError, type Level, type OnlineService } from '@motcua/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError, type RouteContext } from '../reply.js';

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
    try {
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
    } catch (error) {
      return sendError(request, reply, error);
    }
  });

  app.get<{ Params: { code: string } }>('/v1/procedures/:code', async (request, reply) => {
    try {
      const procedure = await ctx.client.procedures.get(request.params.code);
      cached(reply);
      return { procedure };
    } catch (error) {
      return sendError(request, reply, error);
    }
  });

  app.get('/v1/sectors', async (request, reply) => {
    try {
      const sectors = await ctx.client.sectors.list();
      cached(reply);
      return { sectors };
    } catch (error) {
      return sendError(request, reply, error);
    }
  });

  app.get('/v1/agencies', async (request, reply) => {
    try {
      const agencies = await ctx.client.agencies.list();
      cached(reply);
      return { agencies };
    } catch (error) {
      return sendError(request, reply, error);
    }
  });
}
