import { html } from 'lit';

export const currentIcon = () =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="5" fill="currentColor" /></svg>`;
