/** Builds the adapter a gateway config names. */
import { memoryAdapter, restAdapter, staticAdapter, type SkippedRecords } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { dvcqgAdapter, igateAdapter } from '@motcua/adapters/server';
import type { Adapter } from '@motcua/core';
import { readCatalogueFile } from './catalogue-file.js';
import { ConfigError, type AdapterConfig } from './config.js';

export interface AdapterHooks {
  /** Catalogue records the adapter skipped (default: a console warning); the CLI logs them. */
  onSkippedRecords?: (report: SkippedRecords) => void;
}

export function adapterFromConfig(config: AdapterConfig, hooks: AdapterHooks = {}): Adapter {
  const skipped = hooks.onSkippedRecords ? { onSkippedRecords: hooks.onSkippedRecords } : {};
  switch (config.type) {
    case 'demo':
      return memoryAdapter(createDemoDataset(), { latencyMs: config.latencyMs ?? 0 });
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
      return dvcqgAdapter({ url: config.url, username: config.username, password: config.password, ...(config.agencyCode ? { agencyCode: config.agencyCode } : {}), ...skipped });
    case 'igate':
      return igateAdapter({
        baseUrl: config.baseUrl,
        tokenUrl: config.tokenUrl,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        ...(config.statusMap ? { statusMap: config.statusMap } : {}),
        ...skipped,
      });
  }
}
