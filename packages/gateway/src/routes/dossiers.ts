/** GET /v1/dossiers/:code — status for anyone, details with the lookup key. */
import { MotcuaError } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import { clientId, DOSSIER_BUDGET, sendError, type RouteContext } from '../reply.js';
import { rateLimited } from '../errors.js';
import { fullView, keyMatches, publicView } from '../privacy.js';

export async function dossierRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get<{ Params: { code: string }; Querystring: { key?: string } }>(
    '/v1/dossiers/:code',
    { config: { rateLimit: { max: (request) => ctx.limitsFor(request).dossierPerMinute, timeWindow: 60_000, groupId: DOSSIER_BUDGET } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const client = clientId(request);
      const { failedLookups } = ctx.limitsFor(request);
      const blocked = await ctx.guard.blockedFor(client, failedLookups);
      if (blocked) return sendError(request, reply, rateLimited(blocked));
      const key = typeof request.query.key === 'string' ? request.query.key.trim() : '';
      if (key.length > 64) return sendError(request, reply, new MotcuaError('invalid-input', 'key too long', { field: 'key' }));

      const failed = async (reason: string) => {
        const count = await ctx.guard.fail(client);
        if (count >= failedLookups) request.log.warn({ client, failures: count, reason }, 'dossier enumeration suspected: client blocked');
      };
      try {
        // The client refuses an invalid code (400) before any backend call.
        const dossier = await ctx.client.dossiers.lookup(request.params.code);
        if (key && !keyMatches(dossier, key)) {
          await failed('wrong key');
          throw new MotcuaError('key-required', 'wrong lookup key', {
            messages: {
              vi: 'Mã tra cứu không đúng. Vui lòng xem lại mã in trên giấy hẹn trả kết quả.',
              en: 'The lookup key is wrong. Please check the key printed on your receipt.',
            },
          });
        }
        const view = key ? fullView(dossier) : publicView(dossier);
        return { dossier: view, timeliness: dossierTimeliness(dossier) };
      } catch (error) {
        if (error instanceof MotcuaError && error.kind === 'not-found') await failed('unknown code');
        return sendError(request, reply, error);
      }
    },
  );
}
