// Runs in a Chromium whose camera is a fake device playing a generated receipt video
// (test/browser/fake-camera.mjs).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MotcuaEvent } from '../../internal/events.js';
import type { MotcuaBarcodeScanner } from './barcode-scanner.component.js';
import './barcode-scanner.js';

const RECEIPT_CODE = '000.00.12.H42-241105-0003';
const video = (el: MotcuaBarcodeScanner) => el.shadowRoot!.querySelector('video')!;
const liveTracks = (el: MotcuaBarcodeScanner) => ((video(el).srcObject as MediaStream | null)?.getVideoTracks() ?? []).filter((t) => t.readyState === 'live');

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
