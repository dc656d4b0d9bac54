import { MotcuaDossierLookup } from './dossier-lookup.component.js';

export { MotcuaDossierLookup };
MotcuaDossierLookup.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-lookup': MotcuaDossierLookup;
  }
}
