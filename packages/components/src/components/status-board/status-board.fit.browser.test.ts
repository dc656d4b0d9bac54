// The hall board on the screens it hangs on (issue 28): at 1280×720, 1920×1080, 3840×2160 and
// a portrait 1080×1920, the whole board is on screen with nothing to scroll, every entry shown
// and the pager inside the screen, type sized from the screen, names whole, long procedures cut.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, type Adapter, type HallBoard, type HallBoardItem } from '@motcua/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { MotcuaStatusBoard } from './status-board.component.js';
import './status-board.js';

const NAMES = ['Đỗ T. H.', 'Nguyễn V. D.', 'Trần T. B. N.', 'Lê Q.', 'Phạm T. M. H.', 'Hoàng V.', 'Võ T. Đ.'];
const PROCEDURES = [
  'Đăng ký khai sinh',
  'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu cho hộ gia đình, cá nhân',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
  'Cấp giấy phép xây dựng',
];
const LONG = PROCEDURES[1]!;

/** `n` entries with codes, masked names and procedures as the offices give them (some very long). */
function items(n: number, prefix: string, waiting = false): HallBoardItem[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `000.00.12.H42-2411${String(5 + (i % 20)).padStart(2, '0')}-${prefix}${String(i + 1).padStart(3, '0')}`,
    procedure: PROCEDURES[i % PROCEDURES.length]!,
    applicant: NAMES[i % NAMES.length]!,
    agency: 'UBND phường Thạch Linh',
    ...(waiting ? { reason: i % 2 ? ('payment' as const) : ('supplement' as const) } : {}),
  }));
}

const BOARD: HallBoard = { updatedAt: new Date().toISOString(), ready: items(60, '1'), waiting: items(37, '2', true) };
const memory = memoryAdapter(createDemoDataset());
const adapter: Adapter = Object.assign(Object.create(memory) as Adapter, { hallBoard: () => Promise.resolve(structuredClone(BOARD)) });
const client = createClient({ adapter });

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
];

const root = (el: Element) => el.shadowRoot!;
const entries = (el: Element, part: string) => [...root(el).querySelectorAll<HTMLElement>(`[part="${part}"] li`)];
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Waits until the board has measured itself (two frames with the same entries). */
async function settled(el: MotcuaStatusBoard): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part="ready"] li') && root(el).querySelector('[part="waiting"] li'), 'no entries', {
    timeout: 5000,
  });
  let last = '';
  for (let i = 0; i < 20; i++) {
    await el.updateComplete;
    await frames();
    const now = `${entries(el, 'ready').length}/${entries(el, 'waiting').length}`;
    if (now === last) return;
    last = now;
  }
  throw new Error('the board kept changing its page size');
}

const inside = (box: DOMRect, outer: { left: number; top: number; right: number; bottom: number }) =>
  box.left >= outer.left - 0.5 && box.top >= outer.top - 0.5 && box.right <= outer.right + 0.5 && box.bottom <= outer.bottom + 0.5;

/** What is wrong with what the board shows now, at this screen size (empty when nothing). */
function faults(el: MotcuaStatusBoard): string[] {
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const out: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth) out.push(`the page scrolls: ${doc.scrollWidth}×${doc.scrollHeight}`);
  const minText = 0.022 * innerHeight;
  for (const part of ['ready', 'waiting']) {
    const list = root(el).querySelector(`[part="${part}"] ol`)!.getBoundingClientRect();
    for (const li of entries(el, part)) {
      const code = li.querySelector('.code')!.textContent!;
      const box = li.getBoundingClientRect();
      if (!inside(box, screen)) out.push(`${code} is off the screen (${Math.round(box.top)}–${Math.round(box.bottom)})`);
      if (!inside(box, list)) out.push(`${code} is cut off by its list (${Math.round(box.bottom)} > ${Math.round(list.bottom)})`);
      for (const text of li.querySelectorAll<HTMLElement>('.code, .name, .reason, .what')) {
        const size = parseFloat(getComputedStyle(text).fontSize);
        if (size < minText) out.push(`${code}: .${text.className} at ${size}px < ${minText.toFixed(1)}px (2.2 % of the screen)`);
      }
      const name = li.querySelector('.name')!;
      if (name.getClientRects().length !== 1)
        out.push(`${code}: the name "${name.textContent}" breaks over ${name.getClientRects().length} lines`);
      const what = li.querySelector<HTMLElement>('.what')!;
      if (what.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(what).fontSize))
        out.push(`${code}: the procedure takes more than one line`);
    }
    const pager = root(el).querySelector(`[part="${part}"] [part="page"]`);
    // The screen used: on any page but the last, no room left for another entry like those shown.
    const [, page, pages] = /Trang (\d+)\/(\d+)/.exec(pager?.textContent ?? '') ?? [];
    const shownHere = entries(el, part);
    if (page !== pages && shownHere.length) {
      const gap = parseFloat(getComputedStyle(root(el).querySelector(`[part="${part}"] ol`)!).rowGap) || 0;
      const tallest = Math.max(...shownHere.map((li) => li.getBoundingClientRect().height));
      const left = list.bottom - shownHere.at(-1)!.getBoundingClientRect().bottom;
      if (left >= tallest + gap + 1)
        out.push(`${part}: page ${page}/${pages} leaves ${Math.round(left)}px empty, room for another ${Math.round(tallest)}px entry`);
    }
    if (!pager) out.push(`${part}: no pager`);
    else {
      if (!inside(pager.getBoundingClientRect(), screen)) out.push(`${part}: the pager is off the screen`);
      if (!/Trang \d+\/\d+ · chuyển trang sau \d+ giây/.test(pager.textContent!.replace(/\s+/g, ' ')))
        out.push(`${part}: the pager says "${pager.textContent}"`);
    }
  }
  return out;
}

describe('<motcua-status-board> on a hall screen (issue 28)', () => {
  let shown: Record<string, number> = {};
  before(() => {
    document.body.style.margin = '0';
    shown = {};
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const { width, height } of SCREENS) {
    it(`fills ${width}×${height} with nothing to scroll, and shows every entry on some page, inside the screen`, async () => {
      await setViewport({ width, height });
      const el = await fixture<MotcuaStatusBoard>(
        html`<motcua-status-board .client=${client} kiosk heading-level="1" page-seconds="0.4"></motcua-status-board>`,
      );
      await settled(el);
      const perPage = { ready: entries(el, 'ready').length, waiting: entries(el, 'waiting').length };
      shown[`${width}×${height}`] = perPage.ready + perPage.waiting;
      expect(perPage.ready, 'entries per page').to.be.at.least(3);

      // The board starts at the top (no empty band) and its lists reach down to the bottom.
      const header = root(el).querySelector('header')!.getBoundingClientRect();
      expect(header.top, 'the heading is at the top').to.be.below(0.04 * height);
      const lists = root(el).querySelector('[part="lists"]')!.getBoundingClientRect();
      expect(lists.bottom, 'the lists use the screen down to its bottom').to.be.above(0.95 * height);

      // Landscape: the lists side by side; portrait: one above the other.
      const [ready, waiting] = [
        root(el).querySelector('[part="ready"]')!.getBoundingClientRect(),
        root(el).querySelector('[part="waiting"]')!.getBoundingClientRect(),
      ];
      if (width > height) expect(waiting.left, 'side by side').to.be.above(ready.right - 1);
      else expect(waiting.top, 'one above the other').to.be.above(ready.bottom - 1);

      // A long procedure is cut with an ellipsis.
      const long = entries(el, 'ready').find((li) => li.querySelector('.what')!.textContent!.startsWith(LONG))!;
      const what = long.querySelector<HTMLElement>('.what')!;
      expect(what.scrollWidth, 'the long procedure is cut').to.be.above(what.clientWidth);
      expect(getComputedStyle(what).textOverflow).to.equal('ellipsis');

      // Every page, until every entry of both lists has been shown.
      const seen = { ready: new Set<string>(), waiting: new Set<string>() };
      const codes = (part: 'ready' | 'waiting') => entries(el, part).map((li) => li.querySelector('.code')!.textContent!);
      for (let turn = 0; turn < 30 && (seen.ready.size < BOARD.ready.length || seen.waiting.size < BOARD.waiting.length); turn++) {
        expect(faults(el), `page ${turn + 1} at ${width}×${height}`).to.deep.equal([]);
        codes('ready').forEach((c) => seen.ready.add(c));
        codes('waiting').forEach((c) => seen.waiting.add(c));
        const before = codes('ready').join();
        await waitUntil(() => codes('ready').join() !== before, 'no next page', { timeout: 3000 });
        await frames();
      }
      expect(seen.ready.size, 'every result ready was shown').to.equal(BOARD.ready.length);
      expect(seen.waiting.size, 'every dossier waiting was shown').to.equal(BOARD.waiting.length);
    });
  }

  it('shows more entries per page on a 4K screen than on a 1080p one, not bigger gaps', () => {
    expect(shown['3840×2160'], JSON.stringify(shown)).to.be.above(shown['1920×1080']!);
  });

  it('says when the next page comes, counting down', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${client} page-seconds="4"></motcua-status-board>`);
    await settled(el);
    const said = () => Number(/chuyển trang sau (\d+) giây/.exec(root(el).querySelector('[part="ready"] [part="page"]')!.textContent!)![1]);
    const first = said();
    expect(first).to.be.within(3, 4);
    await waitUntil(() => said() < first, 'the countdown did not move', { timeout: 2500 });
  });

  it('shows a page-size it is given and is as tall as its entries', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await fixture<MotcuaStatusBoard>(html`<motcua-status-board .client=${client} page-size="3"></motcua-status-board>`);
    await settled(el);
    expect(entries(el, 'ready').length).to.equal(3);
    expect(el.getBoundingClientRect().height).to.be.below(1080);
  });
});
