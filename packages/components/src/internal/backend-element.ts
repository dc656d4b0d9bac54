/**
 * An element that talks to a backend: through a `client` property (developers), an
 * `endpoint` attribute (webmasters: the gateway's URL), or an enclosing <motcua-provider>.
 */
import { restAdapter, staticAdapter } from '@motcua/adapters';
import { createClient, type MotcuaClient } from '@motcua/core';
import { property } from 'lit/decorators.js';
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

/** One client per static catalogue URL. */
export function catalogueClient(url: string): MotcuaClient {
  const href = new URL(url, document.baseURI).href;
  const key = `catalogue ${href}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ adapter: staticAdapter({ url: href }) });
    clients.set(key, client);
  }
  return client;
}

export class BackendElement extends MotcuaElement {
  /** A static JSON procedure catalogue's URL, for portals without a gateway (catalogue only). */
  @property() accessor catalogue = '';

  /** The gateway's base URL, e.g. `https://gw.hatinh.gov.vn`. */
  @property() accessor endpoint = '';

  /** A client from `@motcua/core` (takes precedence over `endpoint`). */
  @property({ attribute: false }) accessor client: MotcuaClient | undefined;

  /** The client to use, or undefined when nothing is configured. */
  protected get backend(): MotcuaClient | undefined {
    return this.client ?? (this.endpoint ? clientFor(this.endpoint) : this.catalogue ? catalogueClient(this.catalogue) : this.settings.client);
  }
}
