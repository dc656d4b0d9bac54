import { MotcuaDossierLookup } from './dossier-lookup.component.js';

export { MotcuaDossierLookup };
if (!customElements.get('motcua-dossier-lookup')) customElements.define('motcua-dossier-lookup', MotcuaDossierLookup);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-lookup': MotcuaDossierLookup;
  }
}
