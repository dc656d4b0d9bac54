#!/usr/bin/env node
/**
 * motcua-gateway [--config file.json] [--port N] [--host H] [--portal dir]
 * Without a config: the demo data set on http://127.0.0.1:8080.
 */
import type { FastifyBaseLogger } from 'fastify';
import { parseArgs } from 'node:util';
import { adapterFromConfig } from './adapter-from-config.js';
import { createGateway } from './app.js';
import { ConfigError, loadConfig } from './config.js';

const { values } = parseArgs({
  options: {
    config: { type: 'string', short: 'c' },
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    portal: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: motcua-gateway [--config gateway.json] [--port 8080] [--host 127.0.0.1] [--portal ./site]\nSee docs/gateway.md for the config file and environment variables.');
  process.exit(0);
}

try {
  const config = loadConfig(values.config, {
    ...process.env,
    ...(values.port ? { MOTCUA_PORT: values.port } : {}),
    ...(values.host ? { MOTCUA_HOST: values.host } : {}),
    ...(values.portal ? { MOTCUA_PORTAL_DIR: values.portal } : {}),
  });
  // The catalogue loads on the first request, once the app (and its logger) exists.
  const logger: { current?: FastifyBaseLogger } = {};
  const adapter = adapterFromConfig(config.adapter, {
    onSkippedRecords: ({ what, total, skipped }) => logger.current?.warn({ list: what, total, skipped: skipped.length, fields: skipped.slice(0, 20).map((e) => e.field) }, 'catalogue records skipped: they could not be read'),
  });
  const app = await createGateway({
    adapter,
    origins: config.origins,
    trustProxy: config.trustProxy,
    catalogueSeconds: config.catalogueSeconds,
    dossierSeconds: config.dossierSeconds,
    ...(config.limits ? { limits: config.limits } : {}),
    ...(config.portalDir ? { portalDir: config.portalDir } : {}),
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
  });
  logger.current = app.log;
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
  const address = await app.listen({ port: config.port, host: config.host });
  app.log.info({ address, adapter: config.adapter.type }, 'motcua gateway listening');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
