// The hall board's outline and language (issue 31).
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { desktopText, langOf, phoneAt200, spills } from '../../../../../test/browser/a11y.js';
import type { MotcuaStatusBoard } from './status-board.component.js';
import './status-board.js';

const client = createClient({ adapter: memoryAdapter(createDemoDataset()) });
const shown = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('[part="ready"] li'), 'not shown', { timeout: 5000 });
const levels = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));

describe('<motcua-status-board>: outline and language (issue 31)', () => {
  afterEach(desktopText);

  for (const level of [1, 2, 3]) {
    it(`puts its lists one level under its heading (heading-level ${level})`, async () => {
      const el = await fixture<MotcuaStatusBoard>(
        html`<motcua-status-board .client=${client} heading-level=${level}></motcua-status-board>`,
      );
      await shown(el);
      expect(levels(el)).to.deep.equal([level, level + 1, level + 1]);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('reads the names and procedures as Vietnamese on an English board', async () => {
    const el = await fixture<MotcuaStatusBoard>(
      html`<motcua-status-board lang="en" .client=${client} page-size="50"></motcua-status-board>`,
    );
    await shown(el);
    const entry = el.shadowRoot!.querySelector('[part="ready"] li')!;
    expect(langOf(entry.querySelector('.what')!), 'procedure and agency').to.equal('vi');
    expect(langOf(entry.querySelector('.who > span')!), 'masked name').to.equal('vi');
    expect(langOf(el.shadowRoot!.querySelector('[part="ready"] h2, [part="ready"] h3')!)).to.equal('en');
  });

  it('reflows at 320 px with 200 % text', async () => {
    await phoneAt200();
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${client}></motcua-status-board>`);
    await shown(el);
    expect(spills(el)).to.deep.equal([]);
  });
});
