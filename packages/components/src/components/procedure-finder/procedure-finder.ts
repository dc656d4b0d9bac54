import { MotcuaProcedureFinder } from './procedure-finder.component.js';

export { MotcuaProcedureFinder };
MotcuaProcedureFinder.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-finder': MotcuaProcedureFinder;
  }
}
