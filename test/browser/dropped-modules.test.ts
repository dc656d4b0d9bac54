/**
 * The lookup loads two pieces on demand: the camera scanner (on the scan button) and the result
 * view (with the first answer). On a bad network either can fail to arrive; the citizen is
 * told so in words (with the way forward: try again, type the code, reload the page), and no
 * promise is left unhandled. The element is loaded through the test server's `/drop-…/`
 * prefix, which answers 503 for those two modules (gateways.mjs).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MotcuaDossierLookup } from '@motcua/components';

const DROPPING = '/drop-barcode-scanner,dossier-status/packages/components/src/components/dossier-lookup/dossier-lookup.ts';

describe('<motcua-dossier-lookup> when its on-demand code does not arrive', () => {
  const rejections: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(String(e.reason));
  before(async () => {
    window.addEventListener('unhandledrejection', onRejection);
    await import(DROPPING);
  });
  after(() => window.removeEventListener('unhandledrejection', onRejection));

  it('says the scanner could not be opened, keeps the form usable, and rejects nothing unhandled', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part="scan"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[part="scan"]')!.textContent).to.match(/Đang mở trình quét/);
    await waitUntil(() => root.querySelector('[part="scan-error"]'), 'the failure is said');
    const said = root.querySelector('[part="scan-error"]')!;
    expect(said.getAttribute('role')).to.equal('alert');
    expect(said.textContent).to.match(/Chưa mở được trình quét mã.*nhập mã/);
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(root.querySelector('[part="scan"]')!.textContent).to.match(/Quét mã trên giấy hẹn/);
    expect(customElements.get('motcua-barcode-scanner')).to.equal(undefined);

    // The form stays usable for typing the code.
    expect(root.querySelector<HTMLInputElement>('#code')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
    expect(rejections).to.deep.equal([]);
  });

  it('says the result could not be shown when the result view does not arrive, and offers to try again or reload', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0001"></motcua-dossier-lookup>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[role="alert"]'), 'an error is shown');
    expect(root.querySelector('[role="alert"]')!.textContent).to.match(/Chưa tra cứu được.*phần hiển thị kết quả.*tải lại trang/s);
    expect(root.querySelector('[part="retry"]'), 'a way to try again').to.not.equal(null);
    expect(root.querySelector('[part="skeleton"]')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(rejections).to.deep.equal([]);
  });
});
