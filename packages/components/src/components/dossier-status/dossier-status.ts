import { MotcuaDossierStatus } from './dossier-status.component.js';

export { MotcuaDossierStatus };
MotcuaDossierStatus.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-status': MotcuaDossierStatus;
  }
}
