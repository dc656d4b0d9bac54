import { MotcuaDossierBarcode } from './dossier-barcode.component.js';

export { MotcuaDossierBarcode };
if (!customElements.get('motcua-dossier-barcode')) customElements.define('motcua-dossier-barcode', MotcuaDossierBarcode);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-barcode': MotcuaDossierBarcode;
  }
}
