import { MotcuaDossierBarcode } from './dossier-barcode.component.js';

export { MotcuaDossierBarcode };
MotcuaDossierBarcode.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-barcode': MotcuaDossierBarcode;
  }
}
