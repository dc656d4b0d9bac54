/**
 * For operators and tools: `/healthz`, `/openapi.json`, and `/` when no portal is served. Its
 * own scope, answering errors with the API's JSON Error body.
 */
import type { Adapter } from '@motcua/core';
import type { FastifyPluginAsync } from 'fastify';
import { jsonErrors } from '../error-replies.js';
import { healthRoutes } from './health.js';
import { openapiRoutes } from './openapi.js';
import { rootRoutes } from './root.js';

export interface OperationsOptions {
  /** Only the health check asks the adapter itself. */
  adapter: Adapter;
  healthTimeoutMs: number;
  /** A portal is served at `/`: no root route of ours. */
  portal: boolean;
}

export const operationsRoutes: FastifyPluginAsync<OperationsOptions> = async (app, { adapter, healthTimeoutMs, portal }) => {
  app.setErrorHandler(jsonErrors);
  await app.register(healthRoutes, { adapter, timeoutMs: healthTimeoutMs });
  await app.register(openapiRoutes);
  if (!portal) await app.register(rootRoutes);
};
