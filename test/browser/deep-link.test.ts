// A receipt's link (`?code=…&key=…`) on a page with the script-tag autoloader: the answer is
// asked for before the lookup's code has arrived (a preload the lookup's request takes over,
// so the gateway is asked once), the code that shows it is preloaded, and the page's other
// elements wait for the answer. Needs `npm run build` (npm test does it).
import { createDemoDataset } from '@motcua/adapters/demo';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const CDN = '/packages/components/dist/cdn/';

describe('autoloader on a receipt link', () => {
  it('preloads the answer and its view, answers with one request, and starts the other elements after it', async () => {
    // The same demo data as the gateway behind /gw (test/browser/gateways.mjs).
    const dossier = createDemoDataset({ now: Date.parse('2026-11-23T10:00:00+07:00') }).dossiers.find((d) => d.lookupKey)!;
    history.replaceState(null, '', `?code=${encodeURIComponent(dossier.code)}&key=${dossier.lookupKey}`);
    const page = await fixture(html`<div>
      <motcua-dossier-lookup endpoint="/gw" scan="off"></motcua-dossier-lookup>
      <motcua-procedure-finder endpoint="/gw"></motcua-procedure-finder>
    </div>`);
    const graph = (await (await fetch(`${CDN}module-graph.json`)).json()) as Record<string, string[]>;
    await import(`${CDN}autoloader.js` as string);

    const answerUrl = new URL(`/gw/v1/dossiers/${encodeURIComponent(dossier.code)}?key=${dossier.lookupKey}`, location.href).href;
    const preloads = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((l) => l.href);
    expect(preloads).to.include(answerUrl);
    const modules = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    for (const file of [...graph['motcua-dossier-lookup']!, ...graph.result!])
      expect(modules).to.include(new URL(`${CDN}${file}`, location.href).href);
    expect(
      modules.some((m) => m.endsWith('procedure-finder.js')),
      "the finder's code waits for the answer",
    ).to.equal(false);
    for (const file of graph['lang:en']!)
      expect(modules, 'a Vietnamese page fetches no English words').not.to.include(new URL(`${CDN}${file}`, location.href).href);

    const lookup = page.querySelector('motcua-dossier-lookup')!;
    await waitUntil(
      () => lookup.shadowRoot?.querySelector('motcua-dossier-status')?.shadowRoot?.textContent?.includes(dossier.procedure.name),
      'no answer shown',
      { timeout: 8000 },
    );
    const asked = performance.getEntriesByType('resource').filter((e) => e.name === answerUrl);
    expect(asked.length, 'the preload was taken over by the lookup: one request').to.equal(1);
    await waitUntil(() => customElements.get('motcua-procedure-finder'), 'the finder never started', { timeout: 5000 });
    history.replaceState(null, '', location.pathname);
  });
});
