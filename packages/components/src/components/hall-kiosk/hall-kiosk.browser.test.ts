// The hall's look-up kiosk (issue 28): the desk's USB scanner typing a receipt's code as a
// burst of keys with no field focused, a person typing slowly not taken for it, the next
// person's scan and the idle time clearing what the last one saw, nothing kept, the
// directory browsed by sector tiles without typing, nothing opened in a new tab.
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, type Adapter, type Dossier, type MotcuaClient } from '@motcua/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MotcuaHallKiosk } from './hall-kiosk.component.js';
import './hall-kiosk.js';
import { registerStrings } from '../../internal/i18n.js';

const data = createDemoDataset();
const memory = memoryAdapter(data);
/** The demo backend, able to follow dossiers as a gateway with `follow` is. */
const adapter: Adapter = Object.assign(Object.create(memory) as Adapter, {
  follow: {
    url: 'http://127.0.0.1:9/follow',
    publicKey: () => Promise.resolve('key'),
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  },
});
const client = createClient({ adapter });

const open = data.dossiers.filter(
  (d): d is Dossier & { lookupKey: string; applicant: { name: string } } => !!d.lookupKey && !!d.applicant && d.status === 4,
);
const [first, second] = [open[0]!, open[1]!];
const receiptLink = (d: { code: string; lookupKey: string }) =>
  `https://dichvucong.hatinh.gov.vn/tra-cuu-ho-so?code=${encodeURIComponent(d.code)}&key=${d.lookupKey}`;

/** Every text under `node`, through open shadow roots (what the screen can show). */
function deepText(node: Node): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += `${n.textContent} `;
    if (n instanceof Element && n.shadowRoot) n.shadowRoot.childNodes.forEach(visit);
    if (n instanceof HTMLInputElement) out += `${n.value} `;
    n.childNodes.forEach(visit);
  };
  visit(node);
  return out.replace(/\s+/g, ' ');
}

const root = (el: Element) => el.shadowRoot!;
const lookup = (el: MotcuaHallKiosk) => root(el).querySelector('motcua-dossier-lookup');
const field = (el: MotcuaHallKiosk, id: string) => lookup(el)!.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const answered = (el: MotcuaHallKiosk, code: string) =>
  waitUntil(
    () => lookup(el)?.shadowRoot?.querySelector('motcua-dossier-status')?.shadowRoot?.textContent?.includes(code),
    `no answer for ${code}`,
    { timeout: 15000 },
  ).catch((e: Error) => {
    throw new Error(`${e.message}; the kiosk shows: ${deepText(el).slice(0, 600)}`);
  });
const clears = (el: Element) => {
  const seen: string[] = [];
  el.addEventListener('motcua-kiosk-clear', (e) => seen.push((e as CustomEvent<{ reason: string }>).detail.reason));
  return seen;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * A scanner: the receipt's text as one burst of keys ending in Enter, sent to whatever has
 * focus (the page when nothing has), as a USB scanner's keyboard does — a key every few
 * milliseconds at most. Dispatched from the page: keys sent through the test runner's CDP
 * come tens of milliseconds apart on two busy cores, slower than any scanner.
 */
async function scanner(text: string): Promise<void> {
  let target: Element = document.activeElement ?? document.body;
  while (target.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
  for (const key of [...text, 'Enter']) {
    for (const type of ['keydown', 'keyup'])
      target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true }));
  }
  await pause(0);
}

/** A person: one key at a time, `gap` ms apart, then Enter. */
async function person(text: string, gap = 150): Promise<void> {
  for (const key of text) {
    await sendKeys({ press: key });
    await pause(gap);
  }
  await sendKeys({ press: 'Enter' });
}

const kiosk = (c: MotcuaClient = client) => fixture<MotcuaHallKiosk>(html`<motcua-hall-kiosk .client=${c}></motcua-hall-kiosk>`);

describe('<motcua-hall-kiosk>', () => {
  beforeEach(() => (document.activeElement as HTMLElement | null)?.blur());

  it('looks up a receipt scanned with no field focused: the code and the key from its QR link, no follow offer', async () => {
    const el = await kiosk();
    expect(deepText(el)).to.contain('Đưa mã vạch');
    expect(document.activeElement).to.equal(document.body, 'nothing focused');
    await scanner(receiptLink(first));
    await answered(el, first.code);
    expect(field(el, 'code').value).to.equal(first.code);
    expect(field(el, 'key').value).to.equal(first.lookupKey);
    // The page's client could follow; the lookup's cannot.
    expect(client.follow.url).to.be.a('string');
    const used = (lookup(el) as unknown as { client: MotcuaClient }).client;
    expect(used.follow.url).to.equal(undefined);
    await used.follow
      .start({ code: first.code, key: first.lookupKey, subscription: { endpoint: 'x', keys: { p256dh: 'x', auth: 'x' } } })
      .then(
        () => expect.fail('a kiosk must not follow'),
        (e: { kind: string }) => expect(e.kind).to.equal('unsupported'),
      );
    expect(lookup(el)!.shadowRoot!.querySelector('[part="follow"]')).to.equal(null);
  });

  it('takes a Code 128 scanned into a focused field for a scan, not for typing in it', async () => {
    const el = await kiosk();
    root(el).querySelector<HTMLButtonElement>('[part="tile"]')!.click();
    await el.updateComplete;
    await waitUntil(() => lookup(el)?.shadowRoot?.querySelector('#code'));
    field(el, 'code').focus();
    const reasons = clears(el);
    await scanner(second.code);
    await answered(el, second.code);
    expect(reasons).to.deep.equal(['scan']);
    expect(field(el, 'code').value).to.equal(second.code);
  });

  it("keeps none of a real scanner's keys in the field they were typed into (real keys, a wider scan gap for the test runner's pace)", async () => {
    // Real key presses insert text where synthetic events do not: the scanner types the code
    // into the focused key field before its Enter says it was a scan.
    const el = await fixture<MotcuaHallKiosk>(html`<motcua-hall-kiosk .client=${client} scan-gap="400"></motcua-hall-kiosk>`);
    root(el).querySelector<HTMLButtonElement>('[part="tile"]')!.click();
    await waitUntil(() => lookup(el)?.shadowRoot?.querySelector('#key'));
    field(el, 'key').focus();
    const reasons = clears(el);
    await sendKeys({ type: second.code });
    await sendKeys({ press: 'Enter' });
    await answered(el, second.code).catch(() => undefined);
    expect(reasons).to.deep.equal(['scan']);
    await waitUntil(() => lookup(el)?.shadowRoot?.querySelector('#key'));
    expect(field(el, 'code').value).to.equal(second.code);
    expect(field(el, 'key').value, 'the scanned characters left in the key field').to.equal('');
    expect(deepText(el)).not.to.contain(`${second.code}${second.code}`);
  });

  it("leaves a person typing (real keys, a person's pace) to the field they type in, and ignores slow keys with nothing focused", async () => {
    const el = await kiosk();
    const reasons = clears(el);
    await person('000.00.12', 120);
    await pause(200);
    expect(reasons, 'slow keys with nothing focused are no scan').to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('[part="tile"]')!.click();
    await waitUntil(() => lookup(el)?.shadowRoot?.querySelector('#code'));
    field(el, 'code').focus();
    await person(first.code, 150);
    await answered(el, first.code);
    expect(reasons, 'typing is not a scan').to.deep.equal([]);
    expect(field(el, 'code').value).to.equal(first.code);
  });

  it("clears the last person's dossier when the next one scans", async () => {
    const el = await kiosk();
    await scanner(receiptLink(first));
    await answered(el, first.code);
    await waitUntil(() => deepText(el).includes(first.applicant.name), 'no detailed answer');
    const reasons = clears(el);
    await scanner(second.code);
    await answered(el, second.code);
    expect(reasons).to.deep.equal(['scan']);
    const text = deepText(el);
    expect(text).not.to.contain(first.code);
    expect(text).not.to.contain(first.applicant.name);
    expect(text).not.to.contain(first.lookupKey);
  });

  it('says so when what was scanned is not a receipt, and clears what was shown', async () => {
    const el = await kiosk();
    await scanner(first.code);
    await answered(el, first.code);
    await scanner('8935049510017');
    await waitUntil(() => root(el).querySelector('[part="message"][role="alert"]'), 'nothing said');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('không phải mã hồ sơ');
    expect(deepText(el)).not.to.contain(first.code);
  });

  it('counts down before clearing after the idle time, keeps the screen for a touch, then clears and keeps nothing', async () => {
    const stored = [localStorage.length, sessionStorage.length, (await caches.keys()).length];
    const el = await fixture<MotcuaHallKiosk>(html`<motcua-hall-kiosk .client=${client} idle="3" warn="2"></motcua-hall-kiosk>`);
    await scanner(receiptLink(first));
    await answered(el, first.code);
    const reasons = clears(el);
    expect(root(el).querySelector('[part="countdown"]'), 'no countdown while in use').to.equal(null);
    await waitUntil(() => root(el).querySelector('[part="countdown"]'), 'no countdown', { timeout: 3000 });
    const said = () => root(el).querySelector('[part="countdown"] .countdown-text')?.textContent ?? '';
    expect(said()).to.match(/Màn hình sẽ tự xoá sau [12] giây/);
    expect(root(el).querySelector('[part="countdown"] [role="alert"]')!.textContent).to.contain('Chạm vào màn hình');
    // "I am still reading": the countdown goes and the dossier stays.
    root(el)
      .querySelector<HTMLButtonElement>('[part="countdown"] button')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    root(el).querySelector<HTMLButtonElement>('[part="countdown"] button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="countdown"]')).to.equal(null);
    expect(deepText(el)).to.contain(first.code);
    // Untouched again: counted down, then cleared.
    await waitUntil(() => said() === 'Màn hình sẽ tự xoá sau 1 giây để giữ kín thông tin của bạn.', 'the countdown did not reach 1', {
      timeout: 4000,
    });
    await oneEvent(el, 'motcua-kiosk-clear');
    await el.updateComplete;
    expect(reasons).to.deep.equal(['idle']);
    const text = deepText(el);
    expect(text).not.to.contain(first.code);
    expect(text).not.to.contain(first.applicant.name);
    expect(text).to.contain('Đưa mã vạch', 'back at the start');
    expect(root(el).querySelector('[part="countdown"]')).to.equal(null);
    expect([localStorage.length, sessionStorage.length, (await caches.keys()).length], 'nothing stored').to.deep.equal(stored);
  });

  it('opens the directory by sector tiles and a procedure by touch, without typing; nothing opens outside the kiosk', async () => {
    const el = await kiosk();
    root(el).querySelectorAll<HTMLButtonElement>('[part="tile"]')[1]!.click();
    await waitUntil(() => root(el).querySelector('[part="sector"]'), 'no sector tiles', { timeout: 5000 });
    const tiles = [...root(el).querySelectorAll<HTMLButtonElement>('[part="sector"]')];
    expect(tiles.length).to.equal(data.sectors.length);
    const sector = data.sectors.find((s) => data.procedures.some((p) => p.sector?.code === s.code))!;
    tiles.find((t) => t.textContent!.trim() === sector.name)!.click();
    const finder = () => root(el).querySelector('motcua-procedure-finder')!;
    await waitUntil(() => finder()?.shadowRoot?.querySelector('[role="option"]'), 'no procedures listed', { timeout: 5000 });
    const inSector = data.procedures.filter((p) => p.sector?.code === sector.code);
    expect(finder().shadowRoot!.querySelectorAll('[role="option"]').length).to.equal(inSector.length);
    finder().shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    const detail = () => root(el).querySelector('motcua-procedure-detail');
    await waitUntil(() => detail()?.shadowRoot?.querySelector('[part="title"]'), 'no detail', { timeout: 5000 });
    expect(finder(), 'the detail in place of the list').to.equal(null);
    const online = detail()!.shadowRoot!.querySelector('[part="online-link"]');
    if (online) expect(getComputedStyle(online).display, 'no "apply online" link').to.equal('none');
    const link = detail()!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
    if (link) {
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented, 'a link in the kiosk goes nowhere').to.equal(true);
    }
    root(el).querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await waitUntil(() => finder()?.shadowRoot?.querySelector('[role="option"]'), 'back to the list', { timeout: 5000 });
  });

  it('speaks English when asked, and the next person gets Vietnamese again', async () => {
    const el = await kiosk();
    root(el).querySelector<HTMLButtonElement>('button.lang')!.click();
    await el.updateComplete;
    expect(deepText(el)).to.contain('Hold the barcode');
    root(el).querySelector<HTMLButtonElement>('[part="tile"]')!.click();
    await el.updateComplete;
    await waitUntil(() => lookup(el)?.shadowRoot?.querySelector('#code'));
    expect(lookup(el)!.getAttribute('lang')).to.equal('en');
    el.clear('done');
    await el.updateComplete;
    expect(deepText(el)).to.contain('Đưa mã vạch');
  });

  it('offers every language the page knows, each named in itself, one registered later too', async () => {
    const el = await kiosk();
    const names = () => [...root(el).querySelectorAll<HTMLButtonElement>('button.lang')].map((b) => [b.lang, b.textContent!.trim()]);
    expect(names()).to.deep.equal([['en', 'English']]);
    // A portal's language, registered after the kiosk is on screen: its button comes without a reload.
    registerStrings('fr', { kioskTitle: 'Consulter votre dossier' });
    await el.updateComplete;
    expect(names()).to.deep.equal([
      ['en', 'English'],
      ['fr', 'Français'],
    ]);
    root(el).querySelector<HTMLButtonElement>('button.lang[lang="fr"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('fr');
    expect(deepText(el)).to.contain('Consulter votre dossier');
    expect(names()).to.deep.equal([
      ['vi', 'Tiếng Việt'],
      ['en', 'English'],
    ]);
  });
});
