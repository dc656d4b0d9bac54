// The answer a gateway's portal puts in its page for a receipt's link (packages/gateway/src/portal.ts)
// shows in the lookup's `answer` slot until the element's own first answer replaces it (issue 30).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MotcuaDossierLookup } from '../../packages/components/src/components/dossier-lookup/dossier-lookup.component.js';
import '../../packages/components/src/components/dossier-lookup/dossier-lookup.js';

const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

/** A receipt's link (`?code=…&key=…`, sequence 0999: the mock gateway answers after 1.5 s), its page holding the words. */
function openedBy(key: string): Promise<MotcuaDossierLookup> {
  history.replaceState(null, '', `?code=000.00.12.H42-241105-0999&key=${key}`);
  return fixture<MotcuaDossierLookup>(
    html`<motcua-dossier-lookup endpoint="/mock-gw"
      ><section slot="answer" data-motcua-answer><dl><dt>Trạng thái</dt><dd data-motcua-status>Đang giải quyết</dd></dl></section></motcua-dossier-lookup
    >`,
  );
}

describe("<motcua-dossier-lookup> with the page's own answer", () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows it while its own look-up runs, then its own answer only, and not again for the next look-up', async () => {
    const el = await openedBy('GOOD');
    const pageStatus = el.querySelector('[data-motcua-status]');
    await waitUntil(() => el.shadowRoot!.querySelector('slot[name="answer"]'), 'the slot while pending');
    expect(visible(pageStatus)).to.equal(true);
    // Near the top, where the words stood before the element's code arrived (below the form, a
    // phone's first screen would lose them as the element starts); the form waits behind a button
    // above them (under a long answer it was screens down on a phone).
    expect(el.shadowRoot!.querySelector('form'), 'no form yet').to.equal(null);
    const another = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="another"]')!;
    expect(another.textContent!.trim()).to.equal('Tra cứu hồ sơ khác');
    expect(another.getAttribute('aria-expanded')).to.equal('false');
    expect(another.getBoundingClientRect().bottom).to.be.at.most(pageStatus!.getBoundingClientRect().top);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')?.getClientRects().length ?? 0).to.equal(
      0,
      'the skeleton is the fallback only',
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'its own answer', { timeout: 5000 });
    expect(visible(pageStatus)).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="result"]')!.getBoundingClientRect().top, 'in the same place').to.be.at.least(
      el.shadowRoot!.querySelector('[part="another"]')!.getBoundingClientRect().bottom,
    );
    const result = el.shadowRoot!.querySelector('[part="result"]')!;
    await waitUntil(() => el.shadowRoot!.activeElement === result, 'focus on the answer');
    expect(result.matches(':focus-visible'), 'no ring: no key was pressed').to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
    // Another code: the form on request, its code field focused; then the skeleton, never the first dossier's page answer.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="another"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('code');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#key')!.value, "the last dossier's key is not the next one's").to.equal('');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = '000.00.12.H42-241105-0998';
    input.dispatchEvent(new InputEvent('input'));
    el.submit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot[name="answer"]')).to.equal(null);
    expect(visible(pageStatus)).to.equal(false);
  });

  it("keeps it under the refusal when the link's key is wrong, the form open to type it", async () => {
    const el = await openedBy('WRONG');
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

  it('a refused key on a long page, on a phone: the refusal in view, focus in the key field', async () => {
    await setViewport({ width: 360, height: 640 });
    history.replaceState(null, '', '?code=000.00.12.H42-241105-0999&key=WRONG');
    const page = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 1200px"></div>
        <motcua-dossier-lookup endpoint="/mock-gw"
          ><section slot="answer" data-motcua-answer style="height: 16rem">
            <dl><dt>Trạng thái</dt><dd data-motcua-status>Đang giải quyết</dd></dl>
          </section></motcua-dossier-lookup
        >
        <div style="height: 1200px"></div>
      </div>`,
    );
    const el = page.querySelector<MotcuaDossierLookup>('motcua-dossier-lookup')!;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'key', 'focus in the key field', { timeout: 5000 });
    const message = el.shadowRoot!.querySelector('[part="message"]')!.getBoundingClientRect();
    expect(message.top, 'the refusal on screen').to.be.at.least(0);
    expect(message.bottom).to.be.at.most(innerHeight);
    await setViewport({ width: 800, height: 600 });
  });

  it("drops it when another code's key is refused", async () => {
    const el = await openedBy('WRONG');
    const pageStatus = el.querySelector('[data-motcua-status]');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), 'the refusal', { timeout: 5000 });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = '000.00.12.H42-241105-0998';
    input.dispatchEvent(new InputEvent('input'));
    el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"]'), "the other code's refusal", { timeout: 5000 });
    expect(visible(pageStatus)).to.equal(false);
  });

  it('opens the form when the answer needs the key (a link without one: the details are withheld)', async () => {
    history.replaceState(null, '', '?code=000.00.12.H42-241105-0998');
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'the answer', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#key'), 'the key field').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="another"]')).to.equal(null);
  });

  it('without one, shows the skeleton as before', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0999"></motcua-dossier-lookup>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="skeleton"]'), 'skeleton');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="skeleton"]')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('puts the answer to a typed code, or to `code`, below the form', async () => {
    const given = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0998" lookup-key="GOOD"></motcua-dossier-lookup>`,
    );
    await waitUntil(() => given.shadowRoot!.querySelector('[part="result"]'), 'the answer', { timeout: 5000 });
    expect(given.shadowRoot!.querySelector('[part="result"]')!.getBoundingClientRect().top).to.be.at.least(
      given.shadowRoot!.querySelector('form')!.getBoundingClientRect().bottom,
    );
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
