import { isPersonalKey, parseDossierCode, type Dossier, type KeyKind } from '@motcua/core';
import { html, nothing } from 'lit';
import type * as LeanQr from 'lean-qr';
import { formatDate, formatDateTime, safeHref } from '../../internal/format.js';
import { MotcuaElement } from '../../internal/motcua-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { dossierBarcodeStyles } from './dossier-barcode.styles.js';
import { barcodeStrings, type BarcodeStringKey } from './dossier-barcode.strings.js';

/** Quiet zone either side of the Code 128, in modules (the standard asks for 10). */
const QUIET = 10;
/** Quiet zone around the QR, in modules (the standard asks for 4). */
const QR_QUIET = 4;

/** The kind of key a receipt holds: the dossier's own word, else a personal number is taken for one. */
export function receiptKeyKind(key: string, dossier?: Pick<Dossier, 'keyKind'>): KeyKind {
  if (dossier?.keyKind) return dossier.keyKind;
  if (!isPersonalKey(key)) return 'receipt';
  return /^(?:\+?84|0)\d{9,10}$/.test(key.replace(/[\s.\-()]/g, '')) ? 'phone' : 'id-number';
}

/**
 * What the receipt's QR and printed link carry: the lookup page's address with `code` and —
 * for a receipt key only — `key`. An ID or phone number never goes into a URL or a symbol.
 * Without a lookup page, the QR carries the code alone.
 */
export function receiptLink(lookupUrl: string | undefined, code: string, key: string | undefined, kind: KeyKind): string | undefined {
  const base = safeHref(lookupUrl);
  if (!base) return undefined;
  const url = new URL(base);
  url.searchParams.set('code', code);
  if (key && kind === 'receipt' && !isPersonalKey(key)) url.searchParams.set('key', key);
  else url.searchParams.delete('key');
  return url.href;
}

/**
 * A dossier code as a Code 128 barcode (SVG: crisp in print, the code readable beneath), and
 * with `receipt` the block an office prints on a receipt: code, procedure, dates, lookup key,
 * and a QR code of the lookup page's link (`lookup-url`) with the code and key, so a phone's
 * camera opens the dossier's status at once.
 *
 * Sizes are set for reading, not for the layout: the Code 128's narrowest bar is at least two
 * device pixels on any screen (2 CSS px at 1×, 1 px from 2×) and 0.3 mm on paper (2.4 dots on a
 * 203 dpi thermal printer); QR modules are 3 CSS px on screen and 0.5 mm on paper, error
 * correction Q or better. In print the receipt lays itself out for the paper's width: an A5
 * sheet, or an 80 mm / 58 mm thermal roll, where the Code 128 runs down the roll.
 *
 * @summary Receipt barcode and QR for a dossier code.
 * @tagname motcua-dossier-barcode
 *
 * @csspart base - The wrapper.
 * @csspart barcode - The Code 128 SVG.
 * @csspart code - The code printed under the Code 128.
 * @csspart qr - The QR code SVG (receipt only).
 * @csspart receipt - The printable receipt block.
 * @csspart key - The lookup key.
 * @csspart key-note - Said instead of the key when the key is a personal number (not printed).
 * @csspart message - Shown instead of a barcode when the code is not valid.
 *
 * @cssprop --motcua-font-family - Text font.
 * @cssprop --motcua-barcode-module - Width of the Code 128's narrowest bar (default: 2 device px or more on screen, 0.3 mm in print).
 * @cssprop --motcua-qr-module - Side of a QR module (default 3px on screen, 0.5 mm in print).
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
  /**
   * The lookup key to print on the receipt. A personal number (ID or phone) is neither printed
   * nor put in the link or QR: the receipt says what to type instead.
   */
  lookupKey = '';
  /** The lookup page, e.g. `https://hatinh.gov.vn/tra-cuu`: printed, and carried by the QR, with `?code=&key=`. */
  lookupUrl = '';
  /** Show the printable receipt block around the barcode. */
  receipt = false;
  /** The dossier, for the receipt's procedure and dates (and `keyKind`: which key the office checks). */
  dossier: Dossier | undefined;
  /** Bar height in CSS px on screen (default 64; 12 mm in print). */
  barHeight = 64;

  private get canonical(): string | undefined {
    return parseDossierCode(this.code || this.dossier?.code || '')?.code;
  }

  private drawing: Promise<void> = Promise.resolve();

  protected override updated(): void {
    const code = this.canonical;
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg[part="barcode"]');
    if (!code || !svg) return;
    const qr = this.renderRoot.querySelector<SVGSVGElement>('svg[part="qr"]');
    const qrText = qr ? this.qrText(code) : undefined;
    // jsbarcode (and lean-qr for a receipt) load on first use: pages that never show a barcode never download them.
    this.drawing = Promise.all([import('jsbarcode'), qrText ? import('lean-qr') : undefined]).then(([{ default: JsBarcode }, leanQr]) => {
      // Only a validated code reaches the encoder: ASCII, so Code 128 can always encode it. One
      // SVG unit per module; CSS gives the module its size (dossier-barcode.styles.ts).
      JsBarcode(svg, code, {
        format: 'CODE128',
        displayValue: false,
        height: 1,
        width: 1,
        margin: 0,
        marginLeft: QUIET,
        marginRight: QUIET,
        background: '#ffffff',
        lineColor: '#000000',
      });
      svg.setAttribute('preserveAspectRatio', 'none');
      svg.setAttribute('shape-rendering', 'crispEdges');
      // Through the CSSOM, not a style attribute: strict CSP (style-src 'self') blocks those.
      const bars = svg.parentElement as HTMLElement;
      bars.style.setProperty('--_modules', String(svg.viewBox.baseVal.width));
      bars.style.setProperty('--_bar-height', `${this.barHeight}px`);
      if (qr && qrText && leanQr) drawQr(qr, leanQr, qrText);
    });
  }

  /** Resolves once the barcode is drawn, not only rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.drawing;
    return result;
  }

  private get key(): string {
    return (this.lookupKey || this.dossier?.lookupKey || '').trim();
  }

  private get keyKind(): KeyKind {
    return receiptKeyKind(this.key, this.dossier);
  }

  /** The QR's text: the lookup link (code and receipt key), or the code alone without a lookup page. */
  private qrText(code: string): string {
    return receiptLink(this.lookupUrl, code, this.key, this.keyKind) ?? code;
  }

  override render() {
    const code = this.canonical;
    if (!code) return html`<p part="message" role="alert">${this.t('barcodeInvalid', { code: this.code || this.dossier?.code || '' })}</p>`;
    const barcode = html`<div class="code128">
      <div class="bars"><svg part="barcode" role="img" aria-label=${this.t('barcodeLabel', { code })}></svg></div>
      <span part="code" aria-hidden="true">${code}</span>
    </div>`;
    if (!this.receipt) return html`<div part="base">${barcode}</div>`;
    const d = this.dossier;
    const key = this.key;
    const kind = this.keyKind;
    const link = receiptLink(this.lookupUrl, code, key, kind);
    const keyRow =
      kind === 'receipt'
        ? key
          ? html`<dt>${this.t('lookupKey')}</dt><dd part="key">${key}</dd>`
          : nothing
        : html`<dt>${this.t('details')}</dt><dd part="key-note">${this.t(kind === 'phone' ? 'keyNotePhone' : 'keyNoteId')}</dd>`;
    return html`<div part="base">
      <section part="receipt" lang=${this.language}>
        <h2>${this.t('receiptTitle')}</h2>
        <div class="symbols">
          ${barcode}
          <figure class="qr">
            <svg part="qr" role="img" aria-label=${this.t(link ? 'qrLabel' : 'qrCodeLabel', { code })}></svg>
            <figcaption>${this.t(link ? 'qrCaption' : 'qrCodeCaption')}</figcaption>
          </figure>
        </div>
        <dl>
          <dt>${this.t('codeLabel')}</dt>
          <dd>${code}</dd>
          ${d ? html`<dt>${this.t('procedure')}</dt><dd>${d.procedure.name}</dd>` : nothing}
          ${d?.receivedAt ? html`<dt>${this.t('received')}</dt><dd>${formatDateTime(d.receivedAt)}</dd>` : nothing}
          ${d?.appointmentAt ? html`<dt>${this.t('appointment')}</dt><dd>${formatDate(d.appointmentAt)}</dd>` : nothing}
          ${keyRow}
        </dl>
        ${link ? html`<p class="link">${this.t('lookupAt')}: <a href=${link}>${link}</a></p>` : nothing}
      </section>
    </div>`;
  }
}

/** The QR as one SVG path, one unit per module, quiet zone included. */
function drawQr(svg: SVGSVGElement, { generate, correction }: typeof LeanQr, text: string): void {
  // Q (25 % of the symbol may be lost: a crease, a thermal printer's faded line, glare); lean-qr
  // raises it further when that fits in the same size.
  const matrix = generate(text, { minCorrectionLevel: correction.Q });
  const side = matrix.size + 2 * QR_QUIET;
  let d = '';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.get(x, y)) continue;
      // A run of dark modules on the row as one rectangle.
      let run = 1;
      while (x + run < matrix.size && matrix.get(x + run, y)) run++;
      d += `M${x + QR_QUIET} ${y + QR_QUIET}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const ns = 'http://www.w3.org/2000/svg';
  const paper = document.createElementNS(ns, 'rect');
  paper.setAttribute('width', String(side));
  paper.setAttribute('height', String(side));
  paper.setAttribute('fill', '#fff');
  const ink = document.createElementNS(ns, 'path');
  ink.setAttribute('fill', '#000');
  ink.setAttribute('d', d);
  svg.replaceChildren(paper, ink);
  (svg.parentElement as HTMLElement).style.setProperty('--_qr-modules', String(side));
}
