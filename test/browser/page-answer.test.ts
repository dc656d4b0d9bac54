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
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')?.getClientRects().length ?? 0).to.equal(
      0,
      'the skeleton is the fallback only',
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="result"]'), 'its own answer', { timeout: 5000 });
    expect(visible(pageStatus)).to.equal(false);
    // Another code: the skeleton, never the first dossier's page answer.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.value = '000.00.12.H42-241105-0998';
    input.dispatchEvent(new InputEvent('input'));
    el.submit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot[name="answer"]')).to.equal(null);
    expect(visible(pageStatus)).to.equal(false);
  });

  it('without one, shows the skeleton as before', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" code="000.00.12.H42-241105-0999"></motcua-dossier-lookup>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="skeleton"]'), 'skeleton');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="skeleton"]')!.getClientRects().length).to.be.greaterThan(0);
  });
});
