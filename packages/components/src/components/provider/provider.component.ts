import { ContextProvider, ContextRoot } from '@lit/context';
import type { MotcuaClient } from '@motcua/core';
import { css, html, type PropertyValues } from 'lit';
import { resolveClient } from '../../internal/clients.js';
import { motcuaContext } from '../../internal/context.js';
import { MotcuaElement } from '../../internal/motcua-element.js';

// Elements that ask for settings before their provider is defined get them when it is.
if (typeof document !== 'undefined' && !(globalThis as { __motcuaContextRoot?: boolean }).__motcuaContextRoot) {
  (globalThis as { __motcuaContextRoot?: boolean }).__motcuaContextRoot = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Configures every motcua element inside it once per page: the backend and the language.
 *
 * ```html
 * <motcua-provider endpoint="https://gw.hatinh.gov.vn" lang="vi">
 *   <motcua-procedure-finder></motcua-procedure-finder>
 *   <motcua-dossier-lookup></motcua-dossier-lookup>
 * </motcua-provider>
 * ```
 *
 * @tagname motcua-provider
 * @summary Shares the client and settings with nested elements.
 * @slot - The elements that use these settings.
 */
export class MotcuaProvider extends MotcuaElement {
  static override tag = 'motcua-provider';

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    endpoint: {},
    catalogue: {},
    client: { attribute: false },
  };

  /** The gateway's base URL. */
  endpoint = '';
  /** A static JSON catalogue's URL (catalogue only). */
  catalogue = '';
  /** A client from `@motcua/core` (takes precedence). */
  client: MotcuaClient | undefined;

  private readonly provider = new ContextProvider(this, { context: motcuaContext, initialValue: {} });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = resolveClient(this);
    // Only its own `lang` is passed on: a provider without one leaves each element to the page's.
    const lang = this.ownLanguage;
    this.provider.setValue({ ...(client ? { client } : {}), ...(lang ? { lang } : {}) });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
