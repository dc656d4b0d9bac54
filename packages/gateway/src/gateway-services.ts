/**
 * What every area of the gateway shares, as decorators of the app (fastify-plugin: they are the
 * app's, not one scope's): the client — the routes' only way to the backend —, the counters
 * every instance shares, each request's limits and client, and the one dossier-access path.
 * The adapter itself is not among them: only the health check and the follow watcher are given it.
 */
import { createClient, MotcuaError, type Adapter, type KeyKind, type MotcuaClient } from '@motcua/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { withBackendErrors } from './backend-errors.js';
import { dossierAccess, type DossierAccess } from './dossier-access.js';
import type { GatewayLimits } from './limits.js';
import { LookupGuard } from './lookup-guard.js';
import { clientKey, limitsByAddress, type NetworkLimits } from './networks.js';
import { withSharedDossiers } from './shared-dossiers.js';
import { memoryState, redisState, type SharedState } from './shared-state.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The backend, through the core's client: validated answers, caches, coalesced look-ups. */
    client: MotcuaClient;
    /** The counters every instance must share (Redis), or this process's. */
    sharedState: SharedState;
    /** The limits for this request's client: its network's (`networks`), or the defaults. */
    limitsFor(request: FastifyRequest): GatewayLimits;
    /** Who the request counts as: its network, hashed (networks.ts clientKey). */
    clientOf(request: FastifyRequest): string;
    /** A citizen's code and key to what they may see (dossier-access.ts). */
    dossiers: DossierAccess;
    /**
     * Reads the adapter's catalogue again (a ward edited its file) and forgets cached answers.
     * The old catalogue is served until the new one is read, and kept if it cannot be.
     */
    reloadCatalogue(): Promise<void>;
  }
}

export interface GatewayServicesOptions {
  adapter: Adapter;
  keyKind: KeyKind | undefined;
  limits: GatewayLimits;
  networks: NetworkLimits[] | undefined;
  redis: string | undefined;
  catalogueSeconds: number;
  dossierSeconds: number;
}

/** The client's answers that are the catalogue (the rest: a dossier, statistics, the board). */
const CATALOGUE_ANSWERS = new Set(['procedure search', 'procedure', 'sectors', 'agencies']);

async function services(app: FastifyInstance, options: GatewayServicesOptions): Promise<void> {
  const { adapter, limits } = options;
  const state = options.redis ? redisState(options.redis) : memoryState();
  // Started with Redis: count in it from the first request if it answers within 2 s; else start
  // degraded (counters per instance) and move to it when it does.
  await state.ready(2000);
  app.addHook('onClose', () => state.close());
  // Started while Redis does not answer: said once, so the operator knows the limits are per instance until it does.
  if (state.trouble)
    app.log.warn(
      { state: state.kind, trouble: state.trouble },
      'shared counters unavailable at start: each instance counts alone until Redis answers',
    );
  // The backend's token or session and its catalogue: one login and one fetch for every instance.
  adapter.attachStore?.(state);
  const dossierTtlMs = options.dossierSeconds * 1000;
  const client = createClient({
    // With Redis, a dossier answer is shared by the instances too (each keeps its own as well).
    // A backend's failures in the gateway's words (backend-errors.ts): never its own text, nor "check your network".
    adapter: options.redis ? withSharedDossiers(withBackendErrors(adapter), state, dossierTtlMs) : withBackendErrors(adapter),
    catalogueTtlMs: options.catalogueSeconds * 1000,
    dossierTtlMs,
    cacheSize: 2000,
    // What the client could not read in an answer goes to the log, as the adapters' own reports do (serve.ts): never the console.
    onDroppedFields: ({ backend, answer, code, fields }) => {
      if (answer === 'dossier') app.log.warn({ backend, code, fields }, 'dossier fields left out: they could not be read');
      else if (CATALOGUE_ANSWERS.has(answer))
        app.log.warn({ list: `${backend} ${answer}`, dropped: fields }, 'catalogue fields left out: they could not be read');
      else app.log.warn({ backend, answer, fields }, 'answer fields left out: they could not be read');
    },
  });
  const byAddress = limitsByAddress(limits, options.networks);
  const limitsFor = (request: FastifyRequest) => byAddress(request.ip);
  const clientOf = (request: FastifyRequest) => clientKey(request.ip, limits);

  app.decorate('client', client);
  app.decorate('sharedState', state);
  app.decorate('limitsFor', limitsFor);
  app.decorate('clientOf', clientOf);
  app.decorate(
    'dossiers',
    dossierAccess({
      client,
      guard: new LookupGuard(state, limits.failedLookupWindowMinutes * 60_000),
      keyKind: options.keyKind ?? adapter.keyKind,
      checkedByBackend: adapter.checksKeys === true,
      limitsFor,
      clientOf,
    }),
  );
  app.decorate('reloadCatalogue', async () => {
    if (!adapter.reload) throw new MotcuaError('unsupported', `the ${adapter.name} adapter cannot reload its catalogue`);
    await adapter.reload();
    client.clearCache();
  });
}

export const gatewayServices = fp(services, { name: 'motcua-services' });
