import { css } from 'lit';

/*
 * Symbol sizes are set for the reader, never squeezed by the layout (a 1 px bar is what a phone
 * photo or a JPEG loses first): the Code 128's module is 2 device px or more on any screen
 * (2 CSS px at 1×, 1.34 px from 1.5×, 1 px from 2×) and 0.3 mm on paper (2.4 dots at 203 dpi);
 * a QR module is 3 CSS px on screen and 0.5 mm on paper (4 dots at 203 dpi). Where the receipt
 * is narrower than its Code 128, the Code 128 scrolls on screen and turns to run down the
 * paper in print (80 mm and 58 mm thermal rolls: under 100 mm of print width, one column).
 * (No comments inside the css`` literal: they ship as written.)
 */
export const dossierBarcodeStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    --_module: var(--motcua-barcode-module, 2px);
    --_qr-module: var(--motcua-qr-module, 3px);
  }
  @media (min-resolution: 1.5dppx) {
    :host {
      --_module: var(--motcua-barcode-module, 1.34px);
    }
  }
  @media (min-resolution: 2dppx) {
    :host {
      --_module: var(--motcua-barcode-module, 1px);
    }
  }
  [part='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    justify-items: start;
    max-width: 100%;
  }
  .code128 {
    display: grid;
    justify-items: center;
    gap: 0.25rem;
    max-width: 100%;
    min-width: 0;
    overflow-x: auto;
  }
  .bars {
    width: calc(var(--_modules, 0) * var(--_module));
    height: var(--_bar-height, 64px);
    background: #fff;
  }
  .bars svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  [part='code'] {
    font-family: var(--motcua-font-family-mono, ui-monospace, Consolas, monospace);
    font-size: 1rem;
    letter-spacing: 0.05em;
  }
  .symbols {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: center;
    max-width: 100%;
  }
  .qr {
    margin: 0;
    display: grid;
    justify-items: center;
    gap: 0.25rem;
  }
  [part='qr'] {
    display: block;
    width: calc(var(--_qr-modules, 0) * var(--_qr-module));
    height: calc(var(--_qr-modules, 0) * var(--_qr-module));
    background: #fff;
  }
  figcaption {
    font-size: 0.85em;
    color: var(--_muted);
    text-align: center;
    max-width: 12rem;
  }
  [part='receipt'] {
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    max-width: 44rem;
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
  [part='key-note'] {
    font-weight: 400;
  }
  [part='message'] {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .link {
    margin: 0;
  }
  a {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  @media print {
    :host {
      display: block;
      container: motcua-receipt / inline-size;
      --_module: var(--motcua-barcode-module, 0.3mm);
      --_qr-module: var(--motcua-qr-module, 0.5mm);
      --_print-bars: 12mm;
    }
    [part='receipt'] {
      border-color: #000;
      color: #000;
      max-width: none;
      break-inside: avoid;
    }
    dt,
    figcaption {
      color: #000;
    }
    a {
      color: #000;
      text-decoration: none;
    }
    .code128 {
      overflow: visible;
    }
    .bars {
      height: var(--_print-bars);
    }
  }
  @container motcua-receipt (max-width: 100mm) {
    [part='receipt'] {
      border: none;
      padding: 0;
      font-size: 9pt;
      justify-items: center;
    }
    [part='receipt'] h2 {
      font-size: 10pt;
      text-align: center;
    }
    [part='code'] {
      font-size: 9pt;
    }
    .symbols {
      flex-direction: column;
      gap: 3mm;
    }
    .bars {
      position: relative;
      width: var(--_print-bars);
      height: calc(var(--_modules, 0) * var(--_module));
    }
    .bars svg {
      position: absolute;
      top: 0;
      left: 0;
      width: calc(var(--_modules, 0) * var(--_module));
      height: var(--_print-bars);
      transform-origin: 0 0;
      transform: translateX(var(--_print-bars)) rotate(90deg);
    }
    dl {
      grid-template-columns: 1fr;
      gap: 0;
      justify-self: stretch;
    }
    dd {
      margin-bottom: 1.5mm;
    }
  }
`;
