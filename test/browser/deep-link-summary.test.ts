// A receipt's link on a city's page (no answer in it, unlike the gateway's portal): the
// autoloader shows the gateway's status in words in the lookup's `answer` slot while the
// lookup's own answer is on its way, as text, then the lookup's answer replaces it (issue 30).
// Needs `npm run build` (npm test does it).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const CDN = '/packages/components/dist/cdn/';
const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

describe('autoloader on a receipt link, on a page without the answer', () => {
  it("shows the gateway's words first, as text, until the lookup's own answer", async () => {
    // Sequence 0999: the scripted gateway keeps the lookup's answer 1.5 s; its summary comes at once.
    const code = '000.00.12.H42-241105-0999';
    // Typed by hand in lower case: read as the printed code, as the lookup reads it.
    history.replaceState(null, '', `?code=${code.toLowerCase()}&key=GOOD`);
    const lookup = await fixture(html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off"></motcua-dossier-lookup>`);
    await import(`${CDN}autoloader.js` as string);

    await waitUntil(() => visible(lookup.querySelector('[data-motcua-answer] [data-motcua-status]')), 'the words never showed', {
      timeout: 4000,
    });
    const words = lookup.querySelector('[data-motcua-answer]')!;
    expect(words.getAttribute('slot')).to.equal('answer');
    expect(words.getAttribute('aria-label')).to.equal(`Kết quả tra cứu hồ sơ ${code}`);
    expect(words.querySelector('[data-motcua-status]')!.textContent).to.equal('Đang xử lý');
    expect(words.textContent).to.include('<img src=x', 'backend text shown as text');
    expect(words.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(lookup.shadowRoot?.querySelector('[part="result"]') ?? null, 'before its own answer').to.equal(null);
    expect(
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href),
      "the receipt's key is preloaded",
    ).to.include(new URL(`/mock-gw/v1/dossiers/${code}?key=GOOD`, location.href).href);

    await waitUntil(() => lookup.shadowRoot?.querySelector('[part="result"]'), "the lookup's own answer", { timeout: 5000 });
    expect(visible(words.querySelector('[data-motcua-status]')), 'replaced by the answer').to.equal(false);
    history.replaceState(null, '', location.pathname);
  });
});
