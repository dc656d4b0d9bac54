/**
 * Starts a backend simulator over a data set and says how a gateway reaches it: what
 * `MOTCUA_DEMO_BACKEND=igate npm start` and the gateway-over-backend tests run.
 */
import type { Agency, Dossier, Procedure } from '@motcua/core';
import { DVCQG_ENDPOINTS, startDvcqgSimulator } from './dvcqg.js';
import { startIgateSimulator } from './igate.js';
import { startOpencpsSimulator } from './opencps.js';

export const BACKENDS = ['igate', 'dvcqg', 'opencps'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface RunningBackend {
  name: BackendName;
  url: string;
  /** The gateway's `adapter` config for this simulator (as an operator would write it). */
  adapter: Record<string, unknown> & { type: BackendName };
  close(): Promise<void>;
}

export interface BackendOptions {
  /** `public-code`: the simulator answers exactly as integrators' public code shows (test/simulators/*.ts headers). */
  variant?: 'public-code';
}

export async function startBackend(name: BackendName, data: { dossiers: readonly Dossier[]; procedures: readonly Procedure[]; agencies?: readonly Agency[] }, options: BackendOptions = {}): Promise<RunningBackend> {
  switch (name) {
    case 'igate': {
      const sim = await startIgateSimulator({ ...data });
      return { name, url: sim.url, close: sim.close, adapter: { type: 'igate', baseUrl: sim.url, tokenUrl: sim.tokenUrl, clientId: 'motcua-gateway', clientSecret: 'igate-secret' } };
    }
    case 'dvcqg': {
      const sim = await startDvcqgSimulator({ ...data });
      return { name, url: sim.url, close: sim.close, adapter: { type: 'dvcqg', url: sim.url, endpoints: { ...DVCQG_ENDPOINTS }, username: 'hatinh.motcua', password: 'dvcqg-secret', dstcode: 'H42', agencyCode: '000.00.00.H42' } };
    }
    case 'opencps': {
      const sim = await startOpencpsSimulator({ ...data, ...options });
      return { name, url: sim.url, close: sim.close, adapter: { type: 'opencps', baseUrl: sim.url, groupId: sim.groupId } };
    }
  }
}
