/**
 * The JSON API under `/v1`: dossiers, the catalogue, statistics, the hall's board. Its own
 * scope with its own error handler: every refusal is the Error body of api-schemas.ts.
 * (Following, also under `/v1`, is its own area: follow/following.ts.)
 */
import type { FastifyPluginAsync } from 'fastify';
import { jsonErrors } from '../error-replies.js';
import { boardRoutes } from './board.js';
import { catalogueRoutes } from './catalogue.js';
import { dossierRoutes } from './dossiers.js';
import { statsRoutes } from './stats.js';

export const apiRoutes: FastifyPluginAsync<{ catalogueSeconds: number }> = async (app, { catalogueSeconds }) => {
  app.setErrorHandler(jsonErrors);
  await app.register(dossierRoutes);
  await app.register(catalogueRoutes, { catalogueSeconds });
  await app.register(statsRoutes);
  await app.register(boardRoutes);
};
