// The elements inside React and Vue pages: properties set by the framework, events into its state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type Mount = (container: HTMLElement, props: { endpoint: string; code?: string }) => () => void;
const CODE = '000.00.12.H42-241105-0001';

for (const [framework, file, id] of [
  ['react', 'app', 'react-found'],
  ['react', 'wrappers', 'wrappers-found'],
  ['vue', 'app', 'vue-found'],
] as const) {
  describe(`in a ${framework} page (${file})`, () => {
    it('looks a dossier up and hands the event to the framework', async () => {
      const { mount } = (await import(`/examples/${framework}/${file}.bundle.js` as string)) as { mount: Mount };
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const unmount = mount(container, { endpoint: '/mock-gw', code: CODE });
      await waitUntil(() => container.querySelector(`#${id}`)?.textContent?.includes(CODE), `${framework} never saw the dossier`, {
        timeout: 5000,
      });
      const lookup = container.querySelector('motcua-dossier-lookup')!;
      expect(lookup.shadowRoot!.querySelector('motcua-dossier-status') !== null, 'status shown').to.equal(true);
      unmount();
    });
  });
}
