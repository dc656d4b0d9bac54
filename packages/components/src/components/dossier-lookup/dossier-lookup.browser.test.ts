import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { createClient, KEY_WORDS } from '@motcua/core';
import { registerStrings } from '../../internal/i18n.js';
import type { MotcuaDossierLookup } from './dossier-lookup.component.js';
import './dossier-lookup.js';

const CODE = '000.00.12.H42-241105-0001';
const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element>(el: Element, sel: string) => root(el).querySelector<T>(sel)!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');

async function type(el: MotcuaDossierLookup, value: string, key = '') {
  const code = $<HTMLInputElement>(el, '#code');
  code.value = value;
  code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (key) {
    const k = $<HTMLInputElement>(el, '#key');
    k.value = key;
    k.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

const submit = (el: MotcuaDossierLookup) => $<HTMLButtonElement>(el, '[part="submit"]').click();
const settled = (el: MotcuaDossierLookup) =>
  waitUntil(
    () => !root(el).querySelector('[part="skeleton"]') && root(el).querySelector('[part="result"], [part="message"]') !== null,
    'no answer',
    { timeout: 15_000 },
  );

describe('<motcua-dossier-lookup>', () => {
  it('gives instant format feedback and refuses an invalid code without a request', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    submit(el);
    await el.updateComplete;
    expect($(el, '[part="hint"]').textContent).to.contain('Vui lòng nhập mã hồ sơ');
    expect($(el, '#code').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('code');
    await type(el, '000.00.12.H42-241305-0001');
    submit(el);
    await el.updateComplete;
    expect($(el, '[part="hint"]').getAttribute('data-state')).to.equal('invalid');
    expect(root(el).querySelector('[part="skeleton"], [part="result"]') === null, 'no request').to.equal(true);
    await type(el, ' 000.00.12.h42 – 241105 – 0001 ');
    expect($(el, '[part="hint"]').getAttribute('data-state')).to.equal('valid');
    await expect(el).shadowDom.to.be.accessible();
  });

  it("opened from a receipt's link, asks for the receipt's key from the start: the field does not change, nor move the page, when the answer says so", async () => {
    // The form waits behind "Tra cứu hồ sơ khác" on a receipt's link: opened, it asks as the link says.
    const shown = (el: Element) => {
      ($(el, '[part="another"]') as HTMLButtonElement | null)?.click();
      return (el as MotcuaDossierLookup).updateComplete.then(() => $(el, 'label[for="key"]').textContent!.trim());
    };
    // An answer that never comes: the field as the citizen sees it while waiting.
    const waiting = { name: 'waiting', lookupDossier: () => new Promise(() => undefined) } as never;
    try {
      history.replaceState(null, '', `?code=${encodeURIComponent(CODE)}&key=A7K2`);
      const fromLink = await fixture<MotcuaDossierLookup>(
        html`<motcua-dossier-lookup .client=${createClient({ adapter: waiting })}></motcua-dossier-lookup>`,
      );
      await fromLink.updateComplete;
      expect(await shown(fromLink)).to.equal(KEY_WORDS.receipt.label.vi);
      // A number in a link is no receipt's key (and no motcua link carries one): still either.
      history.replaceState(null, '', `?code=${encodeURIComponent(CODE)}&key=042123456789`);
      const withNumber = await fixture<MotcuaDossierLookup>(
        html`<motcua-dossier-lookup .client=${createClient({ adapter: waiting })}></motcua-dossier-lookup>`,
      );
      await withNumber.updateComplete;
      expect(await shown(withNumber)).to.equal('Mã tra cứu hoặc số định danh (không bắt buộc)');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it("opened from a receipt's link with a long history, puts 'Tra cứu hồ sơ khác' above the answer on a phone: the form opens there, the answer under it", async () => {
    // Twenty-four steps across three offices: an answer several screens tall on a 360 px phone.
    const at = (d: number) => `2024-11-${String(d).padStart(2, '0')}T16:30:00+07:00`;
    const steps = Array.from({ length: 24 }, (_, i) => ({
      name: `Bước ${i + 1}: chuyển hồ sơ sang cơ quan tiếp theo`,
      department: 'Bộ phận một cửa',
      status: 'done' as const,
      finishedAt: at(5 + (i % 20)),
    }));
    const dossier = {
      code: CODE,
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      agency: { name: 'Ủy ban nhân dân phường Thạch Quý', level: 'commune' },
      applicant: { name: 'Trần Hữu Thích', masked: false },
      receivedAt: '2024-11-05T08:30:00+07:00',
      appointmentAt: at(28),
      status: 4,
      restricted: false,
      steps,
    };
    const long = { name: 'long', lookupDossier: async () => dossier } as never;
    await setViewport({ width: 360, height: 640 });
    try {
      history.replaceState(null, '', `?code=${encodeURIComponent(CODE)}&key=A7K2`);
      const el = await fixture<MotcuaDossierLookup>(
        html`<motcua-dossier-lookup .client=${createClient({ adapter: long })}></motcua-dossier-lookup>`,
      );
      await settled(el);
      const result = $(el, '[part="result"]');
      await waitUntil(() => root(el).activeElement === result, 'focus on the answer');
      expect(result.getBoundingClientRect().height, 'an answer taller than the screen').to.be.greaterThan(2 * innerHeight);
      const another = $<HTMLButtonElement>(el, '[part="another"]');
      expect(another.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING, 'the button before the answer').to.not.equal(0);
      expect(another.getBoundingClientRect().bottom, 'on the first screen').to.be.at.most(
        Math.min(innerHeight, result.getBoundingClientRect().top),
      );
      expect(
        [...root(el).querySelectorAll('button')].filter((b) => b.textContent!.includes('Tra cứu hồ sơ khác')),
        'one such button',
      ).to.have.length(1);
      expect(another.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).shadowDom.to.be.accessible();
      // Pressed: the form where the button was, focus in its code field, the same answer still under it.
      const top = another.getBoundingClientRect().top;
      another.click();
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('code');
      expect(root(el).querySelector('[part="another"]')).to.equal(null);
      const form = $(el, 'form');
      expect(Math.abs(form.getBoundingClientRect().top - top), 'the form in the place of the button').to.be.at.most(1);
      expect($(el, '[part="result"]') === result, 'the answer stays').to.equal(true);
      expect(form.getBoundingClientRect().bottom, 'the answer under the form').to.be.at.most(result.getBoundingClientRect().top);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('asks for the key the office checks: key-kind="id-number" gives the ID number words, a digit keyboard, and refuses 11 digits without a request', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup endpoint="/mock-gw" key-kind="id-number"></motcua-dossier-lookup>`,
    );
    expect($(el, 'label[for="key"]').textContent).to.contain('Số định danh cá nhân');
    expect($(el, '#key').getAttribute('inputmode')).to.equal('numeric');
    expect($(el, '#key-hint').textContent).to.contain('12 chữ số');
    let asked = 0;
    el.addEventListener('motcua-lookup-error', () => asked++);
    el.addEventListener('motcua-dossier-found', () => asked++);
    await type(el, CODE, '04212345678');
    submit(el);
    await el.updateComplete;
    expect($(el, '#key').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#key-hint').getAttribute('data-state')).to.equal('invalid');
    expect($(el, '#key-hint').textContent).to.contain('Số định danh gồm 12 chữ số');
    expect(root(el).activeElement?.id).to.equal('key');
    await aTimeout(50);
    expect(root(el).querySelector('[part="skeleton"], [part="result"]') === null && asked === 0, 'no request').to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('before the office has said which key, asks for either; after an answer that says, for that one', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw/id"></motcua-dossier-lookup>`);
    expect($(el, 'label[for="key"]').textContent).to.contain('Mã tra cứu hoặc số định danh');
    await type(el, CODE);
    submit(el);
    await settled(el);
    expect($(el, 'label[for="key"]').textContent).to.contain('Số định danh cá nhân');
    expect($(el, 'motcua-dossier-status').shadowRoot!.textContent).to.contain('hãy nhập số định danh cá nhân');
  });

  it('normalises the code, shows loading, then the dossier, and moves focus to it', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    await type(el, ' 000.00.12.h42 – 241105 – 0001 ');
    const found = oneEvent(el, 'motcua-dossier-found');
    submit(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="skeleton"]') !== null, 'skeleton').to.equal(true);
    const { detail } = await found;
    expect(detail.dossier.code).to.equal(CODE);
    await settled(el);
    expect($<HTMLInputElement>(el, '#code').value).to.equal(CODE);
    const status = $(el, 'motcua-dossier-status');
    expect(status.shadowRoot!.textContent).to.contain('Đăng ký khai sinh');
    expect(status.shadowRoot!.textContent).to.contain('mã tra cứu');
    expect(root(el).activeElement === $(el, '[part="result"]'), 'focus on the answer').to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('fills code and key from a pasted receipt URL and shows the details', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    await type(el, `https://dichvucong.hatinh.gov.vn/tra-cuu?maHoSo=${CODE}&maTraCuu=GOOD`);
    expect($<HTMLInputElement>(el, '#code').value).to.equal(CODE);
    expect($<HTMLInputElement>(el, '#key').value).to.equal('GOOD');
    submit(el);
    await settled(el);
    expect($(el, 'motcua-dossier-status').shadowRoot!.textContent).to.contain('Thẩm định hồ sơ');
  });

  it('explains each failure with a way forward, and passes axe', async () => {
    const cases: Array<[string, string, string, boolean]> = [
      ['000.00.12.H42-241105-0404', '', 'Không tìm thấy hồ sơ 000.00.12.H42-241105-0404', false],
      [CODE, 'BAD1', 'Mã tra cứu không đúng', false],
      // No key typed, and the office answers only with one: ask for it, do not call it wrong.
      ['000.00.12.H42-241105-0403', '', 'Cơ quan này chỉ cho tra cứu hồ sơ khi có mã tra cứu', false],
      ['000.00.12.H42-241105-0503', '', 'Chưa tra cứu được', true],
    ];
    for (const [code, key, message, retry] of cases) {
      const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
      await type(el, code, key);
      const failed = oneEvent(el, 'motcua-lookup-error');
      submit(el);
      await failed;
      await settled(el);
      expect($(el, '[part="message"]').getAttribute('role')).to.equal('alert');
      expect($(el, '[part="message"]').textContent).to.contain(message);
      expect(root(el).querySelector('[part="retry"]') !== null).to.equal(retry);
      if (message.startsWith('Không tìm thấy'))
        expect($(el, '#hint').getAttribute('data-state'), 'no green "valid" under "not found"').to.equal(null);
      await expect(el).shadowDom.to.be.accessible();
      if (retry) {
        $<HTMLButtonElement>(el, '[part="retry"]').click();
        await waitUntil(() => root(el).querySelector('[part="result"]'), 'retry did not recover', { timeout: 5000 });
      }
      if (key) expect(root(el).activeElement?.id).to.equal('key');
    }
  });

  it('counts down when rate-limited and holds the button meanwhile (aria-disabled: it keeps focus)', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    await type(el, '000.00.12.H42-241105-0429');
    const failed = oneEvent(el, 'motcua-lookup-error');
    submit(el);
    const { detail } = await failed;
    expect(detail.kind).to.equal('rate-limited');
    expect(detail.retryAfter).to.equal(3);
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, '[part="submit"]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.match(/\(3\)|\(2\)/);
    await expect(el).shadowDom.to.be.accessible();
    await aTimeout(1100);
    expect(button.textContent).to.match(/\(2\)|\(1\)/);
    expect($(el, '[part="message"]').textContent).to.contain('3 giây');
  });

  it('stops calling the key optional once the office has said it shows a dossier only with it', async () => {
    // The page names the key's kind, or not (then either key is asked for).
    for (const [kind, label] of [
      ['receipt', 'Mã tra cứu'],
      ['', 'Mã tra cứu hoặc số định danh'],
    ]) {
      const el = await fixture<MotcuaDossierLookup>(
        html`<motcua-dossier-lookup endpoint="/mock-gw" key-kind=${kind || nothing}></motcua-dossier-lookup>`,
      );
      await type(el, '000.00.12.H42-241105-0403');
      const failed = oneEvent(el, 'motcua-lookup-error');
      submit(el);
      expect((await failed).detail.kind).to.equal('key-required');
      await settled(el);
      expect($(el, 'label[for="key"]').textContent!.trim()).to.equal(label);
      expect($(el, '#key').getAttribute('aria-required')).to.equal('true');
      await expect(el).shadowDom.to.be.accessible();
    }
  });

  it('says a long wait in minutes, and counts it down as minutes and seconds', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    await type(el, '000.00.12.H42-241105-0430');
    const failed = oneEvent(el, 'motcua-lookup-error');
    submit(el);
    expect((await failed).detail.retryAfter).to.equal(888);
    await el.updateComplete;
    expect($(el, '[part="message"]').textContent).to.contain('sau 15 phút');
    expect($(el, '[part="message"]').textContent).not.to.contain('giây');
    expect($(el, '[part="submit"]').textContent).to.match(/\(14:4[78]\)/);
  });

  it('is accessible while loading, and fits a 320 px screen', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width:320px"><motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup></div>`,
    );
    const el = box.querySelector<MotcuaDossierLookup>('motcua-dossier-lookup')!;
    await type(el, '000.00.12.H42-241105-0999');
    submit(el);
    await el.updateComplete;
    expect(root(el).querySelector('[part="skeleton"]') !== null, 'loading').to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
    expect(el.scrollWidth).to.be.at.most(320);
    await settled(el);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('uses the strings a portal registers', async () => {
    registerStrings('vi', { lookupButton: 'Xem hồ sơ' });
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    expect($(el, '[part="submit"]').textContent!.trim()).to.equal('Xem hồ sơ');
    registerStrings('vi', { lookupButton: 'Tra cứu' });
  });

  it('cancels a slow lookup when a new one starts', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    let found = 0;
    el.addEventListener('motcua-dossier-found', () => found++);
    await type(el, '000.00.12.H42-241105-0999');
    submit(el);
    await aTimeout(100);
    await type(el, CODE);
    submit(el);
    await settled(el);
    await aTimeout(1600);
    expect(found).to.equal(1);
    expect($(el, 'motcua-dossier-status').shadowRoot!.textContent).to.contain(CODE);
  });

  it('runs from a code attribute, and speaks English', async () => {
    const el = await fixture<MotcuaDossierLookup>(
      html`<motcua-dossier-lookup lang="en" endpoint="/mock-gw" code=${CODE} lookup-key="GOOD"></motcua-dossier-lookup>`,
    );
    await settled(el);
    expect(text(el)).to.contain('Dossier code');
    expect($(el, 'motcua-dossier-status').shadowRoot!.textContent).to.contain('Processing steps');
  });

  it('says when no backend is configured', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup></motcua-dossier-lookup>`);
    await type(el, CODE);
    submit(el);
    await settled(el);
    expect($(el, '[part="message"]').textContent).to.contain('endpoint');
  });

  it('takes the previous answer away when the next code is malformed', async () => {
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/mock-gw"></motcua-dossier-lookup>`);
    await type(el, CODE);
    submit(el);
    await settled(el);
    await type(el, '000.00.12.H42-2411');
    submit(el);
    await el.updateComplete;
    expect($(el, '[part="hint"]').getAttribute('data-state')).to.equal('invalid');
    expect(root(el).querySelector('[part="result"]'), "the last dossier's answer is gone").to.equal(null);
    await type(el, CODE);
    submit(el);
    await settled(el);
    expect(root(el).querySelector('[part="result"]')).not.to.equal(null);
  });

  it("lets the page style the result view through the lookup's parts", async () => {
    const wrapper = await fixture(html`<div>
      <style>
        motcua-dossier-lookup::part(badge) { outline: 3px solid rgb(1, 2, 3); }
        motcua-dossier-lookup::part(step) { outline: 2px dashed rgb(4, 5, 6); }
      </style>
      <motcua-dossier-lookup endpoint="/mock-gw" code=${CODE} lookup-key="GOOD"></motcua-dossier-lookup>
    </div>`);
    const el = wrapper.querySelector<MotcuaDossierLookup>('motcua-dossier-lookup')!;
    await settled(el);
    const view = $(el, 'motcua-dossier-status').shadowRoot!;
    await waitUntil(() => view.querySelector('[part="badge"]'), 'no badge');
    expect(getComputedStyle(view.querySelector('[part="badge"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(view.querySelector('[part~="step"]')!).outlineColor).to.equal('rgb(4, 5, 6)');
  });

  it('works end to end against the real gateway on loopback', async () => {
    const res = await fetch('/gw/v1/procedures?limit=1');
    expect(res.status).to.equal(200);
    const el = await fixture<MotcuaDossierLookup>(html`<motcua-dossier-lookup endpoint="/gw"></motcua-dossier-lookup>`);
    await type(el, '000.00.12.H42-200101-9999');
    submit(el);
    await settled(el);
    expect($(el, '[part="message"]').textContent).to.contain('Không tìm thấy hồ sơ');
  });
});
