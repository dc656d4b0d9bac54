import { MotcuaProcedureDetail } from './procedure-detail.component.js';

export { MotcuaProcedureDetail };
MotcuaProcedureDetail.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-detail': MotcuaProcedureDetail;
  }
}
