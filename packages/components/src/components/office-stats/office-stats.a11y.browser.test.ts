// The statistics beyond axe (issue 31): a chart read without colour, a print button a finger
// can hit, 320 px at 200 % text, the offices' names read as Vietnamese.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { desktopText, forcedColors, langOf, phoneAt200, sidewaysScroll, spills } from '../../../../../test/browser/a11y.js';
import type { MotcuaOfficeStats } from './office-stats.component.js';
import './office-stats.js';

const client = createClient({ adapter: memoryAdapter(createDemoDataset()) });
const shown = (el: MotcuaOfficeStats) =>
  waitUntil(() => el.shadowRoot!.querySelector('[part="table"]') && el.shadowRoot!.querySelector('[aria-busy="false"]'), 'not shown', {
    timeout: 5000,
  });
const KINDS = ['on-time', 'late', 'in-progress'];

/** How a chart part is painted, all that forced colours leave of it. */
function paint(e: Element) {
  const s = getComputedStyle(e);
  return {
    fill: s.fill,
    stroke: s.stroke,
    strokeWidth: s.strokeWidth,
    background: `${s.backgroundColor} ${s.backgroundImage}`,
    border: `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`,
  };
}

describe('<motcua-office-stats>: beyond axe (issue 31)', () => {
  afterEach(async () => {
    await forcedColors(false);
    await desktopText();
  });

  for (const forced of [false, true]) {
    it(`tells the chart's three kinds apart without colour${forced ? ' under forced colours' : ''}: bordered swatches, separated and patterned bars`, async () => {
      if (forced) await forcedColors(true);
      const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
      await shown(el);
      const root = el.shadowRoot!;
      const swatches = KINDS.map((k) => paint(root.querySelector(`.swatch.${k}`)!));
      for (const [i, s] of swatches.entries()) {
        expect(s.border, `the ${KINDS[i]} swatch has a border`).to.match(/^(solid|double|dashed|dotted) [1-9]/);
      }
      expect(new Set(swatches.map((s) => s.background)).size, `swatches: ${JSON.stringify(swatches)}`).to.equal(3);
      const bars = KINDS.map((k) => paint(root.querySelector(`[part="chart"] rect.${k}`)!));
      for (const [i, b] of bars.entries()) expect(b.stroke, `the ${KINDS[i]} bar is set off from its neighbours`).not.to.equal('none');
      expect(new Set(bars.map((b) => b.fill)).size, `bars: ${JSON.stringify(bars)}`).to.equal(3);
      expect(bars.filter((b) => b.fill.includes('url(')).length, 'a pattern, not only a hue').to.be.at.least(1);
      await expect(el).shadowDom.to.be.accessible();
    });
  }

  it('gives the CSV and print buttons a 44 px target', async () => {
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
    await shown(el);
    for (const button of el.shadowRoot!.querySelectorAll('[part="actions"] button')) {
      const box = button.getBoundingClientRect();
      expect(box.width, `${button.textContent} is ${box.width} px wide`).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
  });

  it('reflows at 320 px with 200 % text, in a page with a margin (the table scrolls in its own region)', async () => {
    await phoneAt200();
    const main = await fixture<HTMLElement>(
      html`<main style="padding: 0 1rem"><motcua-office-stats .client=${client} period="year"></motcua-office-stats></main>`,
    );
    const el = main.querySelector<MotcuaOfficeStats>('motcua-office-stats')!;
    await shown(el);
    expect(sidewaysScroll()).to.equal(0);
    expect(spills(el)).to.deep.equal([]);
  });

  it("reads the agencies' names as Vietnamese in an English page", async () => {
    const el = await fixture<MotcuaOfficeStats>(
      html`<motcua-office-stats lang="en" .client=${client} period="year"></motcua-office-stats>`,
    );
    await shown(el);
    const names = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody th')].filter((th) => th.textContent !== 'Other');
    expect(names.length).to.be.greaterThan(1);
    for (const th of names) expect(langOf(th.firstElementChild ?? th), th.textContent!).to.equal('vi');
    expect(langOf(el.shadowRoot!.querySelector('[part="table"] tfoot th')!)).to.equal('en');
  });
});
