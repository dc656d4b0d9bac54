// Runs in a Chromium whose camera is a fake device playing a generated receipt video
// (test/browser/fake-camera.mjs).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MotcuaEvent } from '../../internal/events.js';
import type { MotcuaBarcodeScanner } from './barcode-scanner.component.js';
import { RECEIPT_CODE } from '../../../../../test/fixtures/receipt.mjs';
import './barcode-scanner.js';

const video = (el: MotcuaBarcodeScanner) => el.shadowRoot!.querySelector('video')!;
const liveTracks = (el: MotcuaBarcodeScanner) =>
  ((video(el).srcObject as MediaStream | null)?.getVideoTracks() ?? []).filter((t) => t.readyState === 'live');

describe('<motcua-barcode-scanner> with a camera', () => {
  it('reads the receipt from the camera, then stops the camera', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner></motcua-barcode-scanner>`);
    const scanned = oneEvent(el, 'motcua-scan') as Promise<MotcuaEvent<'motcua-scan'>>;
    el.open = true;
    await waitUntil(() => liveTracks(el).length === 1, 'the camera opens');
    const track = liveTracks(el)[0]!;
    const { detail } = await scanned;
    expect(detail).to.deep.equal({ text: RECEIPT_CODE, format: 'code_128', code: RECEIPT_CODE, source: 'camera' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(track.readyState).to.equal('ended');
    expect(video(el).srcObject).to.equal(null);
  });
});

describe('<motcua-barcode-scanner> camera lifecycle', () => {
  it('in continuous mode reports a code once, keeps the camera on, and stops it when closed', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner continuous feedback="none"></motcua-barcode-scanner>`);
    let scans = 0;
    el.addEventListener('motcua-scan', () => scans++);
    el.open = true;
    await waitUntil(() => scans === 1, 'the first read', { timeout: 8000 });
    // The same receipt stays in view: many frames, one report.
    await new Promise((r) => setTimeout(r, 1500));
    expect(scans).to.equal(1);
    const track = liveTracks(el)[0]!;
    expect(track.readyState).to.equal('live');
    el.open = false;
    await el.updateComplete;
    expect(track.readyState).to.equal('ended');
  });

  it('stops the camera while the page is hidden and when the element is removed', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner continuous></motcua-barcode-scanner>`);
    el.open = true;
    await waitUntil(() => liveTracks(el).length === 1, 'the camera opens');
    const first = liveTracks(el)[0]!;
    // Headless Chromium's page is never hidden; report it as a phone switching apps would.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(first.readyState).to.equal('ended');
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => liveTracks(el).length === 1, 'the camera reopens when the page is shown');
    const second = liveTracks(el)[0]!;
    el.remove();
    expect(second.readyState).to.equal('ended');
  });

  it('says when the camera stops by itself and reopens it on "Thử lại"', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner continuous></motcua-barcode-scanner>`);
    const failed = oneEvent(el, 'motcua-scan-error') as Promise<MotcuaEvent<'motcua-scan-error'>>;
    el.open = true;
    await waitUntil(() => liveTracks(el).length === 1, 'the camera opens');
    const track = liveTracks(el)[0]!;
    // As when the camera is unplugged or taken by the system: the track ends and says so.
    track.stop();
    track.dispatchEvent(new Event('ended'));
    expect((await failed).detail.kind).to.equal('ended');
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.textContent).to.contain('Camera đã ngừng');
    message.querySelector('button')!.click();
    await waitUntil(() => liveTracks(el).length === 1, 'the camera reopens');
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
  });

  it('is accessible while scanning', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner continuous></motcua-barcode-scanner>`);
    el.open = true;
    await waitUntil(() => liveTracks(el).length === 1, 'the camera opens');
    await expect(el).shadowDom.to.be.accessible();
    el.open = false;
  });
});
