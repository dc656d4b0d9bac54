import { parseDossierCode, type Dossier } from '@motcua/core';
import { html, nothing } from 'lit';
import { formatDate, formatDateTime, safeHref } from '../../internal/format.js';
import { MotcuaElement } from '../../internal/motcua-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { dossierBarcodeStyles } from './dossier-barcode.styles.js';
import { barcodeStrings, type BarcodeStringKey } from './dossier-barcode.strings.js';

/**
 * A dossier code as a Code 128 barcode (SVG: crisp in print, the code readable beneath), and
 * with `receipt` the block an office prints on a receipt: code, procedure, dates, lookup key
 * and where to check the dossier.
 *
 * @summary Receipt barcode for a dossier code.
 * @tagname motcua-dossier-barcode
 *
 * @csspart base - The wrapper.
 * @csspart barcode - The barcode SVG.
 * @csspart receipt - The printable receipt block.
 * @csspart key - The lookup key.
 * @csspart message - Shown instead of a barcode when the code is not valid.
 *
 * @cssprop --motcua-font-family - Text font.
 */
export class MotcuaDossierBarcode extends MotcuaElement<BarcodeStringKey> {
  static override tag = 'motcua-dossier-barcode';
  static override strings = barcodeStrings;
  static override styles = [themeStyles, dossierBarcodeStyles];

  static override properties = {
    code: {},
    lookupKey: { attribute: 'lookup-key' },
    lookupUrl: { attribute: 'lookup-url' },
    receipt: { type: Boolean },
    dossier: { attribute: false },
    barHeight: { type: Number, attribute: 'bar-height' },
  };

  /** The dossier code (normalised before encoding). */
  code = '';
  /** The lookup key to print on the receipt. */
  lookupKey = '';
  /** The lookup page, e.g. `https://hatinh.gov.vn/tra-cuu`: printed with `?code=&key=`. */
  lookupUrl = '';
  /** Show the printable receipt block around the barcode. */
  receipt = false;
  /** The dossier, for the receipt's procedure and dates. */
  dossier: Dossier | undefined;
  /** Bar height in px (default 64). */
  barHeight = 64;

  private get svg() {
    return this.renderRoot.querySelector<SVGSVGElement>('svg[part="barcode"]');
  }

  private get canonical(): string | undefined {
    return parseDossierCode(this.code || this.dossier?.code || '')?.code;
  }

  private drawing: Promise<void> = Promise.resolve();

  protected override updated(): void {
    const code = this.canonical;
    const svg = this.svg;
    if (!code || !svg) return;
    // jsbarcode loads on first use, so pages that never show a barcode never download it.
    this.drawing = import('jsbarcode').then(({ default: JsBarcode }) => {
      // Only a validated code reaches the encoder: ASCII, so Code 128 can always encode it.
      JsBarcode(svg, code, { format: 'CODE128', displayValue: true, height: this.barHeight, width: 2, margin: 8, fontSize: 16, background: '#ffffff', lineColor: '#000000' });
    });
  }

  /** Resolves once the barcode is drawn, not only rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.drawing;
    return result;
  }

  private link(code: string): string | undefined {
    const base = safeHref(this.lookupUrl);
    if (!base) return undefined;
    const url = new URL(base);
    url.searchParams.set('code', code);
    const key = this.lookupKey || this.dossier?.lookupKey;
    if (key) url.searchParams.set('key', key);
    return url.href;
  }

  override render() {
    const code = this.canonical;
    if (!code) return html`<p part="message" role="alert">${this.t('barcodeInvalid', { code: this.code || this.dossier?.code || '' })}</p>`;
    const barcode = html`<svg part="barcode" role="img" aria-label=${this.t('barcodeLabel', { code })}></svg>`;
    if (!this.receipt) return html`<div part="base">${barcode}</div>`;
    const d = this.dossier;
    const key = this.lookupKey || d?.lookupKey;
    const link = this.link(code);
    return html`<div part="base">
      <section part="receipt" lang=${this.language}>
        <h2>${this.t('receiptTitle')}</h2>
        ${barcode}
        <dl>
          <dt>${this.t('codeLabel')}</dt>
          <dd>${code}</dd>
          ${d ? html`<dt>${this.t('procedure')}</dt><dd>${d.procedure.name}</dd>` : nothing}
          ${d?.receivedAt ? html`<dt>${this.t('received')}</dt><dd>${formatDateTime(d.receivedAt)}</dd>` : nothing}
          ${d?.appointmentAt ? html`<dt>${this.t('appointment')}</dt><dd>${formatDate(d.appointmentAt)}</dd>` : nothing}
          ${key ? html`<dt>${this.t('lookupKey')}</dt><dd part="key">${key}</dd>` : nothing}
        </dl>
        ${link ? html`<p>${this.t('lookupAt')}: <a href=${link}>${link}</a></p>` : nothing}
      </section>
    </div>`;
  }
}
