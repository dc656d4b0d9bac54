/**
 * An in-memory backend: the demo's and the tests' data set behind the same interface as a
 * real one. It returns everything it holds, lookup keys and personal data included — like a
 * real backend, it belongs behind the gateway, which decides what leaves.
 */
import { MotcuaError, type Adapter, type Agency, type Dossier, type KeyKind, type Procedure, type Sector } from '@motcua/core';
import type { ProcedureIndexOptions } from '@motcua/core/search';
import { createCatalogue } from '../catalogue.js';

export interface MemoryData {
  procedures: readonly Procedure[];
  sectors?: readonly Sector[];
  agencies?: readonly Agency[];
  dossiers?: readonly Dossier[];
}

export interface MemoryAdapterOptions {
  /** Simulated backend latency in ms, to see loading states (default 0). */
  latencyMs?: number;
  search?: ProcedureIndexOptions;
  /**
   * What citizens type to open a dossier's details (default `receipt`: the demo's dossiers carry
   * the lookup key printed on the receipt). A test standing in for iGate or the national portal
   * says `id-number`.
   */
  keyKind?: KeyKind;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

export function memoryAdapter(data: MemoryData, options: MemoryAdapterOptions = {}): Adapter & { dossiers: Map<string, Dossier> } {
  const dossiers = new Map((data.dossiers ?? []).map((d) => [d.code, d]));
  const catalogue = createCatalogue(async () => data, options.search);
  const latency = options.latencyMs ?? 0;
  const slow =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const last = args.at(-1) as { signal?: AbortSignal } | undefined;
      await wait(latency, last?.signal);
      return fn(...args);
    };
  /** The dossiers received in [from, to); one without a reception date belongs to no period. */
  const inRange = ({ from, to }: { from: string; to: string }) => {
    const start = Date.parse(from);
    const end = Date.parse(to);
    return [...dossiers.values()].filter((d) => {
      const t = d.receivedAt ? Date.parse(d.receivedAt) : Number.NaN;
      return t >= start && t < end;
    });
  };
  return {
    name: 'memory',
    // Said, so that the gateway's empty /lookup form asks for the key the demo opens with.
    keyKind: options.keyKind ?? 'receipt',
    dossiers,
    lookupDossier: slow(async (code: string) => {
      const dossier = dossiers.get(code);
      if (!dossier) throw new MotcuaError('not-found', `dossier ${code} does not exist`, { status: 404 });
      return dossier;
    }),
    searchProcedures: slow(catalogue.searchProcedures),
    getProcedure: slow(catalogue.getProcedure),
    listSectors: slow(catalogue.listSectors),
    listAgencies: slow(catalogue.listAgencies),
    // Statistics and the hall board are counted from this list by the client (office-screens.ts).
    listDossiers: slow(async (range: { from: string; to: string }) => inRange(range)),
    ping: slow(async () => undefined),
  };
}
