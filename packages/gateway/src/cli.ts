#!/usr/bin/env node
/**
 * motcua-gateway [--config file.json] [--port N] [--host H] [--portal dir]
 * Without a config: the demo data set on http://127.0.0.1:8080.
 */
import { parseArgs } from 'node:util';
import { demoAdapter } from './adapter-from-config.js';
import { ConfigError, GATEWAY_DOCS, loadConfig } from './config.js';
import { serve } from './serve.js';

const USAGE = `Usage: motcua-gateway [--config gateway.json] [--port 8080] [--host 127.0.0.1] [--portal ./site]\nThe config file and environment variables: ${GATEWAY_DOCS}`;

const HELP = `Usage: motcua-gateway [options]

Serves motcua's API, the no-JavaScript /lookup page and a portal's files over a backend.
Without a config: the demo data set on http://127.0.0.1:8080.

Options (they win over the config file and the environment):
  -c, --config <file>   the gateway's JSON config file
  -p, --port <number>   where to listen (default 8080; MOTCUA_PORT)
      --host <address>  the address to listen on (default 127.0.0.1; 0.0.0.0 for every one; MOTCUA_HOST)
      --portal <dir>    a folder served at / (MOTCUA_PORTAL_DIR)
  -h, --help            this text

Environment variables (they win over the config file):
  MOTCUA_PORT, MOTCUA_HOST, MOTCUA_PORTAL_DIR
  MOTCUA_ORIGINS        portal origins allowed to call the API from browsers, comma-separated
  MOTCUA_TRUST_PROXY    the reverse proxies' addresses or blocks, comma-separated (or true)
  MOTCUA_LOG_LEVEL      fatal, error, warn, info, debug or silent (debug also shows a start-up failure's stack trace)
  MOTCUA_REDIS_URL      redis://host:6379/0, for the counters several instances share
  MOTCUA_IGATE_CLIENT_SECRET, MOTCUA_IGATE_PASSWORD, MOTCUA_DVCQG_PASSWORD   the backend's secrets
  MOTCUA_VAPID_PRIVATE_KEY   following: the Web Push private key

Every field of the config file: ${GATEWAY_DOCS}`;

try {
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
    console.log(HELP);
    process.exit(0);
  }
  const config = loadConfig(values.config, process.env, { '--port': values.port, '--host': values.host, '--portal': values.portal });
  // The demo data set: a few of its dossiers are said, so there is something to look up.
  const demo = config.adapter.type === 'demo' ? demoAdapter(config.adapter) : undefined;
  const app = await serve(config, demo ? { adapter: demo.adapter } : {});
  if (demo)
    app.log.info(
      {
        dossiers: demo.data.dossiers
          .filter((d) => d.lookupKey)
          .slice(0, 3)
          .map((d) => ({ code: d.code, key: d.lookupKey })),
      },
      'demo data: dossiers to look up (the code, and the key printed on its receipt)',
    );
} catch (error) {
  // Operators get a sentence, not a stack trace; MOTCUA_LOG_LEVEL=debug shows the trace.
  const known = error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(
    known
      ? `motcua-gateway: ${(error as Error).message}${(error as { code?: string }).code ? `\n${USAGE}` : ''}`
      : `motcua-gateway: could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (!known && process.env.MOTCUA_LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
}
