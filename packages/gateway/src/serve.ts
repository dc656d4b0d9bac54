/**
 * Runs a gateway from its config as an operator does: builds the adapter, logs what the
 * catalogue could not read, reloads a catalogue file when it changes (or on SIGHUP), stops
 * gracefully, and turns start-up failures into one sentence that says what to do.
 * Both `motcua-gateway` and `npm start` go through here.
 */
import type { Adapter } from '@motcua/core';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { unwatchFile, watchFile } from 'node:fs';
import { adapterFromConfig } from './adapter-from-config.js';
import { createGateway } from './app.js';
import { ConfigError, type GatewayConfig } from './config.js';
import type { FollowOptions } from './follow/following.js';
import { connectRedisWatchStore, sqliteWatchStore, type StoreOptions } from './follow/watch-stores.js';
import type { PushTargetPolicy } from './follow/push-targets.js';
import type { WatchStore } from './follow/store.js';

/**
 * Followed dossiers in Redis when the instances share one, else in an SQLite file (kept across
 * restarts). A file that cannot be opened stops the start with what to do; a Redis that is away
 * does not (the watcher waits for it, /healthz says so).
 */
function openStore(
  follow: NonNullable<GatewayConfig['follow']>,
  redis: string | undefined,
  options: StoreOptions & { onConnectionError(message: string): void },
): WatchStore {
  if (redis) return connectRedisWatchStore(redis, options);
  try {
    return sqliteWatchStore(follow.store, options);
  } catch (error) {
    throw new ConfigError(
      /not a database|malformed|corrupt/i.test((error as Error).message)
        ? `Cannot open the follow store ${follow.store} ("follow.store"): ${(error as Error).message}. Move the file aside (the gateway starts a new one; citizens then follow again), or set "follow.store" to another file.`
        : `Cannot open the follow store ${follow.store} ("follow.store"): ${(error as Error).message}. Check that its folder exists and that the gateway's user may read and write the file and the folder, or set "follow.store" to another file.`,
    );
  }
}

function followFromConfig(
  follow: NonNullable<GatewayConfig['follow']>,
  store: WatchStore,
  pushTargets: PushTargetPolicy | undefined,
): FollowOptions {
  const hosts = [...(follow.pushHosts ?? []), ...(pushTargets?.hosts ?? [])];
  return {
    vapid: { publicKey: follow.vapidPublicKey, privateKey: follow.vapidPrivateKey, subject: follow.subject },
    store,
    caps: {
      ...(follow.maxPerDossier ? { perDossier: follow.maxPerDossier } : {}),
      ...(follow.maxPerBrowser ? { perEndpoint: follow.maxPerBrowser } : {}),
    },
    pushTargets: { ...pushTargets, hosts },
    ...(follow.webhooks ? { webhooks: follow.webhooks } : {}),
    ...(follow.intervalSeconds ? { intervalSeconds: follow.intervalSeconds } : {}),
    ...(follow.perMinute ? { perMinute: follow.perMinute } : {}),
    ...(follow.keepDays ? { keepDays: follow.keepDays } : {}),
    ...(follow.lookupUrl ? { lookupUrl: follow.lookupUrl } : {}),
  };
}

export interface ServeOptions {
  /** An adapter built by the caller instead of the one the config names (npm start's demo data). */
  adapter?: Adapter;
  /** How often a catalogue file is checked for changes, in ms (default 1000). */
  watchIntervalMs?: number;
  /** Where pushes may go beyond the config's `follow.pushHosts`: for npm start's tests only (a push service on loopback). */
  pushTargets?: PushTargetPolicy;
}

export async function serve(config: GatewayConfig, options: ServeOptions = {}): Promise<FastifyInstance> {
  // The catalogue loads on the first request, once the app (and its logger) exists.
  const logger: { current?: FastifyBaseLogger } = {};
  const adapter =
    options.adapter ??
    adapterFromConfig(config.adapter, {
      onSkippedRecords: ({ label, total, skipped, dropped }) => {
        const report = {
          list: label,
          total,
          skipped: skipped.length,
          fields: skipped.slice(0, 20).map((e) => e.field),
          dropped: dropped.slice(0, 20),
        };
        logger.current?.warn(
          report,
          skipped.length ? 'catalogue records skipped: they could not be read' : 'catalogue fields left out: they could not be read',
        );
      },
      // The dossier was served without these; the operator fixes the mapping (statusMap…) or asks the backend's vendor.
      onDroppedFields: ({ label, code, fields }) =>
        logger.current?.warn({ backend: label, code, fields: fields.slice(0, 20) }, 'dossier fields left out: they could not be read'),
    });
  const store = config.follow
    ? openStore(config.follow, config.redis, {
        onCorrupt: (record, problem) => logger.current?.error({ record, problem }, 'follow store record unreadable'),
        onConnectionError: (message) =>
          logger.current?.error({ store: 'redis', error: message }, 'follow store: Redis connection failed; following waits for it'),
      })
    : undefined;
  const app = await createGateway({
    adapter,
    origins: config.origins,
    trustProxy: config.trustProxy,
    catalogueSeconds: config.catalogueSeconds,
    dossierSeconds: config.dossierSeconds,
    ...(config.limits ? { limits: withoutNetworks(config.limits) } : {}),
    ...(config.limits?.networks ? { networks: config.limits.networks } : {}),
    ...(config.redis ? { redis: config.redis } : {}),
    ...(config.keyKind ? { keyKind: config.keyKind } : {}),
    ...(config.portalDir ? { portalDir: config.portalDir } : {}),
    ...(config.follow && store ? { follow: followFromConfig(config.follow, store, options.pushTargets) } : {}),
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  });
  logger.current = app.log;

  const reload = (why: string) =>
    app.reloadCatalogue().then(
      () => app.log.info({ why }, 'catalogue reloaded'),
      (error: unknown) =>
        app.log.error(
          { why, error: error instanceof Error ? error.message : String(error) },
          'catalogue not reloaded: the previous one is still served',
        ),
    );
  const file = !options.adapter && config.adapter.type === 'static' ? config.adapter.file : undefined;
  if (file)
    watchFile(
      file,
      { interval: options.watchIntervalMs ?? 1000 },
      (now, before) => now.mtimeMs !== before.mtimeMs && void reload('file changed'),
    );
  const onHangUp = () => void reload('SIGHUP');
  if (adapter.reload) process.on('SIGHUP', onHangUp);
  app.addHook('onClose', async () => {
    if (file) unwatchFile(file);
    process.off('SIGHUP', onHangUp);
  });

  // Graceful shutdown: stop accepting, finish what is in flight, then exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  try {
    const address = await app.listen({ port: config.port, host: config.host });
    app.log.info({ address, adapter: adapter.name }, 'motcua gateway listening');
    if (!supportedNode(process.versions.node))
      app.log.warn(
        { node: process.version, supported: SUPPORTED_NODE },
        `motcua supports Node.js ${SUPPORTED_NODE} (package.json "engines"): this one is not tested, install a supported line`,
      );
  } catch (error) {
    await app.close();
    throw listenError(error, config);
  }
  return app;
}

/** The Node.js lines CI runs (package.json `engines`); npm only warns at install, where it is easily missed. */
const SUPPORTED_NODE = '^22.13.0 || ^24.0.0 || >=26.0.0';

export function supportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return (major === 22 && minor >= 13) || major === 24 || major >= 26;
}

function withoutNetworks<T extends { networks?: unknown }>({ networks: _, ...limits }: T): Omit<T, 'networks'> {
  return limits;
}

function listenError(error: unknown, { port, host }: GatewayConfig): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE')
    return new ConfigError(
      `Port ${port} is already in use on ${host}: stop the program that holds it, or choose another port ("port" in the config, --port or MOTCUA_PORT).`,
    );
  if (code === 'EACCES')
    return new ConfigError(
      `Not allowed to listen on ${where}: ports below 1024 need extra rights; use a higher port behind a reverse proxy.`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new ConfigError(`Cannot listen on ${where}: this machine has no such address ("host" in the config, --host or MOTCUA_HOST).`);
  return error;
}
