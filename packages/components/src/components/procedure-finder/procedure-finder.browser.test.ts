import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { MotcuaProcedureDetail } from '../procedure-detail/procedure-detail.component.js';
import '../procedure-detail/procedure-detail.js';
import type { MotcuaProcedureFinder } from './procedure-finder.component.js';
import './procedure-finder.js';

const root = (el: Element) => el.shadowRoot!;
const options = (el: Element) => [...root(el).querySelectorAll('[role="option"]')];
const input = (el: Element) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;

/** Types a query and waits for its own results (not the initial listing's). */
async function typeQuery(el: MotcuaProcedureFinder, value: string) {
  const done = new Promise<void>((resolve) => {
    const on = (e: Event) => {
      if ((e as CustomEvent<{ query: string }>).detail.query === value) {
        el.removeEventListener('motcua-search-results', on);
        resolve();
      }
    };
    el.addEventListener('motcua-search-results', on);
  });
  input(el).value = value;
  input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await done;
  await el.updateComplete;
}

const key = (el: Element, k: string) => input(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

describe('<motcua-procedure-finder>', () => {
  it('finds what citizens mean through the gateway, highlights it and announces the count', async () => {
    const el = await fixture<MotcuaProcedureFinder>(html`<motcua-procedure-finder endpoint="/gw"></motcua-procedure-finder>`);
    await typeQuery(el, 'bang lai');
    const first = options(el)[0]!;
    expect(first.textContent).to.contain('Cấp giấy phép lái xe');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['giấy phép lái xe']);
    const count = root(el).querySelector('[part="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent).to.match(/Tìm thấy \d+ thủ tục/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('follows the combobox pattern: arrows, Enter selects, Escape backs out', async () => {
    const el = await fixture<MotcuaProcedureFinder>(html`<motcua-procedure-finder endpoint="/gw"></motcua-procedure-finder>`);
    await typeQuery(el, 'ket hon');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    key(el, 'ArrowDown');
    await el.updateComplete;
    key(el, 'ArrowDown');
    await el.updateComplete;
    const second = options(el)[1]!;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(second.id);
    expect(second.getAttribute('aria-selected')).to.equal('true');
    key(el, 'ArrowUp');
    await el.updateComplete;
    const chosen = oneEvent(el, 'motcua-procedure-select');
    key(el, 'Enter');
    const { detail } = await chosen;
    expect(detail.procedure.name).to.contain('kết hôn');
    key(el, 'Escape');
    await el.updateComplete;
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('filters by level and online service, lists by sector when empty, and shows an empty state', async () => {
    const el = await fixture<MotcuaProcedureFinder>(
      html`<motcua-procedure-finder endpoint="/gw" level="province" online="full"></motcua-procedure-finder>`,
    );
    await waitUntil(() => options(el).length > 0, 'no list', { timeout: 5000 });
    await el.updateComplete;
    expect(options(el).every((o) => o.textContent!.includes('Cấp tỉnh') && o.textContent!.includes('Toàn trình'))).to.equal(true);
    await typeQuery(el, 'zzzz qqqq');
    const empty = root(el).querySelector('[part="message"][data-kind="empty"]')!;
    expect(empty.textContent).to.contain('Không tìm thấy thủ tục phù hợp với “zzzz qqqq”');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps query and filters in the URL when asked', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}q=so+do&level=district`);
    const el = await fixture<MotcuaProcedureFinder>(html`<motcua-procedure-finder endpoint="/gw" sync-url></motcua-procedure-finder>`);
    await waitUntil(() => options(el).length > 0, 'no results', { timeout: 5000 });
    expect(input(el).value).to.equal('so do');
    expect(options(el)[0]!.textContent).to.contain('Giấy chứng nhận quyền sử dụng đất');
    await typeQuery(el, 'tach thua');
    await aTimeout(50);
    expect(new URL(location.href).searchParams.get('q')).to.equal('tach thua');
    expect(new URL(location.href).searchParams.get('level')).to.equal('district');
    const url = new URL(location.href);
    url.searchParams.delete('q');
    url.searchParams.delete('level');
    history.replaceState(null, '', url);
  });

  it('opens the chosen procedure in its detail target, from a static catalogue', async () => {
    const page = await fixture(html`<div>
      <motcua-procedure-finder catalogue="/test/fixtures/catalogue.json" detail-target="#detail"></motcua-procedure-finder>
      <motcua-procedure-detail id="detail" catalogue="/test/fixtures/catalogue.json"></motcua-procedure-detail>
    </div>`);
    const finder = page.querySelector<MotcuaProcedureFinder>('motcua-procedure-finder')!;
    const detail = page.querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
    await typeQuery(finder, 'khai sinh');
    (options(finder)[0] as HTMLElement).click();
    await oneEvent(detail, 'motcua-procedure-load');
    await detail.updateComplete;
    expect(detail.code).to.equal('1.001193');
    expect(root(detail).textContent).to.contain('Tờ khai đăng ký khai sinh');
    expect(root(detail).textContent).to.contain('Không mất phí');
    await aTimeout(50);
    expect(root(detail).activeElement?.getAttribute('part')).to.equal('title');
    await expect(detail).shadowDom.to.be.accessible();
  });

  it('renders hostile catalogue strings as text and follows no javascript: link', async () => {
    const page = await fixture(html`<div>
      <motcua-procedure-finder catalogue="/test/fixtures/catalogue.json" detail-target="#d2"></motcua-procedure-finder>
      <motcua-procedure-detail id="d2" catalogue="/test/fixtures/catalogue.json"></motcua-procedure-detail>
    </div>`);
    const finder = page.querySelector<MotcuaProcedureFinder>('motcua-procedure-finder')!;
    const detail = page.querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
    await typeQuery(finder, 'thu tuc');
    const hostile = options(finder).find((o) => o.textContent!.includes('9.000666')) as HTMLElement;
    expect(hostile.querySelectorAll('img, script, b').length).to.equal(0);
    hostile.click();
    await oneEvent(detail, 'motcua-procedure-load');
    await detail.updateComplete;
    const r = root(detail);
    expect(r.querySelectorAll('img, script, svg, iframe, b').length).to.equal(0);
    expect([...r.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(r.textContent).to.contain('<script>window.__pwned=true</script>');
    await aTimeout(50);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('reports a failing backend with a retry', async () => {
    const el = await fixture<MotcuaProcedureFinder>(
      html`<motcua-procedure-finder endpoint="/no-such-gateway" no-filters></motcua-procedure-finder>`,
    );
    await waitUntil(() => root(el).querySelector('[part="message"][data-kind="error"]'), 'no error', { timeout: 8000 });
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('Chưa tìm được');
    await expect(el).shadowDom.to.be.accessible();
  });
});
