import { expect } from '@open-wc/testing';
import {
  blur,
  code128,
  lowContrast,
  noise,
  qr,
  RECEIPT_CODE,
  RECEIPT_URL,
  resize,
  rotate,
  withoutCode,
} from '../../../../../test/fixtures/barcode-images.js';
import { decodeBarcodeImage } from './decode.js';

const toBlob = (c: HTMLCanvasElement, type = 'image/png') => new Promise<Blob>((resolve) => c.toBlob((b) => resolve(b!), type, 0.8));

describe('decodeBarcodeImage', () => {
  it('reads a receipt Code 128 and returns the canonical dossier code', async () => {
    const result = await decodeBarcodeImage(code128());
    expect(result).to.deep.equal({ text: RECEIPT_CODE, format: 'code_128', code: RECEIPT_CODE });
  });

  it('reads a QR code carrying the lookup URL: code and key', async () => {
    const result = await decodeBarcodeImage(qr());
    expect(result).to.deep.equal({ text: RECEIPT_URL, format: 'qr_code', code: RECEIPT_CODE, key: 'A7K2' });
  });

  it('takes a Blob (a photo file), ImageData, an <img> and an ImageBitmap', async () => {
    const c = code128();
    const blob = await toBlob(c, 'image/jpeg');
    expect((await decodeBarcodeImage(new File([blob], 'giay-hen.jpg', { type: 'image/jpeg' })))?.code).to.equal(RECEIPT_CODE);
    expect((await decodeBarcodeImage(c.getContext('2d')!.getImageData(0, 0, c.width, c.height)))?.code).to.equal(RECEIPT_CODE);
    const img = new Image();
    img.src = URL.createObjectURL(await toBlob(qr()));
    expect((await decodeBarcodeImage(img))?.key).to.equal('A7K2');
    expect((await decodeBarcodeImage(await createImageBitmap(blob)))?.code).to.equal(RECEIPT_CODE);
  });

  const degraded: Array<[string, () => HTMLCanvasElement]> = [
    ['Code 128 turned 90°', () => rotate(code128(), 90)],
    ['Code 128 upside down', () => rotate(code128(), 180)],
    ['Code 128 tilted 20°', () => rotate(code128(), 20)],
    ['Code 128 tilted -35°', () => rotate(code128(), -35)],
    ['Code 128 blurred', () => blur(code128(), 1.5)],
    ['Code 128 with grain', () => noise(code128(), 120)],
    ['Code 128 faded', () => lowContrast(code128())],
    ['Code 128 small (1 px modules)', () => code128(RECEIPT_CODE, 1)],
    ['QR turned 30°', () => rotate(qr(), 30)],
    ['QR blurred', () => blur(qr(), 1.5)],
    ['QR with grain', () => noise(qr(), 140)],
    ['QR faded', () => lowContrast(qr())],
    ['QR small', () => resize(qr(), 0.45)],
  ];
  for (const [name, make] of degraded) {
    it(`reads ${name}`, async () => {
      const result = await decodeBarcodeImage(make());
      expect(result?.code).to.equal(RECEIPT_CODE);
    });
  }

  it('finds nothing in images without a code (no false positives)', async function () {
    this.timeout(30000);
    for (const [name, image] of withoutCode()) {
      const result = await decodeBarcodeImage(image);
      expect(result, name).to.equal(null);
    }
  });

  it('returns a non-dossier barcode without a code', async () => {
    const result = await decodeBarcodeImage(code128('MOTCUA-TEST-123'));
    expect(result).to.deep.equal({ text: 'MOTCUA-TEST-123', format: 'code_128' });
  });
});
