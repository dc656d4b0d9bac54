/**
 * Every event the elements fire: composed, bubbling, typed. Each element declares its own
 * events' details in its component file (declaration merging, as `HTMLElementEventMap` does),
 * so shared code names no element.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each element's component file
export interface MotcuaEventDetails {}

export type MotcuaEventName = keyof MotcuaEventDetails;
export type MotcuaEvent<K extends MotcuaEventName> = CustomEvent<MotcuaEventDetails[K]>;
type MotcuaEventMap = { [K in MotcuaEventName]: MotcuaEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- every motcua event, typed for addEventListener
  interface HTMLElementEventMap extends MotcuaEventMap {}
}
