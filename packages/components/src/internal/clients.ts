/**
 * How an element or a provider finds its client: a `client` given by a developer, else one
 * for its `endpoint` (the gateway) or its static `catalogue`, one per URL for the whole page
 * so that the cache and coalescing are shared.
 */
import { restAdapter } from '@motcua/adapters/rest';
import { createClient, type Adapter, type MotcuaClient } from '@motcua/core';

const clients = new Map<string, MotcuaClient>();

function once(key: string, make: () => MotcuaClient): MotcuaClient {
  let client = clients.get(key);
  if (!client) {
    client = make();
    clients.set(key, client);
  }
  return client;
}

/**
 * An adapter loaded on first use. The static catalogue brings the search index and its
 * lexicon (~12 KB gzipped): pages that only look dossiers up never download it.
 */
function lazyAdapter(name: string, load: () => Promise<Adapter>): Adapter {
  let loaded: Promise<Adapter> | undefined;
  const get = () => (loaded ??= load());
  return {
    name,
    lookupDossier: async (code, o) => (await get()).lookupDossier(code, o),
    searchProcedures: async (q, o) => (await get()).searchProcedures(q, o),
    getProcedure: async (code, o) => (await get()).getProcedure(code, o),
    listSectors: async (o) => (await get()).listSectors(o),
    listAgencies: async (o) => (await get()).listAgencies(o),
  };
}

export interface ClientSource {
  client?: MotcuaClient | undefined;
  endpoint?: string;
  catalogue?: string;
}

/** The client `source` names, or undefined when it names none. */
export function resolveClient({ client, endpoint, catalogue }: ClientSource): MotcuaClient | undefined {
  if (client) return client;
  if (endpoint) {
    const url = new URL(endpoint, document.baseURI).href;
    return once(url, () => createClient({ adapter: restAdapter({ endpoint: url }) }));
  }
  if (catalogue) {
    const href = new URL(catalogue, document.baseURI).href;
    return once(`catalogue ${href}`, () =>
      createClient({ adapter: lazyAdapter('static', () => import('@motcua/adapters/static').then((m) => m.staticAdapter({ url: href }))) }),
    );
  }
  return undefined;
}
