import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../dossier-lookup/dossier-lookup.js';
import type { MotcuaDossierLookup } from '../dossier-lookup/dossier-lookup.component.js';
import '../procedure-detail/procedure-detail.js';
import './provider.js';

describe('<motcua-provider>', () => {
  it('gives nested elements their backend and language', async () => {
    const page = await fixture(html`<motcua-provider endpoint="/gw" lang="en">
      <motcua-procedure-detail code="1.001193"></motcua-procedure-detail>
    </motcua-provider>`);
    const detail = page.querySelector('motcua-procedure-detail')!;
    await oneEvent(detail, 'motcua-procedure-load');
    await detail.updateComplete;
    expect(detail.shadowRoot!.textContent).to.contain('Đăng ký khai sinh');
    expect(detail.shadowRoot!.textContent).to.contain('Documents to bring');
  });

  it('works inside another component’s shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<motcua-provider endpoint="/mock-gw"><motcua-dossier-lookup code="000.00.12.H42-241105-0001" lookup-key="GOOD"></motcua-dossier-lookup></motcua-provider>`;
    const lookup = shadow.querySelector<MotcuaDossierLookup>('motcua-dossier-lookup')!;
    const { detail } = await oneEvent(lookup, 'motcua-dossier-found');
    expect(detail.dossier.restricted).to.equal(false);
  });
});
