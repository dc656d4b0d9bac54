// Runs in a Chromium with a fake camera whose permission prompts are denied.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MotcuaEvent } from '../../internal/events.js';
import type { MotcuaBarcodeScanner } from './barcode-scanner.component.js';
import './barcode-scanner.js';

describe('<motcua-barcode-scanner> when the camera is not allowed', () => {
  it('explains how to allow it, offers to try again, a photo, or typing', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner></motcua-barcode-scanner>`);
    const failed = oneEvent(el, 'motcua-scan-error') as Promise<MotcuaEvent<'motcua-scan-error'>>;
    el.open = true;
    const { detail } = await failed;
    expect(detail.kind).to.equal('denied');
    expect(detail.message).to.contain('cho phép camera');
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.querySelector('button')!.textContent).to.equal('Thử lại');
    expect(el.shadowRoot!.querySelector('[part="fallback"] button')!.textContent).to.contain('Chụp hoặc chọn ảnh');
    await expect(el).shadowDom.to.be.accessible();
  });
});
