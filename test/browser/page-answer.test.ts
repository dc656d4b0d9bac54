// The answer a gateway's portal puts in its page for a receipt's link (packages/gateway/src/portal.ts)
// shows in the lookup's `answer` slot until the element's own first answer replaces it (issue 30).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MotcuaDossierLookup } from '../../packages/components/src/components/dossier-lookup/dossier-lookup.component.js';
import '../../packages/components/src/components/dossier-lookup/dossier-lookup.js';

const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

describe("<motcua-dossier-lookup> with the page's own answer", () => {
  it('shows it while its own look-up runs, then its own answer only, and not again for the next look-up', async () => {
    // Sequence 0999: the mock gateway answers after 1.5 s.
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0999"
        ><section slot="answer" data-motcua-answer><dl><dt>Trạng thái</dt><dd data-motcua-status>Đang giải quyết</dd></dl></section></motcua-dossier-lookup
      >`,
    );
    const pageStatus = el.querySelector('[data-motcua-status]');
    await waitUntil(() => el.shadowRoot!.querySelector('slot[name="answer"]'), 'the slot while pending');
    expect(visible(pageStatus)).to.equal(true);
    // Above the form, where the words stood before the element's code arrived: on a phone,
    // below it they would leave the first screen as the element starts.
    const form = el.shadowRoot!.querySelector('form')!;
    expect(pageStatus!.getBoundingClientRect().bottom).to.be.at.most(form.getBoundingClientRect().top);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')?.getClientRects().length ?? 0).to.equal(
      0,
      'the skeleton is the fallback only',
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'its own answer', { timeout: 5000 });
    expect(visible(pageStatus)).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="result"]')!.getBoundingClientRect().bottom, 'in the same place').to.be.at.most(
      form.getBoundingClientRect().top,
    );
    // Another code: the skeleton, never the first dossier's page answer.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = '000.00.12.H42-241105-0998';
    input.dispatchEvent(new InputEvent('input'));
    el.submit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot[name="answer"]')).to.equal(null);
    expect(visible(pageStatus)).to.equal(false);
  });

  it("keeps it under the refusal when the link's key is wrong, and not for another code", async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0999" lookup-key="WRONG"
        ><section slot="answer" data-motcua-answer><dl><dt>Trạng thái</dt><dd data-motcua-status>Đang giải quyết</dd></dl></section></motcua-dossier-lookup
      >`,
    );
    const pageStatus = el.querySelector('[data-motcua-status]');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), 'the refusal', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('#error')!.textContent).to.include('Mã tra cứu không đúng');
    expect(visible(pageStatus), 'the status anyone with the code may see stays').to.equal(true);
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    const slot = el.shadowRoot!.querySelector('slot[name="answer"]')!;
    expect(message.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the refusal').to.not.equal(0);
    // The same code with the right key: its own answer replaces it.
    const key = el.shadowRoot!.querySelector<HTMLInputElement>('#key')!;
    key.value = 'GOOD';
    key.dispatchEvent(new InputEvent('input'));
    el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'its own answer', { timeout: 5000 });
    expect(visible(pageStatus)).to.equal(false);
  });

  it("drops it when another code's key is refused", async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0999" lookup-key="WRONG"
        ><section slot="answer" data-motcua-answer><dl><dt>Trạng thái</dt><dd data-motcua-status>Đang giải quyết</dd></dl></section></motcua-dossier-lookup
      >`,
    );
    const pageStatus = el.querySelector('[data-motcua-status]');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), 'the refusal', { timeout: 5000 });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = '000.00.12.H42-241105-0998';
    input.dispatchEvent(new InputEvent('input'));
    el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), "the other code's refusal", { timeout: 5000 });
    expect(visible(pageStatus)).to.equal(false);
  });

  it('without one, shows the skeleton as before', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0999"></motcua-dossier-lookup>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="skeleton"]'), 'skeleton');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="skeleton"]')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('puts the answer to a typed code below the form', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = '000.00.12.H42-241105-0998';
    input.dispatchEvent(new InputEvent('input'));
    el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'the answer', { timeout: 5000 });
    const form = el.shadowRoot!.querySelector('form')!;
    expect(el.shadowRoot!.querySelector('[part="result"]')!.getBoundingClientRect().top).to.be.at.least(
      form.getBoundingClientRect().bottom,
    );
  });
});
