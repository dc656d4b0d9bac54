import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { code128, RECEIPT_CODE } from '../../../../../test/fixtures/barcode-images.js';
import type { MotcuaEvent } from '../../internal/events.js';
import type { MotcuaBarcodeScanner } from './barcode-scanner.component.js';
import './barcode-scanner.js';

const png = (c: HTMLCanvasElement) => new Promise<Blob>((resolve) => c.toBlob((b) => resolve(b!), 'image/png'));
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

/** Chooses a file in the scanner's photo input, as the file picker would. */
async function choosePhoto(el: MotcuaBarcodeScanner, blob: Blob): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(new File([blob], 'giay-hen.png', { type: blob.type }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

describe('<motcua-barcode-scanner> without a camera', () => {
  it('reads a chosen photo of the receipt through the same pipeline', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner></motcua-barcode-scanner>`);
    const scanned = oneEvent(el, 'motcua-scan') as Promise<MotcuaEvent<'motcua-scan'>>;
    await choosePhoto(el, await png(code128()));
    const { detail } = await scanned;
    expect(detail).to.deep.equal({ text: RECEIPT_CODE, format: 'code_128', code: RECEIPT_CODE, source: 'photo' });
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.contain(`Đã đọc được mã hồ sơ ${RECEIPT_CODE}`);
  });

  it('says when a photo holds no code, and when a code is not a dossier code', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner></motcua-barcode-scanner>`);
    let events = 0;
    el.addEventListener('motcua-scan', () => events++);
    const blank = document.createElement('canvas');
    [blank.width, blank.height] = [400, 300];
    await el.scanImage(await png(blank));
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.contain('Không thấy mã vạch nào trong ảnh');
    await el.scanImage(await png(code128('MOTCUA-TEST-123')));
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.contain('không phải mã hồ sơ');
    expect(events).to.equal(0);
    el.accept = 'any';
    const scanned = oneEvent(el, 'motcua-scan') as Promise<MotcuaEvent<'motcua-scan'>>;
    void el.scanImage(await png(code128('MOTCUA-TEST-123')));
    expect((await scanned).detail).to.deep.equal({ text: 'MOTCUA-TEST-123', format: 'code_128', source: 'photo' });
  });

  it('takes a typed code, and refuses one that is not a dossier code', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner lang="en"></motcua-barcode-scanner>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#typed')!;
    const submit = () => el.shadowRoot!.querySelector('form')!.requestSubmit();
    input.value = 'not a code';
    input.dispatchEvent(new InputEvent('input'));
    submit();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#typed-hint')!.textContent).to.contain('not a valid dossier code');
    input.value = `https://dvc.gov.vn/tra-cuu?maHoSo=${encodeURIComponent(RECEIPT_CODE)}&maTraCuu=A7K2`;
    input.dispatchEvent(new InputEvent('input'));
    const scanned = oneEvent(el, 'motcua-scan') as Promise<MotcuaEvent<'motcua-scan'>>;
    submit();
    const { detail } = await scanned;
    expect([detail.code, detail.key, detail.source]).to.deep.equal([RECEIPT_CODE, 'A7K2', 'typed']);
  });

  it('explains that the camera needs https on a page that is not a secure context', async () => {
    const frame = document.createElement('iframe');
    const answer = new Promise<{ secure: boolean; kind: string; text: string }>((resolve) =>
      addEventListener('message', (e) => resolve(e.data), { once: true }),
    );
    frame.src = `http://insecure.motcua.test:${location.port}/test/browser/pages/insecure-scanner.html`;
    document.body.append(frame);
    const { secure, kind, text } = await answer;
    frame.remove();
    expect(secure).to.equal(false);
    expect(kind).to.equal('insecure');
    expect(text).to.contain('https');
  });

  it('on a device without a camera says so and offers the photo and typing instead', async () => {
    const el = await fixture<MotcuaBarcodeScanner>(html`<motcua-barcode-scanner></motcua-barcode-scanner>`);
    await expect(el).shadowDom.to.be.accessible();
    const failed = oneEvent(el, 'motcua-scan-error') as Promise<MotcuaEvent<'motcua-scan-error'>>;
    el.open = true;
    const { detail } = await failed;
    expect(detail.kind).to.equal('no-camera');
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.contain('Không tìm thấy camera');
    expect(part(el, 'controls')!.textContent, 'no camera to turn off').to.not.contain('Tắt camera');
    expect(part(el, 'fallback')!.querySelector('button')!.textContent).to.contain('Chụp hoặc chọn ảnh');
    expect(el.shadowRoot!.querySelector('#typed')).to.not.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });
});
