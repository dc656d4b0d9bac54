// The statistics on a 360 px phone and on A4 paper (issue 28): names never under the bars,
// the numbers readable without sideways scrolling, every agency with a dossier in the chart,
// and every total the sum of its parts.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, type Dossier } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { sidewaysScroll, spills } from '../../../../../test/browser/a11y.js';
import type { MotcuaOfficeStats } from './office-stats.component.js';
import './office-stats.js';

/** The demo data, plus an agency whose one dossier was withdrawn and one whose one dossier was returned without dates. */
function dataset() {
  const data = createDemoDataset();
  const base = data.dossiers.find((d) => d.receivedAt && d.receivedAt.slice(0, 4) === new Date().toISOString().slice(0, 4))!;
  const one = (code: string, agency: string, patch: Partial<Dossier>): Dossier => ({
    ...structuredClone(base),
    code,
    agency: { code: agency, name: `Ủy ban nhân dân xã ${agency}` },
    ...patch,
  });
  const { completedAt: _c, returnedAt: _r, appointmentAt: _a, ...undated } = structuredClone(base);
  data.dossiers.push(one('000.00.12.H42-261101-9001', 'Một Hồ Sơ Đã Rút', { status: 7 }));
  data.dossiers.push({
    ...undated,
    code: '000.00.12.H42-261101-9002',
    agency: { code: 'KHD', name: 'Ủy ban nhân dân xã Không Hẹn Ngày' },
    status: 10,
  });
  return data;
}
const client = createClient({ adapter: memoryAdapter(dataset()) });

const root = (el: Element) => el.shadowRoot!;
const shown = (el: MotcuaOfficeStats) =>
  waitUntil(() => root(el).querySelector('[part="table"]') && root(el).querySelector('[aria-busy="false"]'), 'not shown', {
    timeout: 5000,
  });
const num = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));
const visible = (e: Element) => e.getClientRects().length > 0;
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The table's numbers: a row per group and the total, by column heading. */
function tableRows(el: Element) {
  const heads = [...root(el).querySelectorAll('[part="table"] thead th')].slice(1).map((th) => th.textContent!.trim());
  const read = (tr: Element) =>
    ({
      label: tr.querySelector('th')!.textContent!.trim(),
      ...Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [heads[i]!, num(td.textContent)])),
    }) as Record<string, number> & { label: string };
  return {
    rows: [...root(el).querySelectorAll('[part="table"] tbody tr')].map(read),
    total: read(root(el).querySelector('[part="table"] tfoot tr')!),
  };
}

describe('<motcua-office-stats> on a phone and on paper (issue 28)', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('adds up: each group received = on time + late + in progress + other, finished = on time + late, the total row = the sum of the groups', async () => {
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
    await shown(el);
    const { rows, total } = tableRows(el);
    expect(rows.length).to.be.greaterThan(3);
    for (const r of [...rows, total]) {
      expect(r['Tiếp nhận'], r.label).to.equal(r['Đúng hạn']! + r['Trễ hạn']! + r['Đang giải quyết']! + r['Khác']!);
      expect(r['Đã giải quyết'], r.label).to.equal(r['Đúng hạn']! + r['Trễ hạn']!);
      expect(r['Đang quá hạn'], r.label).to.be.at.most(r['Đang giải quyết']!);
    }
    for (const column of ['Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết', 'Đang quá hạn', 'Khác']) {
      expect(total[column], column).to.equal(rows.reduce((n, r) => n + r[column]!, 0));
    }
    const figures = Object.fromEntries(
      [...root(el).querySelectorAll('[part="figures"] div')].map((d) => [
        d.querySelector('dt')!.textContent!.trim(),
        num(d.querySelector('dd')!.textContent),
      ]),
    );
    for (const column of ['Tiếp nhận', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết', 'Khác'])
      expect(figures[column], `figure ${column}`).to.equal(total[column]);
  });

  it('at 360 px: every agency with a dossier has a bar (one withdrawn dossier too), its length its number, its name above it and never under it', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
    await shown(el);
    const { rows } = tableRows(el);
    const chart = [...root(el).querySelectorAll<HTMLElement>('[part="chart"] .chart-row')];
    expect(chart.map((c) => c.querySelector('.chart-label')!.textContent!.trim())).to.deep.equal(
      rows.map((r) => r.label.replace(/^Ủy ban nhân dân /, 'UBND ')),
    );
    const max = Math.max(...rows.map((r) => r['Tiếp nhận']!));
    for (const [i, row] of chart.entries()) {
      const label = row.querySelector('.chart-label')!.getBoundingClientRect();
      const bar = row.querySelector('svg.bar')!.getBoundingClientRect();
      const rects = [...row.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
      const name = rows[i]!.label;
      expect(rects.length, `${name} has a bar`).to.be.at.least(1);
      for (const r of rects) expect(overlap(label, r), `${name}: its name runs under its bar`).to.equal(false);
      expect(overlap(label, bar), `${name}: its name and its bar overlap`).to.equal(false);
      expect(label.right, `${name}: the name stays in the element`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(num(row.querySelector('.chart-total')!.textContent), name).to.equal(rows[i]!['Tiếp nhận']);
      const length = rects.reduce((n, r) => n + r.width, 0);
      expect(length / bar.width, `${name}: the bar's length`).to.be.closeTo(rows[i]!['Tiếp nhận']! / max, 0.02);
      expect(parseFloat(getComputedStyle(row.querySelector('.chart-label')!).fontSize), 'a readable name').to.be.at.least(14);
    }
    const withdrawn = chart.find((c) => c.textContent!.includes('Một Hồ Sơ Đã Rút'))!;
    expect(
      withdrawn.querySelector('rect.other')!.getBoundingClientRect().width,
      'the agency whose one dossier was withdrawn',
    ).to.be.greaterThan(4);
  });

  it('at 360 px: the numbers as a card per agency, every number in view, nothing to scroll sideways', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
    await shown(el);
    expect(sidewaysScroll()).to.equal(0);
    expect(spills(el)).to.deep.equal([]);
    expect(visible(root(el).querySelector('.table-wrap')!), 'the wide table gives way to cards').to.equal(false);
    const { rows, total } = tableRows(el);
    const cards = [...root(el).querySelectorAll('[part="cards"] li')];
    expect(cards.length).to.equal(rows.length + 1);
    const edge = el.getBoundingClientRect();
    for (const [i, card] of cards.entries()) {
      const want = rows[i] ?? total;
      expect(card.querySelector('.card-title')!.textContent!.trim()).to.equal(want.label);
      const pairs = [...card.querySelectorAll('dl div')];
      expect(pairs.length).to.equal(8);
      for (const pair of pairs) {
        const [dt, dd] = [pair.querySelector('dt')!, pair.querySelector('dd')!];
        const box = dd.getBoundingClientRect();
        expect(box.left >= edge.left && box.right <= edge.right + 0.5, `${want.label}: ${dt.textContent} in view`).to.equal(true);
        if (dt.textContent !== 'Tỷ lệ đúng hạn')
          expect(num(dd.textContent), `${want.label}: ${dt.textContent}`).to.equal(want[dt.textContent!.trim()]);
      }
    }
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints on A4 portrait: the table whole within the page width, without the controls', async () => {
    // A4 is 210 mm (794 px) wide; less Chromium's default 1 cm margins: 718 px.
    await setViewport({ width: 718, height: 1000 });
    await emulateMedia({ media: 'print' });
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
    await shown(el);
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    const table = root(el).querySelector('[part="table"]')!.getBoundingClientRect();
    expect(visible(wrap), 'the table is printed').to.equal(true);
    expect(visible(root(el).querySelector('[part="cards"]')!), 'not the cards as well').to.equal(false);
    expect(visible(root(el).querySelector('[part="controls"]')!), 'nor the controls').to.equal(false);
    expect(wrap.scrollWidth, 'nothing cut off at the right').to.be.at.most(wrap.clientWidth);
    expect(table.right).to.be.at.most(718);
    expect(sidewaysScroll()).to.equal(0);
    expect(spills(el)).to.deep.equal([]);
  });
});
