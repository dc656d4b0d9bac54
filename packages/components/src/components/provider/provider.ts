import { MotcuaProvider } from './provider.component.js';

export { MotcuaProvider };
if (!customElements.get('motcua-provider')) customElements.define('motcua-provider', MotcuaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-provider': MotcuaProvider;
  }
}
