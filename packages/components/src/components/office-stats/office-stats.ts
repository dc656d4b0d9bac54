import { MotcuaOfficeStats } from './office-stats.component.js';

export { MotcuaOfficeStats };
MotcuaOfficeStats.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-office-stats': MotcuaOfficeStats;
  }
}
