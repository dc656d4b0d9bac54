import { MotcuaStatusBoard } from './status-board.component.js';

export { MotcuaStatusBoard };
MotcuaStatusBoard.define();

declare global {
  interface HTMLElementTagNameMap {
    'motcua-status-board': MotcuaStatusBoard;
  }
}
