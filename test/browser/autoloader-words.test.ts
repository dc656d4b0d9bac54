// A page in English with the script-tag autoloader: the English words file is fetched with the
// elements' code (a modulepreload), not found a round trip later when an element starts. The
// Vietnamese page's side (no words file) is in deep-link.test.ts. Needs `npm run build`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const CDN = '/packages/components/dist/cdn/';

describe('autoloader on a page in another language', () => {
  it("preloads the language's words with the code, and the element speaks it", async () => {
    const page = await fixture(html`<div lang="en-GB">
      <motcua-procedure-finder endpoint="/gw"></motcua-procedure-finder>
    </div>`);
    const graph = (await (await fetch(`${CDN}module-graph.json`)).json()) as Record<string, string[]>;
    expect(graph['lang:en'], 'the build lists the English words file').to.have.length.greaterThan(0);
    await import(`${CDN}autoloader.js` as string);

    const modules = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    for (const file of [...graph['lang:en']!, ...graph['motcua-procedure-finder']!])
      expect(modules).to.include(new URL(`${CDN}${file}`, location.href).href);

    const finder = page.querySelector('motcua-procedure-finder')!;
    // Its field's label, always shown: "Tìm thủ tục hành chính" in Vietnamese.
    await waitUntil(() => finder.shadowRoot?.textContent?.includes('Find a procedure'), 'the finder never spoke English', {
      timeout: 8000,
    });
  });
});
