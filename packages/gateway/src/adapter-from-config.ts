/** Builds the adapter a gateway config names. */
import { memoryAdapter, restAdapter, staticAdapter, type DroppedFields, type SkippedRecords } from '@motcua/adapters';
import { createDemoDataset, type DemoDataset } from '@motcua/adapters/demo';
import { dvcqgAdapter, igateAdapter, opencpsAdapter } from '@motcua/adapters/server';
import type { Adapter } from '@motcua/core';
import { readCatalogueFile } from './catalogue-file.js';
import { ConfigError, type AdapterConfig } from './config.js';

export interface AdapterHooks {
  /** Catalogue records the adapter skipped (default: a console warning); the CLI logs them. */
  onSkippedRecords?: (report: SkippedRecords) => void;
  /** Dossier fields an adapter left out because it could not read them (default: a console warning); the CLI logs them. */
  onDroppedFields?: (report: DroppedFields) => void;
}

/** The config without its `type`, and without keys set to undefined: the adapter gets only the fields the operator set. */
function rest<T extends { type: string }>(config: T): Omit<T, 'type'> {
  const { type: _type, ...others } = config;
  return Object.fromEntries(Object.entries(others).filter(([, v]) => v !== undefined)) as Omit<T, 'type'>;
}

/** The demo data set behind a memory adapter; the data too, for whoever says which dossiers to try (the CLI). */
export function demoAdapter(config: { latencyMs?: number | undefined }): { adapter: Adapter; data: DemoDataset } {
  const data = createDemoDataset();
  return { adapter: memoryAdapter(data, { latencyMs: config.latencyMs ?? 0 }), data };
}

export function adapterFromConfig(config: AdapterConfig, hooks: AdapterHooks = {}): Adapter {
  const skipped = hooks.onSkippedRecords ? { onSkippedRecords: hooks.onSkippedRecords } : {};
  const reports = { ...skipped, ...(hooks.onDroppedFields ? { onDroppedFields: hooks.onDroppedFields } : {}) };
  switch (config.type) {
    case 'demo':
      return demoAdapter(config).adapter;
    case 'static':
      if (config.file) {
        const file = config.file;
        // Read now, so a missing or broken file stops the start with a clear message; reloads read it again.
        let first: unknown = readCatalogueFile(file);
        const load = () => {
          const data = first ?? readCatalogueFile(file);
          first = undefined;
          return data;
        };
        return staticAdapter({ load, ...skipped });
      }
      if (config.url) return staticAdapter({ url: config.url, ...skipped });
      throw new ConfigError('The static adapter needs "file" or "url".');
    case 'rest':
      return restAdapter({ endpoint: config.endpoint });
    case 'dvcqg':
      return dvcqgAdapter({ ...rest(config), ...reports });
    case 'igate':
      return igateAdapter({ ...rest(config), ...reports });
    case 'opencps':
      return opencpsAdapter({ ...rest(config), ...reports });
  }
}
