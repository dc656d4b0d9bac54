import { MotcuaProcedureFinder } from './procedure-finder.component.js';

export { MotcuaProcedureFinder };
if (!customElements.get('motcua-procedure-finder')) customElements.define('motcua-procedure-finder', MotcuaProcedureFinder);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-finder': MotcuaProcedureFinder;
  }
}
