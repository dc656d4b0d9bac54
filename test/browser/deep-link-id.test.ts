// A receipt's link whose key is an ID number: the autoloader asks for the summary but puts the
// number in no address (the lookup posts it). Its own file: the lookup must not be defined yet.
import { expect, fixture, html } from '@open-wc/testing';

const CDN = '/packages/components/dist/cdn/';

describe('autoloader on a link whose key is an ID number', () => {
  it('puts no personal number in any address', async () => {
    const code = '000.00.12.H42-241105-0998';
    history.replaceState(null, '', `?code=${code}&key=079123456789`);
    await fixture(html`<div><motcua-dossier-lookup endpoint="/mock-gw" scan="off"></motcua-dossier-lookup></div>`);
    await import(`${CDN}autoloader.js` as string);
    await new Promise((r) => setTimeout(r, 1500));
    expect(customElements.get('motcua-dossier-lookup'), 'the lookup started').to.not.equal(undefined);
    const asked = [
      ...[...document.head.querySelectorAll<HTMLLinkElement>('link')].map((l) => l.href),
      ...performance.getEntriesByType('resource').map((e) => e.name),
    ];
    expect(asked.filter((url) => url.includes('079123456789'))).to.deep.equal([]);
    history.replaceState(null, '', location.pathname);
  });
});
