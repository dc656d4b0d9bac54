import { memoryAdapter, staticAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, vietnamDate } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MotcuaOfficeStats } from './office-stats.component.js';
import { periodDays } from './office-stats.component.js';
import './office-stats.js';

const data = createDemoDataset();
const client = createClient({ adapter: memoryAdapter(data) });
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const shown = (el: MotcuaOfficeStats) =>
  waitUntil(
    () =>
      el.shadowRoot!.querySelector('[part="table"], [part="message"][role="alert"], [part="message"][role="status"]:not(:empty)') &&
      el.shadowRoot!.querySelector('[aria-busy="false"]'),
    'not shown',
    { timeout: 5000 },
  );

describe('<motcua-office-stats>', () => {
  it('shows the year by agency: totals, a chart and the same numbers in a table that add up, and passes axe', async () => {
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${client} period="year"></motcua-office-stats>`);
    await shown(el);
    const { from, to } = periodDays('year');
    const inYear = data.dossiers.filter((d) => d.receivedAt && vietnamDate(d.receivedAt) >= from && vietnamDate(d.receivedAt) <= to);
    const figures = $(el, '[part="figures"]').textContent!.replace(/\s+/g, ' ');
    expect(figures).to.match(new RegExp(`Tiếp nhận\\s*${inYear.length}\\b`));
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')];
    expect(rows.length).to.be.greaterThan(2);
    const received = rows.reduce((n, r) => n + Number(r.querySelectorAll('td')[0]!.textContent!.replace(/\D/g, '')), 0);
    expect(received).to.equal(inYear.length);
    expect(el.shadowRoot!.querySelectorAll('[part="chart"] .chart-row').length, 'a bar for every agency').to.equal(rows.length);
    expect($(el, '[part="chart"]').getAttribute('role')).to.equal('img');
    expect($(el, '[part="chart"]').getAttribute('aria-label')).to.contain('theo cơ quan');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('exports the figures as CSV with a header, one line per group and the total', async () => {
    const el = await fixture<MotcuaOfficeStats>(
      html`<motcua-office-stats .client=${client} period="year" group-by="sector"></motcua-office-stats>`,
    );
    await shown(el);
    const stats = await client.stats.get({ ...periodDays('year'), groupBy: 'sector' });
    const csv = el.csv(stats);
    expect(csv.startsWith('\uFEFF'), 'a BOM for spreadsheet programs').to.equal(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).to.equal('Lĩnh vực,Tiếp nhận,Đã giải quyết,Đúng hạn,Trễ hạn,Đang giải quyết,Đang quá hạn,Khác,Tỷ lệ đúng hạn');
    expect(lines.length).to.equal(stats.groups!.length + 2);
    expect(lines.at(-1)).to.match(new RegExp(`,${stats.total},${stats.finished},`));
  });

  it('asks again when the period or the grouping changes, and speaks English', async () => {
    const el = await fixture<MotcuaOfficeStats>(
      html`<motcua-office-stats .client=${client} period="year" lang="en"></motcua-office-stats>`,
    );
    await shown(el);
    expect($(el, 'h2').textContent).to.equal('Dossiers handled');
    const select = el.shadowRoot!.querySelectorAll('select')[1] as HTMLSelectElement;
    select.value = 'month';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '[part="table"] thead th').textContent === 'Month', 'regrouped');
    const months = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody th')].map((th) => th.textContent!);
    expect(months).to.deep.equal([...months].sort());
    const period = el.shadowRoot!.querySelectorAll('select')[0] as HTMLSelectElement;
    period.value = 'custom';
    period.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('input[type="date"]').length).to.equal(2);
  });

  it('says clearly when the backend publishes no statistics, and when the dates are the wrong way round', async () => {
    const none = createClient({ adapter: staticAdapter({ data: { procedures: data.procedures.slice(0, 2) } }) });
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${none}></motcua-office-stats>`);
    await shown(el);
    expect($(el, '[part="message"]').textContent).to.contain('chưa cung cấp số liệu thống kê');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null, 'nothing to retry');
    await expect(el).shadowDom.to.be.accessible();
    const bad = await fixture<MotcuaOfficeStats>(
      html`<motcua-office-stats .client=${client} period="custom" from="2026-12-01" to="2026-01-01"></motcua-office-stats>`,
    );
    await shown(bad);
    expect($(bad, '[part="message"]').textContent).to.contain('Ngày bắt đầu phải trước ngày kết thúc');
  });

  it('is accessible while it loads', async () => {
    const slow = createClient({ adapter: memoryAdapter(data, { latencyMs: 60_000 }) });
    const el = await fixture<MotcuaOfficeStats>(html`<motcua-office-stats .client=${slow}></motcua-office-stats>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"][role="status"]'), 'no loading message');
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders names from the backend as text', async () => {
    const hostile = createDemoDataset();
    hostile.dossiers[0]!.agency = { code: 'X', name: '<img src=x onerror=alert(1)>' };
    const el = await fixture<MotcuaOfficeStats>(
      html`<motcua-office-stats .client=${createClient({ adapter: memoryAdapter(hostile) })} period="year"></motcua-office-stats>`,
    );
    await shown(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
