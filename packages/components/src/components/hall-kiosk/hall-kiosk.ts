// The lookup it hosts starts with it (a scan needs it at once); the finder and the detail load when the directory is opened.
import '../dossier-lookup/dossier-lookup.js';
import { MotcuaHallKiosk } from './hall-kiosk.component.js';

export { MotcuaHallKiosk };
MotcuaHallKiosk.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-hall-kiosk': MotcuaHallKiosk;
  }
}
