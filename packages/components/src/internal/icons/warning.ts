import { html } from 'lit';

export const warningIcon = () =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.5l7 12.5H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" /><path d="M8 6v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /><circle cx="8" cy="12" r="1" fill="currentColor" /></svg>`;
