import { expect, fixture, html } from '@open-wc/testing';
import { HOSTILE, OVERDUE } from '../../../../../test/fixtures/dossiers.js';
import type { MotcuaDossierBarcode } from './dossier-barcode.component.js';
import './dossier-barcode.js';

describe('<motcua-dossier-barcode>', () => {
  it('draws the normalised code as a Code 128 SVG with the code readable beneath', async () => {
    const el = await fixture<MotcuaDossierBarcode>(html`<motcua-dossier-barcode code=" 000.00.12.h42 – 241105 – 0003 "></motcua-dossier-barcode>`);
    const svg = el.shadowRoot!.querySelector('svg[part="barcode"]')!;
    expect(svg.getAttribute('aria-label')).to.equal('Mã vạch của hồ sơ 000.00.12.H42-241105-0003');
    expect(svg.querySelectorAll('rect').length).to.be.greaterThan(30);
    expect(svg.querySelector('text')!.textContent).to.equal('000.00.12.H42-241105-0003');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints a receipt block with dates, key and the lookup link', async () => {
    const el = await fixture<MotcuaDossierBarcode>(
      html`<motcua-dossier-barcode receipt .dossier=${OVERDUE} lookup-key="A7K2" lookup-url="https://hatinh.gov.vn/tra-cuu"></motcua-dossier-barcode>`,
    );
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(text).to.contain('15/11/2024');
    expect(el.shadowRoot!.querySelector('[part="key"]')!.textContent).to.equal('A7K2');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`https://hatinh.gov.vn/tra-cuu?code=${encodeURIComponent(OVERDUE.code)}&key=A7K2`);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('refuses what is not a dossier code, and renders hostile strings as text', async () => {
    const bad = await fixture<MotcuaDossierBarcode>(html`<motcua-dossier-barcode code="<img src=x onerror=alert(1)>"></motcua-dossier-barcode>`);
    expect(bad.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('không đúng định dạng');
    expect(bad.shadowRoot!.querySelectorAll('img, svg').length).to.equal(0);
    const hostile = await fixture<MotcuaDossierBarcode>(html`<motcua-dossier-barcode receipt .dossier=${HOSTILE} lookup-url="javascript:alert(1)"></motcua-dossier-barcode>`);
    expect(hostile.shadowRoot!.querySelectorAll('img, script, a').length).to.equal(0);
    expect(hostile.shadowRoot!.textContent).to.contain('<script>');
  });
});
