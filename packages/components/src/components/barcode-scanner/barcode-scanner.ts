import { MotcuaBarcodeScanner } from './barcode-scanner.component.js';

export { MotcuaBarcodeScanner };
MotcuaBarcodeScanner.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-barcode-scanner': MotcuaBarcodeScanner;
  }
}
