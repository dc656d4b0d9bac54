// Runs in the Chromium whose fake camera shows a receipt for 000.00.12.H42-241105-0003.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MotcuaEvent } from '../../internal/events.js';
import type { MotcuaDossierLookup } from './dossier-lookup.component.js';
import './dossier-lookup.js';

describe('<motcua-dossier-lookup> scan button', () => {
  it('opens the scanner in a dialog, fills the code from the receipt and looks it up', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    expect(customElements.get('motcua-barcode-scanner'), 'the scanner is not loaded up front').to.equal(undefined);
    const found = oneEvent(el, 'motcua-dossier-found') as Promise<MotcuaEvent<'motcua-dossier-found'>>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="scan"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    const scanner = el.shadowRoot!.querySelector('motcua-barcode-scanner')!;
    expect(scanner).to.not.equal(null);
    const { detail } = await found;
    expect(detail.dossier.code).to.equal('000.00.12.H42-241105-0003');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('motcua-barcode-scanner')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value).to.equal('000.00.12.H42-241105-0003');
  });
});
