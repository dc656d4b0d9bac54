import { memoryAdapter, staticAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, MotcuaError, type Adapter, type Dossier } from '@motcua/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MotcuaStatusBoard } from './status-board.component.js';
import './status-board.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** The demo data behind a switch: the test can change it or cut the network. */
function controllable() {
  const data = createDemoDataset();
  const memory = memoryAdapter(data);
  let down = false;
  const adapter: Adapter = Object.assign(Object.create(memory) as Adapter, {
    listDossiers: (range: never) => (down ? Promise.reject(new MotcuaError('network', 'down')) : memory.listDossiers!(range)),
  });
  return {
    data,
    client: createClient({ adapter }),
    cut: () => (down = true),
    restore: () => (down = false),
    dossiers: memory as unknown as { dossiers: Map<string, Dossier> },
  };
}

describe('<motcua-status-board>', () => {
  it('lists results ready and dossiers waiting, with masked names and the update time, in large type; passes axe', async () => {
    const { data, client } = controllable();
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${client} page-size="50"></motcua-status-board>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="ready"] li'), 'not shown');
    const ready = data.dossiers.filter((d) => d.status === 9);
    expect(el.shadowRoot!.querySelectorAll('[part="ready"] li').length).to.equal(ready.length);
    expect($(el, '[part="ready"] h3').textContent).to.contain(`(${ready.length})`);
    for (const d of ready) {
      expect(text(el)).to.contain(d.code);
      expect(text(el)).not.to.contain(d.applicant!.name);
    }
    expect($(el, '[part="waiting"]').textContent).to.match(/Bổ sung giấy tờ|Nộp phí/);
    expect($(el, '[part="updated"]').textContent).to.match(/Cập nhật lúc \d\d:\d\d/);
    expect(parseFloat(getComputedStyle($(el, '[part="base"]')).fontSize)).to.be.greaterThan(17);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('pages through a long list on its own', async () => {
    const { client } = controllable();
    const el = await fixture<MotcuaStatusBoard>(
      html`<motcua-status-board .client=${client} page-size="2" page-seconds="0.2"></motcua-status-board>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="ready"] [part="page"]'), 'no paging');
    const first = $(el, '[part="ready"] li .code').textContent;
    expect($(el, '[part="ready"] [part="page"]').textContent).to.match(/Trang \d\/\d/);
    await waitUntil(() => $(el, '[part="ready"] li .code').textContent !== first, 'did not turn the page', { timeout: 2000 });
  });

  it('keeps the last list, marked as possibly out of date, when the network drops, and recovers', async () => {
    const { client, cut, restore } = controllable();
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${client}></motcua-status-board>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="ready"] li'), 'not shown');
    cut();
    await el.reload().catch(() => undefined);
    await el.updateComplete;
    expect($(el, '[part="updated"]').hasAttribute('data-stale')).to.equal(true);
    expect($(el, '[part="updated"]').textContent).to.contain('Mất kết nối');
    expect(el.shadowRoot!.querySelector('[part="ready"] li')).not.to.equal(null, 'the last list stays');
    await expect(el).shadowDom.to.be.accessible();
    restore();
    await el.reload();
    await el.updateComplete;
    expect($(el, '[part="updated"]').hasAttribute('data-stale')).to.equal(false);
  });

  it('says which results became ready since the last update', async () => {
    const { client, dossiers } = controllable();
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${client}></motcua-status-board>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="ready"] li'), 'not shown');
    const moving = [...dossiers.dossiers.values()].find((d) => d.status === 4 && d.receivedAt)!;
    moving.status = 9;
    const update = oneEvent(el, 'motcua-board-update');
    void el.reload();
    expect((await update).detail.added).to.deep.equal([moving.code]);
  });

  it('says clearly when the backend has no list for screens, in English too', async () => {
    const none = createClient({ adapter: staticAdapter({ data: { procedures: [] } }) });
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${none} lang="en" kiosk></motcua-status-board>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"][role="alert"]'), 'no message');
    expect($(el, '[part="message"]').textContent).to.contain('does not provide the list for screens');
    expect(getComputedStyle(el).cursor).to.equal('none');
    await expect(el).shadowDom.to.be.accessible();
  });
});
