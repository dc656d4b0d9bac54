/**
 * An element that talks to a backend: through a `client` property (developers), an
 * `endpoint` attribute (webmasters: the gateway's URL), or an enclosing <motcua-provider>.
 */
import { restAdapter } from '@motcua/adapters';
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

export class BackendElement extends MotcuaElement {
  /** The gateway's base URL, e.g. `https://gw.hatinh.gov.vn`. */
  @property() accessor endpoint = '';

  /** A client from `@motcua/core` (takes precedence over `endpoint`). */
  @property({ attribute: false }) accessor client: MotcuaClient | undefined;

  /** The client to use, or undefined when nothing is configured. */
  protected get backend(): MotcuaClient | undefined {
    return this.client ?? (this.endpoint ? clientFor(this.endpoint) : this.settings.client);
  }
}
