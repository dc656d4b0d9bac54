/**
 * An element that talks to a backend: through a `client` property (developers), an
 * `endpoint` attribute (webmasters: the gateway's URL), or an enclosing <motcua-provider>.
 */
import { restAdapter } from '@motcua/adapters/rest';
import { createClient, type Adapter, type MotcuaClient } from '@motcua/core';
import type { PropertyDeclarations } from 'lit';
import { MotcuaElement } from './motcua-element.js';

/** One client per endpoint for the whole page: its cache and coalescing are shared. */
const clients = new Map<string, MotcuaClient>();

export function clientFor(endpoint: string): MotcuaClient {
  const url = new URL(endpoint, document.baseURI).href;
  let client = clients.get(url);
  if (!client) {
    client = createClient({ adapter: restAdapter({ endpoint: url }) });
    clients.set(url, client);
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

/** One client per static catalogue URL. */
export function catalogueClient(url: string): MotcuaClient {
  const href = new URL(url, document.baseURI).href;
  const key = `catalogue ${href}`;
  let client = clients.get(key);
  if (!client) {
    const adapter = lazyAdapter('static', () => import('@motcua/adapters/static').then((m) => m.staticAdapter({ url: href })));
    client = createClient({ adapter });
    clients.set(key, client);
  }
  return client;
}

export class BackendElement<K extends string = never> extends MotcuaElement<K> {
  static override properties: PropertyDeclarations = { catalogue: {}, endpoint: {}, client: { attribute: false } };

  /** A static JSON procedure catalogue's URL, for portals without a gateway (catalogue only). */
  catalogue = '';

  /** The gateway's base URL, e.g. `https://gw.hatinh.gov.vn`. */
  endpoint = '';

  /** A client from `@motcua/core` (takes precedence over `endpoint`). */
  client: MotcuaClient | undefined;

  /** The client to use, or undefined when nothing is configured. */
  protected get backend(): MotcuaClient | undefined {
    return this.client ?? (this.endpoint ? clientFor(this.endpoint) : this.catalogue ? catalogueClient(this.catalogue) : this.settings.client);
  }
}
