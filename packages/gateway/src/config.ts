/**
 * Gateway configuration from a JSON file and the environment (environment wins, so secrets
 * need not sit in the file). Validated, with errors that name the field.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { KEY_KINDS } from '@motcua/core';
import * as z from 'zod/mini';
import { describeJsonError } from './json-error.js';
import { limitsByAddress } from './networks.js';
import { normalizeOrigin } from './origins.js';
import { DEFAULT_CACHE_SECONDS, DEFAULT_LIMITS } from './limits.js';

// Strict objects: a misspelt key ("origin" for "origins") is an error, not a silent default.
const AdapterConfigSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('demo'), latencyMs: z.optional(z.number()) }),
  z.strictObject({ type: z.literal('static'), url: z.optional(z.string()), file: z.optional(z.string()) }),
  z.strictObject({ type: z.literal('rest'), endpoint: z.url() }),
  z.strictObject({
    type: z.literal('dvcqg'),
    url: z.url(),
    // "get": a provincial proxy (no login, no endpoints); "post" (default) needs endpoints, username and password (checked below).
    method: z.optional(z.enum(['post', 'get'])),
    endpoints: z.optional(z.strictObject({ auth: z.string(), integration: z.string(), share: z.string() })),
    username: z.optional(z.string()),
    password: z.optional(z.string()),
    services: z.optional(
      z.strictObject({ dossier: z.optional(z.string()), procedure: z.optional(z.string()), list: z.optional(z.string()) }),
    ),
    dstcode: z.optional(z.string()),
    agencyCode: z.optional(z.string()),
    params: z.optional(
      z.strictObject({ dossierCode: z.optional(z.string()), procedureCode: z.optional(z.string()), agencyCode: z.optional(z.string()) }),
    ),
    sessionMinutes: z.optional(z.number().check(z.gt(0))),
  }),
  z.strictObject({
    type: z.literal('igate'),
    baseUrl: z.url(),
    tokenUrl: z.url(),
    clientId: z.string(),
    clientSecret: z.optional(z.string()),
    username: z.optional(z.string()),
    password: z.optional(z.string()),
    statusMap: z.optional(z.record(z.string(), z.int().check(z.gte(1), z.lte(10)))),
    paths: z.optional(
      z.strictObject({
        dossierSearch: z.optional(z.string()),
        nationCodeParam: z.optional(z.string()),
        acceptedFromParam: z.optional(z.string()),
        acceptedToParam: z.optional(z.string()),
        procedures: z.optional(z.string()),
        agencies: z.optional(z.string()),
      }),
    ),
  }),
  z.strictObject({
    type: z.literal('opencps'),
    baseUrl: z.url(),
    groupId: z.union([z.string(), z.int()]),
    paths: z.optional(z.strictObject({ dossier: z.optional(z.string()), services: z.optional(z.string()) })),
  }),
]);

export const GatewayConfigSchema = z.strictObject({
  port: z._default(z.int().check(z.gte(0), z.lte(65535)), 8080),
  host: z._default(z.string(), '127.0.0.1'),
  adapter: z._default(AdapterConfigSchema, { type: 'demo' }),
  origins: z._default(z.array(z.string()), []),
  /**
   * What citizens type to see a dossier's details, where it is not what the backend asks for
   * (`phone`: a province that looks dossiers up by the applicant's phone number). By default
   * the backend's: the receipt's key (demo, OpenCPS), the applicant's ID number (iGate, dvcqg).
   */
  keyKind: z.optional(z.enum(KEY_KINDS)),
  /**
   * Behind reverse proxies: their addresses or blocks (or `loopback`, `uniquelocal`), whose
   * X-Forwarded-For entries are believed. `true` believes the whole header, whose first entries
   * the client writes itself.
   */
  trustProxy: z._default(z.union([z.boolean(), z.array(z.string().check(z.minLength(1)))]), false),
  limits: z.optional(
    z.strictObject({
      perMinute: z.optional(z.int().check(z.gte(1))),
      dossierPerMinute: z.optional(z.int().check(z.gte(1))),
      failedLookups: z.optional(z.int().check(z.gte(1))),
      failedLookupWindowMinutes: z.optional(z.int().check(z.gte(1))),
      wrongKeysPerDossier: z.optional(z.int().check(z.gte(1))),
      dossierPauseMinutes: z.optional(z.int().check(z.gte(1))),
      ipv4Prefix: z.optional(z.int().check(z.gte(8), z.lte(32))),
      ipv6Prefix: z.optional(z.int().check(z.gte(32), z.lte(128))),
      networks: z.optional(
        z.array(
          z.strictObject({
            name: z.string(),
            cidr: z.union([z.string(), z.array(z.string())]),
            perMinute: z.optional(z.int().check(z.gte(1))),
            dossierPerMinute: z.optional(z.int().check(z.gte(1))),
            failedLookups: z.optional(z.int().check(z.gte(1))),
          }),
        ),
      ),
    }),
  ),
  /** Redis for the counters several instances share (`redis://host:6379/0`). */
  redis: z.optional(z.string().check(z.regex(/^rediss?:\/\//))),
  catalogueSeconds: z._default(z.int().check(z.gte(0)), DEFAULT_CACHE_SECONDS.catalogue),
  dossierSeconds: z._default(z.int().check(z.gte(0)), DEFAULT_CACHE_SECONDS.dossier),
  portalDir: z.optional(z.string()),
  /** Following dossiers: Web Push (VAPID keys) and webhooks; subscriptions in an SQLite file, or Redis with `redis`. */
  follow: z.optional(
    z.strictObject({
      vapidPublicKey: z.string().check(z.minLength(40)),
      vapidPrivateKey: z.string().check(z.minLength(20)),
      subject: z.string().check(z.regex(/^(mailto:|https:)/)),
      store: z._default(z.string(), 'motcua-follow.db'),
      webhooks: z.optional(z.array(z.strictObject({ url: z.url(), secret: z.string().check(z.minLength(16)) }))),
      intervalSeconds: z.optional(z.int().check(z.gte(10))),
      perMinute: z.optional(z.int().check(z.gte(1))),
      /** Days a dossier is still followed after it is returned (or otherwise finished); default 7. */
      keepDays: z.optional(z.int().check(z.gte(1))),
      lookupUrl: z.optional(z.string()),
      /** Push service hosts beyond the browsers' own (exact, or `*.example.com`). */
      // Host names only (the last label a word): an address (10.0.0.1) is no push service.
      pushHosts: z.optional(z.array(z.string().check(z.regex(/^(\*\.)?([a-z0-9-]+\.)+[a-z][a-z0-9-]*$/i)))),
      maxPerDossier: z.optional(z.int().check(z.gte(1))),
      maxPerBrowser: z.optional(z.int().check(z.gte(1))),
    }),
  ),
  logLevel: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']), 'info'),
});

export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;
export type AdapterConfig = z.infer<typeof AdapterConfigSchema>;

/** Environment variables and the config fields they set. */
const ENV: Record<string, (raw: Record<string, unknown>, value: string) => void> = {
  MOTCUA_PORT: (c, v) => (c.port = /^\d+$/.test(v.trim()) ? Number(v) : v),
  MOTCUA_HOST: (c, v) => (c.host = v),
  MOTCUA_ORIGINS: (c, v) =>
    (c.origins = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)),
  MOTCUA_TRUST_PROXY: (c, v) =>
    (c.trustProxy =
      v === 'true'
        ? true
        : v === 'false'
          ? false
          : v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)),
  MOTCUA_LOG_LEVEL: (c, v) => (c.logLevel = v),
  MOTCUA_PORTAL_DIR: (c, v) => (c.portalDir = v),
  MOTCUA_REDIS_URL: (c, v) => (c.redis = v),
  MOTCUA_DVCQG_PASSWORD: (c, v) => (((c.adapter ??= {}) as Record<string, unknown>).password = v),
  MOTCUA_IGATE_CLIENT_SECRET: (c, v) => (((c.adapter ??= {}) as Record<string, unknown>).clientSecret = v),
  MOTCUA_IGATE_PASSWORD: (c, v) => (((c.adapter ??= {}) as Record<string, unknown>).password = v),
  MOTCUA_VAPID_PRIVATE_KEY: (c, v) => (((c.follow ??= {}) as Record<string, unknown>).vapidPrivateKey = v),
};

/** Every field and the API: the repository's page (the package ships no docs/; package.json's `repository`, tested). */
export const GATEWAY_DOCS = 'https://github.com/motcua/motcua/blob/main/docs/gateway.md';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Where a field's value came from, when not the file: `MOTCUA_PORT`, `--port`. */
export type ConfigSources = Record<string, string>;

/** Command-line options and the environment variables they stand for (they win over both the file and the variable). */
const FLAGS: Record<string, string> = { '--port': 'MOTCUA_PORT', '--host': 'MOTCUA_HOST', '--portal': 'MOTCUA_PORTAL_DIR' };

/** The config field each environment variable sets (for saying where a bad value came from). */
const ENV_FIELDS: Record<string, string> = {
  MOTCUA_PORT: 'port',
  MOTCUA_HOST: 'host',
  MOTCUA_ORIGINS: 'origins',
  MOTCUA_TRUST_PROXY: 'trustProxy',
  MOTCUA_LOG_LEVEL: 'logLevel',
  MOTCUA_PORTAL_DIR: 'portalDir',
  MOTCUA_REDIS_URL: 'redis',
  MOTCUA_DVCQG_PASSWORD: 'adapter.password',
  MOTCUA_IGATE_CLIENT_SECRET: 'adapter.clientSecret',
  MOTCUA_IGATE_PASSWORD: 'adapter.password',
  MOTCUA_VAPID_PRIVATE_KEY: 'follow.vapidPrivateKey',
};

/** Why a file could not be read, in words an operator acts on (not "ENOENT"). */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'there is no such file'
    : code === 'EACCES'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder'
        : (error as Error).message;
}

/**
 * Reads the config file, then the environment, then the command line's options (`flags`:
 * `{ "--port": "abc" }`), and checks all of it: every problem is said at once, one line each,
 * naming the file and, for a value that came from elsewhere, the variable or the option.
 */
export function loadConfig(
  file: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  flags: Record<string, string | undefined> = {},
): GatewayConfig {
  let raw: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`Cannot read the config file ${file} (${resolve(file)}): ${whyUnreadable(error)}.`);
    }
    try {
      raw = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`The config file ${file} is not valid JSON at ${describeJsonError(text, error)}`);
    }
  }
  const sources: ConfigSources = {};
  const set = (name: string, value: string | undefined, source: string) => {
    if (value === undefined || value === '') return;
    ENV[name]!(raw, value);
    sources[ENV_FIELDS[name]!] = source;
  };
  for (const name of Object.keys(ENV)) set(name, env[name], name);
  for (const [flag, name] of Object.entries(FLAGS)) set(name, flags[flag], flag);
  const from = (path: readonly PropertyKey[]) => {
    const field = path.map(String).join('.');
    const source = Object.entries(sources).find(([f]) => field === f || field.startsWith(`${f}.`))?.[1];
    return source ? ` (from ${source})` : '';
  };

  const problems: string[] = [];
  const result = GatewayConfigSchema.safeParse(raw);
  if (!result.success) for (const issue of result.error.issues) problems.push(`${explainIssue(issue, raw)}${from(issue.path)}`);
  // Origins as browsers send them: each one that is not is a problem of its own.
  if (Array.isArray(raw.origins))
    raw.origins.forEach((origin) => {
      if (typeof origin !== 'string') return;
      try {
        normalizeOrigin(origin);
      } catch (error) {
        problems.push(`"origins": ${(error as Error).message}${from(['origins'])}`);
      }
    });
  // Each network's blocks, each bad one said.
  const networks = (raw.limits as { networks?: unknown } | undefined)?.networks;
  if (Array.isArray(networks))
    for (const network of networks as Array<{ name?: unknown; cidr?: unknown }>) {
      if (!network || typeof network.name !== 'string') continue;
      const blocks = typeof network.cidr === 'string' ? [network.cidr] : Array.isArray(network.cidr) ? network.cidr : [];
      for (const cidr of blocks) {
        if (typeof cidr !== 'string') continue;
        try {
          limitsByAddress({ ...DEFAULT_LIMITS }, [{ name: network.name, cidr }]);
        } catch (error) {
          problems.push(`"limits.networks": ${(error as Error).message}`);
        }
      }
    }
  const config = result.success ? result.data : undefined;
  // A catalogue file has no dossiers: following one could never tell anybody anything.
  if (config?.follow && config.adapter.type === 'static') {
    problems.push(
      '"follow": a static catalogue has no dossiers to follow. Remove "follow", or use an adapter that looks dossiers up (igate, dvcqg, opencps, rest).',
    );
  }
  // The national portal through its login needs the account and the three endpoints; a GET proxy needs neither.
  const adapter = config?.adapter;
  if (adapter?.type === 'dvcqg' && adapter.method !== 'get') {
    const missing = (['endpoints', 'username', 'password'] as const).filter((key) => adapter[key] === undefined);
    if (missing.length)
      problems.push(
        `"adapter.${missing[0]}": the national portal needs ${missing.map((k) => `"${k}"`).join(', ')} (its login and endpoints), or "method": "get" for a provincial proxy.`,
      );
  }
  if (problems.length || !config) {
    const lines = problems.map((problem) => `  - ${problem}`);
    throw new ConfigError(`Invalid gateway config${file ? ` in ${file}` : ''}:\n${lines.join('\n')}\nEvery field: ${GATEWAY_DOCS}`);
  }
  config.origins = config.origins.map(normalizeOrigin);
  // Paths in the file are relative to the file.
  const base = file ? dirname(resolve(file)) : process.cwd();
  if (config.portalDir) config.portalDir = resolve(base, config.portalDir);
  if (config.adapter.type === 'static' && config.adapter.file) config.adapter.file = resolve(base, config.adapter.file);
  if (config.follow) config.follow.store = resolve(base, config.follow.store);
  return config;
}

/** Every key the config knows, for "did you mean". */
const KNOWN_KEYS = [
  ...Object.keys(GatewayConfigSchema.def.shape),
  'perMinute',
  'dossierPerMinute',
  'failedLookups',
  'failedLookupWindowMinutes',
  'wrongKeysPerDossier',
  'dossierPauseMinutes',
  'ipv4Prefix',
  'ipv6Prefix',
  'networks',
  'name',
  'cidr',
  'type',
  'latencyMs',
  'url',
  'file',
  'endpoint',
  'username',
  'password',
  'agencyCode',
  'baseUrl',
  'tokenUrl',
  'clientId',
  'clientSecret',
  'statusMap',
  'endpoints',
  'auth',
  'integration',
  'share',
  'dstcode',
  'params',
  'dossierCode',
  'procedureCode',
  'paths',
  'dossierSearch',
  'nationCodeParam',
  'procedures',
  'agencies',
  'groupId',
  'dossier',
  'services',
  'sessionMinutes',
  'acceptedFromParam',
  'acceptedToParam',
  'method',
  'procedure',
  'list',
  'vapidPublicKey',
  'vapidPrivateKey',
  'subject',
  'store',
  'webhooks',
  'secret',
  'intervalSeconds',
  'keepDays',
  'lookupUrl',
  'pushHosts',
  'maxPerDossier',
  'maxPerBrowser',
];

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggest(key: string): string {
  const folded = key.toLowerCase();
  const best = KNOWN_KEYS.map((k) => ({ k, d: distance(folded, k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? ` (did you mean "${best.k}"?)` : '';
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);
}

/** "an object", "an array", "a number": the article English puts before the word. */
const a = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
/** What zod expected, in words: `int` is "a whole number", the rest with its article. */
const anExpected = (expected: string) => (expected === 'int' ? 'a whole number' : a(expected));

/** One config problem in words an operator can act on: the field, what is wrong, what is allowed. */
export function explainIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const at = issue.path.map(String).join('.') || '(top level)';
  const got = valueAt(raw, issue.path);
  const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 60);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => `"${[...issue.path.map(String), k].join('.')}" is not a config field${suggest(k)}`).join('; ');
    case 'invalid_value':
      return `"${at}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${shown})`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `"${at}" must be one of ${(issue.options as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${shown})`
        : `"${at}" is not valid (got ${shown})`;
    case 'invalid_type':
      return got === undefined
        ? `"${at}" is required (${anExpected(issue.expected)})`
        : `"${at}" must be ${anExpected(issue.expected)} (got ${shown})`;
    case 'invalid_format':
      return issue.format === 'url'
        ? `"${at}" must be a full URL such as https://api.example.gov.vn (got ${shown})`
        : `"${at}" must be ${a(issue.format)} (got ${shown})`;
    case 'too_small':
      return `"${at}" must be at least ${String(issue.minimum)} (got ${shown})`;
    case 'too_big':
      return `"${at}" must be at most ${String(issue.maximum)} (got ${shown})`;
    default:
      return `"${at}": ${issue.message} (got ${shown})`;
  }
}
