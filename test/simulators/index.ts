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
  /**
   * How the simulator answers, beside its default (test/simulators/*.ts headers): OpenCPS
   * `public-code` exactly as opencps-v2 does; national portal `gplx`, TraCuuHoSo as TH's
   * driving-licence connector reads it (the gateway config sends the unit as `donViXuLy`).
   */
  variant?: 'public-code' | 'gplx';
}

export async function startBackend(
  name: BackendName,
  data: { dossiers: readonly Dossier[]; procedures: readonly Procedure[]; agencies?: readonly Agency[] },
  options: BackendOptions = {},
): Promise<RunningBackend> {
  switch (name) {
    case 'igate': {
      const sim = await startIgateSimulator({ ...data });
      return {
        name,
        url: sim.url,
        close: sim.close,
        adapter: { type: 'igate', baseUrl: sim.url, tokenUrl: sim.tokenUrl, clientId: 'motcua-gateway', clientSecret: 'igate-secret' },
      };
    }
    case 'dvcqg': {
      const gplx = options.variant === 'gplx';
      const sim = await startDvcqgSimulator({ ...data, ...(gplx ? { traCuuHoSo: 'gplx' as const } : {}) });
      return {
        name,
        url: sim.url,
        close: sim.close,
        adapter: {
          type: 'dvcqg',
          url: sim.url,
          endpoints: { ...DVCQG_ENDPOINTS },
          username: 'hatinh.motcua',
          password: 'dvcqg-secret',
          dstcode: 'H42',
          agencyCode: '000.00.00.H42',
          ...(gplx ? { params: { agencyCode: 'donViXuLy' } } : {}),
        },
      };
    }
    case 'opencps': {
      const sim = await startOpencpsSimulator({
        ...data,
        ...(options.variant === 'public-code' ? { variant: 'public-code' as const } : {}),
      });
      return { name, url: sim.url, close: sim.close, adapter: { type: 'opencps', baseUrl: sim.url, groupId: sim.groupId } };
    }
  }
}
