import { html } from 'lit';

/**
 * Words from a Vietnamese office (names of procedures, agencies, people, steps), marked as
 * Vietnamese: in an English page a screen reader would read them with English phonetics.
 */
export const vi = (words: unknown) => html`<span lang="vi">${words}</span>`;
