import { MotcuaProcedureDetail } from './procedure-detail.component.js';

export { MotcuaProcedureDetail };
if (!customElements.get('motcua-procedure-detail')) customElements.define('motcua-procedure-detail', MotcuaProcedureDetail);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-detail': MotcuaProcedureDetail;
  }
}
