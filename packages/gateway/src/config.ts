/**
 * Gateway configuration from a JSON file and the environment (environment wins, so secrets
 * need not sit in the file). Validated, with errors that name the field.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as z from 'zod/mini';

const AdapterConfigSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('demo'), latencyMs: z.optional(z.number()) }),
  z.object({ type: z.literal('static'), url: z.optional(z.string()), file: z.optional(z.string()) }),
  z.object({ type: z.literal('rest'), endpoint: z.url() }),
  z.object({ type: z.literal('dvcqg'), url: z.url(), username: z.string(), password: z.string(), agencyCode: z.optional(z.string()) }),
  z.object({
    type: z.literal('igate'),
    baseUrl: z.url(),
    tokenUrl: z.url(),
    clientId: z.string(),
    clientSecret: z.string(),
    statusMap: z.optional(z.record(z.string(), z.int().check(z.gte(1), z.lte(10)))),
  }),
]);

export const GatewayConfigSchema = z.object({
  port: z._default(z.int().check(z.gte(0), z.lte(65535)), 8080),
  host: z._default(z.string(), '127.0.0.1'),
  adapter: z._default(AdapterConfigSchema, { type: 'demo' }),
  origins: z._default(z.array(z.string()), []),
  trustProxy: z._default(z.boolean(), false),
  limits: z.optional(
    z.object({
      perMinute: z.optional(z.int().check(z.gte(1))),
      dossierPerMinute: z.optional(z.int().check(z.gte(1))),
      failedLookups: z.optional(z.int().check(z.gte(1))),
      failedLookupWindowMinutes: z.optional(z.int().check(z.gte(1))),
    }),
  ),
  catalogueSeconds: z._default(z.int().check(z.gte(0)), 300),
  dossierSeconds: z._default(z.int().check(z.gte(0)), 15),
  portalDir: z.optional(z.string()),
  logLevel: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']), 'info'),
});

export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;
export type AdapterConfig = z.infer<typeof AdapterConfigSchema>;

/** Environment variables and the config fields they set. */
const ENV: Record<string, (raw: Record<string, unknown>, value: string) => void> = {
  MOTCUA_PORT: (c, v) => (c.port = Number(v)),
  MOTCUA_HOST: (c, v) => (c.host = v),
  MOTCUA_ORIGINS: (c, v) => (c.origins = v.split(',').map((s) => s.trim()).filter(Boolean)),
  MOTCUA_TRUST_PROXY: (c, v) => (c.trustProxy = v === 'true' || v === '1'),
  MOTCUA_LOG_LEVEL: (c, v) => (c.logLevel = v),
  MOTCUA_PORTAL_DIR: (c, v) => (c.portalDir = v),
  MOTCUA_DVCQG_PASSWORD: (c, v) => (((c.adapter ??= {}) as Record<string, unknown>).password = v),
  MOTCUA_IGATE_CLIENT_SECRET: (c, v) => (((c.adapter ??= {}) as Record<string, unknown>).clientSecret = v),
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  let raw: Record<string, unknown> = {};
  if (file) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`Cannot read the config file ${file}: ${(error as Error).message}`);
    }
  }
  for (const [name, set] of Object.entries(ENV)) {
    const value = env[name];
    if (value !== undefined && value !== '') set(raw, value);
  }
  const result = GatewayConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Invalid gateway config at "${issue.path.join('.') || '(root)'}": ${issue.message}. See docs/gateway.md.`);
  }
  const config = result.data;
  // Paths in the file are relative to the file.
  const base = file ? dirname(resolve(file)) : process.cwd();
  if (config.portalDir) config.portalDir = resolve(base, config.portalDir);
  if (config.adapter.type === 'static' && config.adapter.file) config.adapter.file = resolve(base, config.adapter.file);
  return config;
}
