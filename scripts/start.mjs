// `npm start`: builds the packages and the demo portal, then runs the gateway on the demo
// data set and serves the portal at http://localhost:8080. The gateway's environment
// variables apply as they do to motcua-gateway (MOTCUA_ORIGINS, MOTCUA_PORT, MOTCUA_HOST,
// MOTCUA_LOG_LEVEL, …; PORT and HOST too); docs/gateway.md lists them.
// MOTCUA_DEMO_BACKEND=igate|dvcqg|opencps puts that backend's simulator (test/simulators)
// behind the gateway, with the same demo data in its wire format: the whole chain.
// Following dossiers is on unless the config has its own `follow`: VAPID keys generated once
// into .cache/demo-follow/ (or MOTCUA_DEMO_FOLLOW_DIR), subscriptions in an SQLite file there.
// Three demo dossiers take turns to change status, one every MOTCUA_DEMO_TICK_SECONDS (default
// 10, so each every 30 s), and the watcher looks every MOTCUA_DEMO_FOLLOW_SECONDS (default 10):
// a notification comes within a minute.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildDemoPortal } from './demo-portal.mjs';

// --no-build: the packages are built already (the tests that start the portal as a webmaster would).
if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'] });
const portal = await buildDemoPortal();

const { memoryAdapter } = await import('@motcua/adapters');
const { createDemoDataset } = await import('@motcua/adapters/demo');
const { loadConfig, serve, generateVapidKeys } = await import('@motcua/gateway');
const { startDemoChanges } = await import('@motcua/adapters/demo');
const { dossierStatus, dossierTimeliness } = await import('@motcua/core/status');

const env = {
  MOTCUA_PORT: process.env.PORT,
  MOTCUA_HOST: process.env.HOST,
  MOTCUA_LOG_LEVEL: 'warn',
  MOTCUA_PORTAL_DIR: portal,
  ...definedOnly(process.env),
};
let config;
try {
  config = loadConfig(undefined, env);
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}
const data = createDemoDataset();
const tickSeconds = seconds('MOTCUA_DEMO_TICK_SECONDS', 10);
const changes = startDemoChanges(data.dossiers, { everyMs: tickSeconds * 1000 });
config.follow ??= demoFollow();
const backend = await startSimulator(process.env.MOTCUA_DEMO_BACKEND);
let app;
try {
  // The tests' push service on loopback (test/helpers/push-service.ts) is allowed only through
  // this variable of the demo's: the gateway's own config cannot push anywhere but to push services.
  const pushTargets = process.env.MOTCUA_DEMO_PUSH_SERVICE
    ? { pushTargets: { dangerouslyAllowOrigins: [new URL(process.env.MOTCUA_DEMO_PUSH_SERVICE).origin] } }
    : {};
  app = await serve(
    backend ? { ...config, adapter: backend.adapter } : config,
    backend ? pushTargets : { adapter: memoryAdapter(data, { latencyMs: 300 }), ...pushTargets },
  );
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}
const { port, address } = app.server.address();
// The address it listens on, as a browser takes it: every address (0.0.0.0, ::) is reached as localhost.
const host = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;

// What this backend opens a dossier's details with, as the gateway says it (its answers carry keyKind).
const KEY_WORDS = { receipt: 'mã tra cứu', 'id-number': 'số định danh', phone: 'số điện thoại' };
const keyOf = (kind, d) => (kind === 'id-number' ? d.applicant?.idNumber : kind === 'phone' ? d.applicant?.phone : d.lookupKey);
// Asked from an address of its own (TEST-NET): the demo's checks must not spend a visitor's budget on 127.0.0.1.
const ask = (d, key) =>
  app.inject({
    method: key ? 'POST' : 'GET',
    url: `/v1/dossiers/${encodeURIComponent(d.code)}`,
    remoteAddress: '192.0.2.10',
    ...(key ? { payload: new URLSearchParams({ key }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
  });
const first = (await ask(data.dossiers[0])).json();
const keyKind = first.dossier?.keyKind ?? first.error?.keyKind ?? 'receipt';
/** A dossier the predicate picks whose key the gateway really opens it with (a backend's record may lack one). */
async function sample(label, pred) {
  for (const d of data.dossiers.filter(pred).slice(0, 3)) {
    const key = keyOf(keyKind, d);
    if (!key) continue;
    const res = await ask(d, key);
    if (res.statusCode === 200 && res.json().dossier?.restricted === false)
      return `  ${d.code}  ${KEY_WORDS[keyKind]} ${key}  — ${label} (${dossierStatus(d.status).label.vi})`;
  }
  return '';
}
const state = (d) => dossierTimeliness(d).state;
console.log(`\nmotcua demo portal: http://${host}:${port}   (API: http://${host}:${port}/openapi.json)`);
console.log(backend ? `Backend: the ${backend.name} simulator at ${backend.url}\n` : '');
const samples = [
  await sample('overdue, across ward → city → province', (d) => state(d) === 'overdue' && d.steps?.some((s) => s.level === 'province')),
  await sample('due soon', (d) => state(d) === 'due-soon'),
  await sample('more documents requested', (d) => d.status === 5),
  await sample('fees to pay', (d) => d.status === 6),
  await sample('result returned', (d) => d.status === 10),
  await sample(
    `changes status every ${tickSeconds * changes.moving.length} s: look it up, then "Báo cho tôi khi hồ sơ thay đổi"`,
    (d) => d === changes.moving[0],
  ),
].filter(Boolean);
console.log(`Dossiers to try (code, then the ${KEY_WORDS[keyKind]} that opens the details — checked through the gateway just now):`);
console.log(samples.length ? samples.join('\n') : '  (none of the samples opened with its key: see the log above)');
if (config.origins.length) console.log(`\nPortals allowed to call it from other origins: ${config.origins.join(', ')}`);
console.log('\nPress Ctrl+C to stop.');

/** The simulator MOTCUA_DEMO_BACKEND names, over the demo data (TypeScript, loaded through tsx). */
async function startSimulator(name) {
  if (!name) return undefined;
  const { register } = await import('tsx/esm/api');
  register();
  const { BACKENDS, startBackend } = await import('../test/simulators/index.ts');
  if (!BACKENDS.includes(name)) {
    console.error(`npm start: MOTCUA_DEMO_BACKEND must be one of ${BACKENDS.join(', ')} (got "${name}")`);
    process.exit(1);
  }
  return startBackend(name, data);
}

function seconds(name, fallback) {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The demo's following: keys made once and kept (a browser's subscription is bound to them). */
function demoFollow() {
  const dir = process.env.MOTCUA_DEMO_FOLLOW_DIR || '.cache/demo-follow';
  mkdirSync(dir, { recursive: true });
  const keysFile = `${dir}/vapid.json`;
  if (!existsSync(keysFile)) writeFileSync(keysFile, JSON.stringify(generateVapidKeys()), { mode: 0o600 });
  const keys = JSON.parse(readFileSync(keysFile, 'utf8'));
  return {
    vapidPublicKey: keys.publicKey,
    vapidPrivateKey: keys.privateKey,
    subject: 'mailto:demo@motcua.invalid',
    store: `${dir}/follow.db`,
    intervalSeconds: seconds('MOTCUA_DEMO_FOLLOW_SECONDS', 10),
    lookupUrl: '/',
  };
}

function definedOnly(vars) {
  return Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined && v !== ''));
}
