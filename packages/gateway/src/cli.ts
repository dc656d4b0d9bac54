#!/usr/bin/env node
/**
 * motcua-gateway [--config file.json] [--port N] [--host H] [--portal dir]
 * Without a config: the demo data set on http://127.0.0.1:8080.
 */
import { parseArgs } from 'node:util';
import { ConfigError, GATEWAY_DOCS, loadConfig } from './config.js';
import { serve } from './serve.js';

const USAGE = `Usage: motcua-gateway [--config gateway.json] [--port 8080] [--host 127.0.0.1] [--portal ./site]\nThe config file and environment variables: ${GATEWAY_DOCS}`;

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
    console.log(USAGE);
    process.exit(0);
  }
  const config = loadConfig(values.config, {
    ...process.env,
    ...(values.port ? { MOTCUA_PORT: values.port } : {}),
    ...(values.host ? { MOTCUA_HOST: values.host } : {}),
    ...(values.portal ? { MOTCUA_PORTAL_DIR: values.portal } : {}),
  });
  await serve(config);
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
