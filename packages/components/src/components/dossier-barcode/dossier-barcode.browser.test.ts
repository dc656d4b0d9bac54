import { expect, fixture, html } from '@open-wc/testing';
import { HOSTILE, OVERDUE } from '../../../../../test/fixtures/dossiers.js';
import { decodeBarcodeImage } from '../../internal/barcode/decode.js';
import type { MotcuaDossierBarcode } from './dossier-barcode.component.js';
import './dossier-barcode.js';

/** An SVG of the element drawn on a canvas at `scale` device px per CSS px, as a screenshot would show it. */
async function rasterize(svg: SVGSVGElement, scale = 1): Promise<HTMLCanvasElement> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((width + 40) * scale);
  canvas.height = Math.round((height + 40) * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 20 * scale, 20 * scale, width * scale, height * scale);
  return canvas;
}

const qrOf = (el: MotcuaDossierBarcode) => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="qr"]')!;

describe('<motcua-dossier-barcode>', () => {
  it('draws the normalised code as a Code 128 SVG with the code readable beneath, its narrowest bar 2 px at 1×', async () => {
    const el = await fixture<MotcuaDossierBarcode>(
      html`<motcua-dossier-barcode code=" 000.00.12.h42 – 241105 – 0003 "></motcua-dossier-barcode>`,
    );
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="barcode"]')!;
    expect(svg.getAttribute('aria-label')).to.equal('Mã vạch của hồ sơ 000.00.12.H42-241105-0003');
    expect(svg.querySelectorAll('rect').length).to.be.greaterThan(30);
    expect(el.shadowRoot!.querySelector('[part="code"]')!.textContent).to.equal('000.00.12.H42-241105-0003');
    // 288 modules and 10 of quiet zone each side, one SVG unit each; 2 CSS px per module at 1×.
    expect(svg.viewBox.baseVal.width).to.equal(308);
    if (devicePixelRatio === 1) expect(svg.getBoundingClientRect().width).to.equal(616);
    expect((await decodeBarcodeImage(await rasterize(svg)))?.code).to.equal('000.00.12.H42-241105-0003');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints a receipt block with dates, key, the lookup link, and a QR of the link that the decoder reads back with the key', async () => {
    const el = await fixture<MotcuaDossierBarcode>(
      html`<motcua-dossier-barcode receipt .dossier=${OVERDUE} lookup-key="A7K2" lookup-url="https://hatinh.gov.vn/tra-cuu"></motcua-dossier-barcode>`,
    );
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(text).to.contain('15/11/2024');
    expect(el.shadowRoot!.querySelector('[part="key"]')!.textContent).to.equal('A7K2');
    const link = `https://hatinh.gov.vn/tra-cuu?code=${encodeURIComponent(OVERDUE.code)}&key=A7K2`;
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(link);
    const qr = qrOf(el);
    expect(qr.getAttribute('aria-label')).to.equal(`Mã QR tra cứu hồ sơ ${OVERDUE.code}`);
    expect(await decodeBarcodeImage(await rasterize(qr))).to.deep.equal({ text: link, format: 'qr_code', code: OVERDUE.code, key: 'A7K2' });
    await expect(el).shadowDom.to.be.accessible();
  });

  it('without a lookup page, the QR carries the code', async () => {
    const el = await fixture<MotcuaDossierBarcode>(
      html`<motcua-dossier-barcode receipt code="000.00.12.H42-241105-0003" lookup-key="A7K2"></motcua-dossier-barcode>`,
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(await decodeBarcodeImage(await rasterize(qrOf(el)))).to.deep.equal({
      text: '000.00.12.H42-241105-0003',
      format: 'qr_code',
      code: '000.00.12.H42-241105-0003',
    });
  });

  for (const [name, key, dossier] of [
    ['a personal ID number given as the key', '001 234 567 890', undefined],
    ['a phone number given as the key', '0912345678', undefined],
    ["a key the dossier says is the applicant's ID number", 'A7K2', { ...OVERDUE, keyKind: 'id-number' as const }],
    ["a key the dossier says is the applicant's phone", 'A7K2', { ...OVERDUE, keyKind: 'phone' as const }],
  ] as const) {
    it(`keeps ${name} out of the link, the QR and the print, and says what to type instead`, async () => {
      const el = await fixture<MotcuaDossierBarcode>(
        html`<motcua-dossier-barcode receipt code=${OVERDUE.code} .dossier=${dossier} lookup-key=${key} lookup-url="https://hatinh.gov.vn/tra-cuu?key=planted"></motcua-dossier-barcode>`,
      );
      const root = el.shadowRoot!;
      const link = `https://hatinh.gov.vn/tra-cuu?code=${encodeURIComponent(OVERDUE.code)}`;
      expect(root.querySelector('a')!.getAttribute('href')).to.equal(link);
      expect(root.querySelector('[part="key"]')).to.equal(null);
      const note = root.querySelector('[part="key-note"]')!.textContent!;
      expect(note).to.match(dossier?.keyKind === 'phone' || key.startsWith('09') ? /số điện thoại/ : /số định danh/);
      expect(root.textContent).not.to.contain(key);
      expect(root.innerHTML).not.to.contain(key.replace(/ /g, ''));
      expect(await decodeBarcodeImage(await rasterize(qrOf(el)))).to.deep.equal({ text: link, format: 'qr_code', code: OVERDUE.code });
    });
  }

  it('refuses what is not a dossier code, and renders hostile strings as text', async () => {
    const bad = await fixture<MotcuaDossierBarcode>(
      html`<motcua-dossier-barcode code="<img src=x onerror=alert(1)>"></motcua-dossier-barcode>`,
    );
    expect(bad.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('không đúng định dạng');
    expect(bad.shadowRoot!.querySelectorAll('img, svg').length).to.equal(0);
    const hostile = await fixture<MotcuaDossierBarcode>(
      html`<motcua-dossier-barcode receipt .dossier=${HOSTILE} lookup-url="javascript:alert(1)"></motcua-dossier-barcode>`,
    );
    expect(hostile.shadowRoot!.querySelectorAll('img, script, a').length).to.equal(0);
    expect(hostile.shadowRoot!.textContent).to.contain('<script>');
  });
});
