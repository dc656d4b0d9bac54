/** Builds the adapter a gateway config names. */
import { memoryAdapter, restAdapter, staticAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { dvcqgAdapter, igateAdapter } from '@motcua/adapters/server';
import type { Adapter } from '@motcua/core';
import { readFileSync } from 'node:fs';
import { ConfigError, type AdapterConfig } from './config.js';

export function adapterFromConfig(config: AdapterConfig): Adapter {
  switch (config.type) {
    case 'demo':
      return memoryAdapter(createDemoDataset(), { latencyMs: config.latencyMs ?? 0 });
    case 'static':
      if (config.file) return staticAdapter({ data: JSON.parse(readFileSync(config.file, 'utf8')) });
      if (config.url) return staticAdapter({ url: config.url });
      throw new ConfigError('The static adapter needs "file" or "url".');
    case 'rest':
      return restAdapter({ endpoint: config.endpoint });
    case 'dvcqg':
      return dvcqgAdapter({ url: config.url, username: config.username, password: config.password, ...(config.agencyCode ? { agencyCode: config.agencyCode } : {}) });
    case 'igate':
      return igateAdapter({
        baseUrl: config.baseUrl,
        tokenUrl: config.tokenUrl,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        ...(config.statusMap ? { statusMap: config.statusMap } : {}),
      });
  }
}
