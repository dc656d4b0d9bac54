import { MotcuaProvider } from './provider.component.js';

export { MotcuaProvider };
MotcuaProvider.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-provider': MotcuaProvider;
  }
}
