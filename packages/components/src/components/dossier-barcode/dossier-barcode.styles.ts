import { css } from 'lit';

export const dossierBarcodeStyles = css`
  :host {
    display: inline-block;
  }
  [part='base'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  [part='barcode'] {
    max-width: 100%;
    height: auto;
    background: #fff;
  }
  [part='receipt'] {
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    max-width: 40rem;
  }
  [part='receipt'] h2 {
    margin: 0;
    font-size: 1.15em;
    text-transform: uppercase;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  [part='key'] {
    font-family: var(--motcua-font-family-mono, ui-monospace, Consolas, monospace);
    font-size: 1.3em;
    letter-spacing: 0.15em;
  }
  [part='message'] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  a {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  @media print {
    [part='receipt'] {
      border-color: #000;
      color: #000;
    }
  }
`;
