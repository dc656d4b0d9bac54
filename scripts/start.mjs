// `npm start`: builds the packages and the demo portal, then runs the gateway on the demo
// data set and serves the portal at http://localhost:8080 (PORT and HOST to change).
import { execSync } from 'node:child_process';
import { buildDemoPortal } from './demo-portal.mjs';

execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'] });
const portal = await buildDemoPortal();

const { memoryAdapter } = await import('@motcua/adapters');
const { createDemoDataset } = await import('@motcua/adapters/demo');
const { createGateway } = await import('@motcua/gateway');
const { dossierStatus, dossierTimeliness } = await import('@motcua/core/status');

const data = createDemoDataset();
const app = await createGateway({ adapter: memoryAdapter(data, { latencyMs: 300 }), portalDir: portal, logger: { level: 'warn' } });
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
await app.listen({ port, host });

const sample = (label, pred) => {
  const d = data.dossiers.find(pred);
  return d ? `  ${d.code}  mã tra cứu ${d.lookupKey}  — ${label} (${dossierStatus(d.status).label.vi})` : '';
};
const state = (d) => dossierTimeliness(d).state;
console.log(`\nmotcua demo portal: http://localhost:${port}   (API: http://localhost:${port}/openapi.json)\n`);
console.log('Dossiers to try (code, lookup key):');
console.log(
  [
    sample('overdue, across ward → city → province', (d) => state(d) === 'overdue' && d.steps?.some((s) => s.level === 'province')),
    sample('due soon', (d) => state(d) === 'due-soon'),
    sample('more documents requested', (d) => d.status === 5),
    sample('fees to pay', (d) => d.status === 6),
    sample('result returned', (d) => d.status === 10),
  ]
    .filter(Boolean)
    .join('\n'),
);
console.log('\nPress Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => app.close().then(() => process.exit(0)));
