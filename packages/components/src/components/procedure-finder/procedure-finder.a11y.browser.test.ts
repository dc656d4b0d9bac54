// The finder and the detail it opens, by keyboard, at 200 % text, in forced colours and in an
// English page (issue 31).
import { staticAdapter } from '@motcua/adapters';
import { createClient } from '@motcua/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, desktopText, holding, langOf, phoneAt200, sidewaysScroll, spills } from '../../../../../test/browser/a11y.js';
import type { MotcuaProcedureDetail } from '../procedure-detail/procedure-detail.component.js';
import '../procedure-detail/procedure-detail.js';
import type { MotcuaProcedureFinder } from './procedure-finder.component.js';
import './procedure-finder.js';

const CATALOGUE = {
  procedures: [
    {
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      sector: { code: 'HT', name: 'Hộ tịch' },
      levels: ['commune'],
      onlineService: 'full',
      agency: 'Ủy ban nhân dân cấp xã nơi cư trú của bên nam hoặc bên nữ',
      processingTime: { value: 1, unit: 'working-day' },
      fees: [{ name: 'Lệ phí đăng ký kết hôn', amount: 0 }],
      documents: [{ name: 'Tờ khai đăng ký kết hôn', originals: 1 }],
      steps: ['Nộp hồ sơ tại Bộ phận một cửa'],
      conditions: ['Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi'],
      result: 'Giấy chứng nhận kết hôn',
    },
    {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      sector: { code: 'HT', name: 'Hộ tịch' },
      levels: ['commune'],
      onlineService: 'full',
      documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1 }],
    },
  ],
};
const client = () => createClient({ adapter: staticAdapter({ data: CATALOGUE }) });
const root = (el: Element) => el.shadowRoot!;
const input = (el: Element) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;

async function page(lang = 'vi') {
  const c = client();
  const box = await fixture(html`<main style="padding: 0 1rem" lang=${lang}>
    <motcua-procedure-finder .client=${c} detail-target="#detail"></motcua-procedure-finder>
    <motcua-procedure-detail id="detail" .client=${c}></motcua-procedure-detail>
  </main>`);
  const finder = box.querySelector<MotcuaProcedureFinder>('motcua-procedure-finder')!;
  const detail = box.querySelector<MotcuaProcedureDetail>('motcua-procedure-detail')!;
  await waitUntil(() => root(finder).querySelector('[role="option"]'), 'no list', { timeout: 5000 });
  return { finder, detail };
}

/** Types into the finder by keyboard and waits for that query's results. */
async function search(finder: MotcuaProcedureFinder, text: string) {
  input(finder).focus();
  const done = new Promise<void>((resolve) =>
    finder.addEventListener('motcua-search-results', (e) => (e as CustomEvent<{ query: string }>).detail.query === text && resolve()),
  );
  await sendKeys({ type: text });
  await done;
  await finder.updateComplete;
}

describe('<motcua-procedure-finder> and <motcua-procedure-detail>: beyond axe (issue 31)', () => {
  afterEach(desktopText);

  it('has no empty listbox: none before results, none when nothing matches', async () => {
    const el = await fixture<MotcuaProcedureFinder>(html`<motcua-procedure-finder .client=${client()}></motcua-procedure-finder>`);
    const emptyListbox = () => [...root(el).querySelectorAll('[role="listbox"]')].filter((l) => !l.querySelector('[role="option"]')).length;
    expect(emptyListbox(), 'before any result').to.equal(0);
    await waitUntil(() => root(el).querySelector('[role="option"]'), 'no list', { timeout: 5000 });
    await search(el, 'zzzz qqqq');
    expect(root(el).querySelector('[part="message"][data-kind="empty"]')).not.to.equal(null);
    expect(emptyListbox(), 'nothing matches').to.equal(0);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('opens a result by keyboard, shows focus on its title, and goes back to the results in one Shift+Tab', async () => {
    const { finder, detail } = await page();
    await search(finder, 'ket hon');
    await sendKeys({ press: 'ArrowDown' });
    await finder.updateComplete;
    const chosen = input(finder).getAttribute('aria-activedescendant');
    const loaded = oneEvent(detail, 'motcua-procedure-load');
    await sendKeys({ press: 'Enter' });
    await loaded;
    const title = () => root(detail).querySelector('[part="title"]');
    await waitUntil(() => deepActive() === title(), 'focus is not on the title');
    expect(title()!.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(title()!).outlineStyle, 'the title shows it has focus').not.to.equal('none');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const back = deepActive();
    expect(back?.getAttribute('part'), `Shift+Tab reached ${back?.outerHTML}`).to.equal('back');
    expect(back!.textContent).to.contain('Quay lại kết quả tìm kiếm');
    await sendKeys({ press: 'Enter' });
    await finder.updateComplete;
    expect(deepActive() === input(finder), `Enter on "back" went to ${deepActive()?.outerHTML}`).to.equal(true);
    expect(input(finder).getAttribute('aria-activedescendant'), 'the chosen result is the active one again').to.equal(chosen);
    await expect(detail).shadowDom.to.be.accessible();
  });

  it('reflows at 320 px with 200 % text: the filters, the results and the detail', async () => {
    await phoneAt200();
    const { finder, detail } = await page();
    await search(finder, 'ket hon');
    expect(spills(finder), 'the finder').to.deep.equal([]);
    finder.choose(CATALOGUE.procedures[0] as never);
    await waitUntil(() => root(detail).querySelector('[part="summary"]'), 'no detail', { timeout: 5000 });
    expect(spills(detail), 'the detail').to.deep.equal([]);
    expect(sidewaysScroll()).to.equal(0);
  });

  it('reads the Vietnamese catalogue as Vietnamese in an English page', async () => {
    const { finder, detail } = await page('en');
    finder.setAttribute('lang', 'en');
    detail.setAttribute('lang', 'en');
    await search(finder, 'ket hon');
    const f = root(finder);
    expect(langOf(holding(f, 'Đăng ký kết hôn'))).to.equal('vi');
    expect(langOf([...f.querySelectorAll('option')].find((o) => o.textContent === 'Hộ tịch')!), 'a sector in the filter').to.equal('vi');
    expect(langOf(holding(f, 'All sectors'))).to.equal('en');
    finder.choose(CATALOGUE.procedures[0] as never);
    await waitUntil(() => root(detail).querySelector('[part="summary"]'), 'no detail', { timeout: 5000 });
    const d = root(detail);
    for (const words of [
      'Đăng ký kết hôn',
      'Hộ tịch',
      'Ủy ban nhân dân cấp xã',
      'Tờ khai đăng ký kết hôn',
      'Nộp hồ sơ tại Bộ phận một cửa',
      'Nam từ đủ 20 tuổi',
      'Giấy chứng nhận kết hôn',
    ]) {
      expect(langOf(holding(d, words)), words).to.equal('vi');
    }
    expect(langOf(holding(d, 'Documents to bring'))).to.equal('en');
  });
});
