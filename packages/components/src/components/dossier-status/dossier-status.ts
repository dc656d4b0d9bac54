import { MotcuaDossierStatus } from './dossier-status.component.js';

export { MotcuaDossierStatus };
if (!customElements.get('motcua-dossier-status')) customElements.define('motcua-dossier-status', MotcuaDossierStatus);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-status': MotcuaDossierStatus;
  }
}
