// What the lookup says and where focus goes, by keyboard only (issue 31): what axe cannot see.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deepActive,
  desktopText,
  forcedColors,
  liveRegions,
  phoneAt200,
  sidewaysScroll,
  watchLiveRegions,
} from '../../../../../test/browser/a11y.js';
import type { MotcuaDossierLookup } from './dossier-lookup.component.js';
import './dossier-lookup.js';

const CODE = '000.00.12.H42-241105-0001';
const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const settled = (el: MotcuaDossierLookup) =>
  waitUntil(
    () => !root(el).querySelector('[part="skeleton"]') && root(el).querySelector('[part="result"], [part="message"]') !== null,
    'no answer',
    { timeout: 5000 },
  );

/** Focuses the code field as a keyboard does (Tab from the page) and types. */
async function typeCode(el: MotcuaDossierLookup, text: string) {
  $<HTMLInputElement>(el, '#code').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<motcua-dossier-lookup>: announcements and focus (issue 31)', () => {
  afterEach(async () => {
    await desktopText();
    await forcedColors(false);
  });

  it('says a not-found answer once: typing the next code changes no live region', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off"></motcua-dossier-lookup>`);
    await typeCode(el, '000.00.12.H42-241105-0404');
    const failed = oneEvent(el, 'motcua-lookup-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await settled(el);
    const said = $(el, '[role="alert"][part="message"]').textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('Không tìm thấy hồ sơ 000.00.12.H42-241105-0404');
    const input = $<HTMLInputElement>(el, '#code');
    input.select();
    const log = watchLiveRegions(root(el));
    await sendKeys({ type: CODE });
    await el.updateComplete;
    log.stop();
    expect(log.changes, `the live regions changed while typing: ${JSON.stringify(log.changes)}`).to.deep.equal([]);
    expect($(el, '[part="message"]').textContent!.replace(/\s+/g, ' ')).to.equal(said, 'the alert still names the code it was for');
  });

  it('announces a malformed code submitted with Enter, once per submit', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off"></motcua-dossier-lookup>`);
    await typeCode(el, '000.00.12.H42-2411');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActive()?.id).to.equal('code');
    expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(
      () => liveRegions(root(el)).some((t) => t.includes('Mã hồ sơ chưa đúng định dạng')),
      `nothing announced: ${JSON.stringify(liveRegions(root(el)))}`,
      { timeout: 1000 },
    );
    // Typing to correct it is not announced; the next Enter is, again.
    const log = watchLiveRegions(root(el));
    await sendKeys({ type: '05' });
    await el.updateComplete;
    expect(log.changes).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => log.changes.length >= 1 && liveRegions(root(el)).some((t) => t.includes('Mã hồ sơ chưa đúng định dạng')),
      'the second submit was silent',
      { timeout: 1000 },
    );
    log.stop();
    await expect(el).shadowDom.to.be.accessible();
  });

  it('keeps focus on the look-up button when a rate limit makes it wait, and says why when it is pressed', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off" hide-key></motcua-dossier-lookup>`,
    );
    await typeCode(el, '000.00.12.H42-241105-0429');
    await sendKeys({ press: 'Tab' });
    const button = $<HTMLButtonElement>(el, '[part="submit"]');
    expect(deepActive() === button, `focus is on ${deepActive()?.tagName}`).to.equal(true);
    const failed = oneEvent(el, 'motcua-lookup-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await el.updateComplete;
    await aTimeout(50);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActive() === button, `focus went to ${deepActive()?.tagName}`).to.equal(true);
    let errors = 0;
    el.addEventListener('motcua-lookup-error', () => errors++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(errors, 'no lookup while waiting').to.equal(0);
    expect(deepActive() === button, `focus is on ${deepActive()?.tagName}`).to.equal(true);
    expect(liveRegions(root(el)).join(' ')).to.match(/thử lại sau \d giây/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('names the answer by its status and shows where focus landed', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off"></motcua-dossier-lookup>`);
    await typeCode(el, CODE);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await waitUntil(() => deepActive() === $(el, '[part="result"]'), 'focus did not reach the answer');
    const result = $(el, '[part="result"]');
    const name = result.getAttribute('aria-label') ?? '';
    expect(name).to.contain(CODE);
    expect(name).to.contain('Đang xử lý');
    expect(result.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(result).outlineStyle).not.to.equal('none');
    expect(parseFloat(getComputedStyle(result).outlineWidth)).to.be.at.least(2);
  });

  it('marks a wrong key as invalid and describes the key field with the error', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off"></motcua-dossier-lookup>`);
    await typeCode(el, CODE);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'BAD1' });
    const failed = oneEvent(el, 'motcua-lookup-error');
    await sendKeys({ press: 'Enter' });
    await failed;
    await settled(el);
    const key = $<HTMLInputElement>(el, '#key');
    await waitUntil(() => deepActive() === key, 'focus is not on the key');
    expect(key.getAttribute('aria-invalid')).to.equal('true');
    const described = (key.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => root(el).getElementById(id)?.textContent ?? '');
    expect(described[0], 'the error comes first in the description').to.contain('Mã tra cứu không đúng');
    expect($(el, '#code').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).shadowDom.to.be.accessible();
    // The right key: no longer invalid.
    key.select();
    await sendKeys({ type: 'GOOD' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="result"]'), 'no answer with the right key', { timeout: 5000 });
    expect(key.getAttribute('aria-invalid')).to.equal('false');
  });

  it('keeps "Đóng" whole on a 320 px phone, at 100 % and at 200 % text', async () => {
    for (const big of [false, true]) {
      if (big) await phoneAt200();
      else await (await import('@web/test-runner-commands')).setViewport({ width: 320, height: 640 });
      const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
      $<HTMLDialogElement>(el, 'dialog').showModal();
      const close = $<HTMLButtonElement>(el, '.dialog-head button');
      const range = document.createRange();
      range.selectNodeContents(close);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      expect(lines.size, `"Đóng" on ${lines.size} lines${big ? ' at 200 %' : ''}`).to.equal(1);
      expect(close.scrollWidth).to.be.at.most(close.clientWidth);
      $<HTMLDialogElement>(el, 'dialog').close();
    }
  });

  it('reflows at 320 px with 200 % text: the form, a message and an answer', async () => {
    await phoneAt200();
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    expect(sidewaysScroll(), 'the empty form').to.equal(0);
    await typeCode(el, '000.00.12.H42-241105-0404');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(sidewaysScroll(), 'a not-found message').to.equal(0);
    el.lookupKey = 'GOOD';
    el.code = CODE;
    await waitUntil(() => root(el).querySelector('[part="result"]'), 'no answer', { timeout: 5000 });
    const status = $(el, 'motcua-dossier-status');
    await (status as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(sidewaysScroll(), 'the answer with its facts and steps').to.equal(0);
  });

  it('shows an invalid field without colour under forced colours', async () => {
    await forcedColors(true);
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" scan="off" hide-key></motcua-dossier-lookup>`,
    );
    const input = $<HTMLInputElement>(el, '#code');
    const before = getComputedStyle(input);
    const plain = [before.borderTopStyle, before.borderTopWidth].join(' ');
    $<HTMLButtonElement>(el, '[part="submit"]').click();
    await el.updateComplete;
    const after = getComputedStyle(input);
    expect([after.borderTopStyle, after.borderTopWidth].join(' '), 'an invalid field looks different in forced colours').not.to.equal(
      plain,
    );
  });
});
