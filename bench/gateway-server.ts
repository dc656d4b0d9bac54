// Child process for bench/gateway.bench.ts: a bare Fastify endpoint or the gateway on the demo
// data, on a free loopback port, with /__bench/memory reporting its own memory.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createGateway } from '@motcua/gateway';
import Fastify from 'fastify';

const mode = process.argv[2];
const app =
  mode === 'bare'
    ? Fastify()
    : await createGateway({
        adapter: memoryAdapter(createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') })),
        // Limits off: the load comes from one address.
        limits: { perMinute: 1e9, dossierPerMinute: 1e9, failedLookups: 1e9 },
        dossierSeconds: mode === 'gateway-nocache' ? 0 : 15,
        ...(process.env.MOTCUA_BENCH_REDIS ? { redis: process.env.MOTCUA_BENCH_REDIS } : {}),
      });
// The baseline answers the same sectors the gateway does: the same bytes to serialise and send.
const { sectors } = createDemoDataset();
if (mode === 'bare') app.get('/v1/sectors', async () => ({ sectors }));
app.get('/__bench/memory', { config: { rateLimit: false } }, async () => {
  globalThis.gc?.();
  return process.memoryUsage();
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`READY ${url}\n`);
