import { MotcuaBarcodeScanner } from './barcode-scanner.component.js';

export { MotcuaBarcodeScanner };
if (!customElements.get('motcua-barcode-scanner')) customElements.define('motcua-barcode-scanner', MotcuaBarcodeScanner);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-barcode-scanner': MotcuaBarcodeScanner;
  }
}
