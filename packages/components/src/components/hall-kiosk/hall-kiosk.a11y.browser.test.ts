// The kiosk beyond its function (issues 28, 31): axe on each screen, a portrait 1080×1920
// screen with large type and targets a finger finds, focus on each new screen's heading, the
// countdown said once, 320 px at 200 % text.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { deepActive, desktopText, phoneAt200, sidewaysScroll, spills } from '../../../../../test/browser/a11y.js';
import type { MotcuaHallKiosk } from './hall-kiosk.component.js';
import './hall-kiosk.js';

const data = createDemoDataset();
const client = createClient({ adapter: memoryAdapter(data) });
const root = (el: Element) => el.shadowRoot!;
const dossier = data.dossiers.find((d) => d.lookupKey && d.status === 4)!;

/** Every button of the kiosk and of the lookup it hosts. */
const buttons = (el: Element) =>
  [
    ...root(el).querySelectorAll('button'),
    ...(root(el).querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelectorAll('button') ?? []),
  ].filter((b) => b.getClientRects().length);

describe('<motcua-hall-kiosk>: on its screen, for everyone', () => {
  afterEach(desktopText);

  it('fills a portrait 1080×1920 screen with large type and large targets, nothing sideways; passes axe on each screen', async () => {
    await setViewport({ width: 1080, height: 1920 });
    document.body.style.margin = '0';
    try {
      const el = await fixture<MotcuaHallKiosk>(html`<motcua-hall-kiosk .client=${client}></motcua-hall-kiosk>`);
      expect(el.getBoundingClientRect().height, 'the whole screen').to.be.at.least(1920);
      expect(sidewaysScroll()).to.equal(0);
      const hint = root(el).querySelector('.scan-hint')!;
      expect(parseFloat(getComputedStyle(hint).fontSize), 'what to do, in large type').to.be.at.least(24);
      const tiles = [...root(el).querySelectorAll('[part="tile"]')].map((t) => t.getBoundingClientRect());
      for (const t of tiles) {
        expect(t.height, 'a tile a finger finds').to.be.at.least(150);
        expect(t.width).to.be.at.least(900);
      }
      await expect(el).shadowDom.to.be.accessible();

      root(el).querySelector<HTMLButtonElement>('[part="tile"]')!.click();
      await waitUntil(() => root(el).querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('#code'));
      for (const b of buttons(el)) expect(b.getBoundingClientRect().height, `"${b.textContent!.trim()}"`).to.be.at.least(64);
      const input = root(el).querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector('#code')!;
      expect(input.getBoundingClientRect().height, 'the code field').to.be.at.least(64);
      expect(deepActive()?.textContent, 'focus on the screen’s heading').to.equal('Xem hồ sơ của tôi');
      await expect(el).shadowDom.to.be.accessible();

      el.scan(`${dossier.code}`);
      await waitUntil(
        () => root(el).querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('motcua-dossier-status'),
        'no answer',
        { timeout: 10000 },
      );
      expect(sidewaysScroll()).to.equal(0);
      await expect(el).shadowDom.to.be.accessible();

      el.clear();
      await el.updateComplete;
      expect(deepActive()?.tagName, 'focus back on the start screen’s heading').to.equal('H1');
      root(el).querySelectorAll<HTMLButtonElement>('[part="tile"]')[1]!.click();
      await waitUntil(() => root(el).querySelector('[part="sector"]'), 'no sectors', { timeout: 5000 });
      for (const b of buttons(el)) expect(b.getBoundingClientRect().height, `"${b.textContent!.trim()}"`).to.be.at.least(64);
      expect(sidewaysScroll()).to.equal(0);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      document.body.style.margin = '';
    }
  });

  it('says the countdown once, in an alert, and shows the seconds without announcing each', async () => {
    const el = await fixture<MotcuaHallKiosk>(html`<motcua-hall-kiosk .client=${client} idle="2" warn="2"></motcua-hall-kiosk>`);
    el.scan(dossier.code);
    await waitUntil(() => root(el).querySelector('[part="countdown"]'), 'no countdown', { timeout: 3000 });
    const box = root(el).querySelector('[part="countdown"]')!;
    expect(box.querySelectorAll('[role="alert"]').length).to.equal(1);
    expect(box.querySelector('.countdown-text')!.getAttribute('aria-hidden')).to.equal('true');
    expect(box.querySelector('[aria-live]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reflows at 320 px with 200 % text', async () => {
    await phoneAt200();
    const el = await fixture<MotcuaHallKiosk>(html`<motcua-hall-kiosk .client=${client}></motcua-hall-kiosk>`);
    expect(spills(el)).to.deep.equal([]);
    expect(sidewaysScroll()).to.equal(0);
  });
});
