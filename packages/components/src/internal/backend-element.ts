/**
 * An element that talks to a backend: through a `client` property (developers), an
 * `endpoint` attribute (webmasters: the gateway's URL), or an enclosing <motcua-provider>.
 */
import type { MotcuaClient } from '@motcua/core';
import type { PropertyDeclarations } from 'lit';
import { resolveClient } from './clients.js';
import { MotcuaElement } from './motcua-element.js';

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
    return resolveClient(this) ?? this.settings.client;
  }
}
