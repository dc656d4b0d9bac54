// The script-tag distribution as a webmaster uses it: the built autoloader, then plain tags.
// Needs `npm run build` (npm test does it).
import { createDemoDataset } from '@motcua/adapters/demo';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

describe('script-tag distribution (dist/cdn)', () => {
  it('defines elements the first time they appear, even added later', async () => {
    await import('/packages/components/dist/cdn/autoloader.js' as string);
    const page = await fixture(
      html`<div><motcua-provider endpoint="/gw"><motcua-procedure-detail code="1.001193"></motcua-procedure-detail></motcua-provider></div>`,
    );
    await waitUntil(() => customElements.get('motcua-procedure-detail') && customElements.get('motcua-provider'), 'not defined', {
      timeout: 5000,
    });
    const detail = page.querySelector('motcua-procedure-detail')!;
    await waitUntil(() => detail.shadowRoot?.textContent?.includes('Đăng ký khai sinh'), 'not rendered', { timeout: 5000 });
    expect(customElements.get('motcua-dossier-lookup'), 'not used yet, not loaded').to.equal(undefined);
    page.append(document.createElement('motcua-dossier-lookup'));
    await waitUntil(() => customElements.get('motcua-dossier-lookup'), 'added later, not defined', { timeout: 5000 });
  });

  it("loads the lookup's result view with its first answer, not with the page", async () => {
    // The same demo data as the gateway behind /gw (test/browser/gateways.mjs).
    const dossier = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') }).dossiers[0]!;
    await import('/packages/components/dist/cdn/elements/dossier-lookup.js' as string);
    expect(customElements.get('motcua-dossier-status'), 'result view loaded before any lookup').to.equal(undefined);
    const lookup = await fixture(
      html`<motcua-dossier-lookup endpoint="/gw" code=${dossier.code} lookup-key=${dossier.lookupKey ?? ''} scan="off" deep-link="off"></motcua-dossier-lookup>`,
    );
    await waitUntil(
      () => lookup.shadowRoot?.querySelector('motcua-dossier-status')?.shadowRoot?.textContent?.includes(dossier.procedure.name),
      'no result shown',
      { timeout: 8000 },
    );
    expect(customElements.get('motcua-dossier-status')).to.be.a('function');
  });
});
