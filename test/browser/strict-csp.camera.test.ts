/**
 * Every element, from the script-tag distribution, on a page the real gateway serves with its
 * own Content-Security-Policy (`default-src 'self'; script-src 'self'; style-src 'self'`, plus
 * `img-src data: blob:` and `media-src blob:`): a lookup, a search that opens a procedure,
 * a receipt barcode and a camera scan all work, and the page records no violation.
 * Runs in the camera group: Chromium's fake camera plays a receipt.
 */
import { createDemoDataset } from '@motcua/adapters/demo';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { RECEIPT_CODE } from '../fixtures/receipt.mjs';
import { typeInto } from './dom.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
type CspWindow = Window & { cspViolations: string[] };

// The same data set and day as the gateway under /gw (test/browser/gateways.mjs).
const dossier = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') }).dossiers.find((d) => d.steps?.length && d.lookupKey)!;

function shadow(host: Element | null | undefined, selector: string): HTMLElement | null {
  return host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

describe('strict Content-Security-Policy page', () => {
  it('is served with the strict policy (no inline script or style allowed)', async () => {
    const policy = (await fetch('/gw/strict-csp.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).not.to.contain('unsafe');
  });

  it('runs every element with no violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/gw/strict-csp.html" title="strict CSP page" style="width:420px;height:900px"></iframe>`,
    );
    const tags = [
      'motcua-provider',
      'motcua-dossier-lookup',
      'motcua-procedure-finder',
      'motcua-procedure-detail',
      'motcua-dossier-barcode',
      'motcua-barcode-scanner',
    ];
    await waitUntil(() => tags.every((tag) => frame.contentWindow?.customElements.get(tag)), 'the autoloader defines the elements', {
      timeout: 8000,
    });
    const win = frame.contentWindow as CspWindow;
    const doc = frame.contentDocument!;

    // Lookup: typed code and key → status with its steps.
    const lookup = doc.querySelector('motcua-dossier-lookup') as Lit;
    await lookup.updateComplete;
    typeInto(shadow(lookup, '#code') as HTMLInputElement, dossier.code);
    typeInto(shadow(lookup, '#key') as HTMLInputElement, dossier.lookupKey!);
    await lookup.updateComplete;
    const found = oneEvent(lookup, 'motcua-dossier-found');
    shadow(lookup, '[part="submit"]')!.click();
    await found;
    await waitUntil(
      () => shadow(lookup, 'motcua-dossier-status')?.shadowRoot?.textContent?.includes(dossier.steps![0]!.name),
      'the status with its steps',
    );

    // Finder → detail.
    const finder = doc.querySelector('motcua-procedure-finder') as Lit;
    const detail = doc.querySelector('motcua-procedure-detail') as Lit;
    await finder.updateComplete;
    typeInto(shadow(finder, 'input[type="search"]') as HTMLInputElement, 'khai sinh');
    await waitUntil(() => shadow(finder, '[role="option"] mark'), 'search results');
    const loaded = oneEvent(detail, 'motcua-procedure-load');
    shadow(finder, '[role="option"]')!.click();
    await loaded;
    await waitUntil(() => shadow(detail, '[part="title"]')?.textContent?.includes('khai sinh'), 'the procedure detail');

    // Receipt barcode (jsbarcode draws the SVG).
    const barcode = doc.querySelector('motcua-dossier-barcode') as Lit & { dossier: unknown };
    barcode.dossier = dossier;
    await waitUntil(() => barcode.shadowRoot?.querySelector('svg rect'), 'the barcode');

    // Camera scan of the fake camera's receipt.
    const scanner = doc.querySelector('motcua-barcode-scanner') as Lit & { open: boolean };
    const scanned = oneEvent(scanner, 'motcua-scan') as Promise<CustomEvent<{ code?: string }>>;
    scanner.open = true;
    expect((await scanned).detail.code).to.equal(RECEIPT_CODE);

    expect(win.cspViolations).to.deep.equal([]);
    // The recorder works: an inline style attribute is reported.
    doc.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.cspViolations.length > 0, 'the violation recorder');
  });
});
