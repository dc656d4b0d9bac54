/** DOM helpers for the cross-package browser tests. */

/** Sets an input's value and fires `input`, as typing does (composed: it leaves shadow roots). */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
