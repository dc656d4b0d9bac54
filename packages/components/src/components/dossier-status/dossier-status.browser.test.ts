import { expect, fixture, html } from '@open-wc/testing';
import { HOSTILE, NOW, OVERDUE } from '../../../../../test/fixtures/dossiers.js';
import type { MotcuaDossierStatus } from './dossier-status.component.js';
import './dossier-status.js';

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('<motcua-dossier-status>', () => {
  it('shows the status in plain Vietnamese, the badge, the date and what to bring and pay', async () => {
    const el = await fixture<MotcuaDossierStatus>(html`<motcua-dossier-status .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`);
    const t = text(el);
    expect(t).to.contain('Yêu cầu bổ sung giấy tờ');
    expect(t).to.contain('Cơ quan cần bạn bổ sung giấy tờ.');
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.contain('Quá hạn 5 ngày');
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('data-state')).to.equal('overdue');
    expect(t).to.contain('Ngày hẹn trả kết quả15/11/2024');
    expect(el.shadowRoot!.querySelector('[part~="supplement"]')!.textContent).to.contain('Bổ sung bản sao Giấy chứng nhận');
    const pay = el.shadowRoot!.querySelector('[part~="payment"]')!.textContent!;
    expect(pay).to.contain('Lệ phí trước bạ');
    expect(pay).to.contain('1.250.000 đ');
    expect(pay).not.to.contain('Lệ phí đăng ký biến động');
  });

  it('marks the late step and names who holds it', async () => {
    const el = await fixture<MotcuaDossierStatus>(html`<motcua-dossier-status .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`);
    const steps = [...el.shadowRoot!.querySelectorAll('[part~="step"]')];
    expect(steps).to.have.length(3);
    const late = el.shadowRoot!.querySelectorAll('[part~="step-late"]');
    expect(late).to.have.length(1);
    expect(late[0]!.textContent).to.contain('Thẩm định hồ sơ');
    expect(late[0]!.textContent).to.contain('Nguyễn Văn A');
    expect(late[0]!.textContent).to.contain('Quá hạn 8 ngày');
    expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
    expect(steps[2]!.textContent).to.contain('Cấp tỉnh');
  });

  it("shows the office's own status words when they say more than the national label, as text, and how the result is handed over", async () => {
    const odd = {
      ...OVERDUE,
      status: 4 as const,
      statusLabel: 'Chờ phê duyệt <img src=x onerror=alert(1)>',
      resultDelivery: 'postal' as const,
      supplementRequests: [],
    };
    const el = await fixture<MotcuaDossierStatus>(html`<motcua-dossier-status .dossier=${odd} .now=${NOW}></motcua-dossier-status>`);
    expect(text(el)).to.contain('Trạng thái tại cơ quanChờ phê duyệt <img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('Nhận kết quảQua bưu chính');
    const same = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status .dossier=${{ ...odd, statusLabel: 'ĐANG XỬ LÝ' }} .now=${NOW}></motcua-dossier-status>`,
    );
    expect(text(same)).not.to.contain('Trạng thái tại cơ quan');
    same.lang = 'en';
    await same.updateComplete;
    expect(text(same)).to.contain('Result handed overBy post');
  });

  it('speaks English with lang="en" and follows the page language', async () => {
    const el = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status lang="en" .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`,
    );
    expect(text(el)).to.contain('More documents requested');
    expect(text(el)).to.contain('Overdue by 5 days');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(text(el)).to.contain('Quá hạn 5 ngày');
  });

  it("draws its icons instead of relying on the font's glyphs, and keeps its own text alignment", async () => {
    const wrapper = await fixture(html`<div style="text-align: center; text-transform: uppercase; letter-spacing: 4px">
      <motcua-dossier-status .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>
    </div>`);
    const el = wrapper.querySelector<MotcuaDossierStatus>('motcua-dossier-status')!;
    await el.updateComplete;
    const shadow = el.shadowRoot!;
    expect(shadow.textContent).not.to.match(/[✓⏳⚠○●]/);
    expect(shadow.querySelector('[part="badge"] svg.icon')).not.to.equal(null);
    expect(shadow.querySelectorAll('[part~="step"] .mark svg.icon')).to.have.length(3);
    const title = getComputedStyle(shadow.querySelector('.step-title')!);
    expect([title.textAlign, title.textTransform, title.letterSpacing]).to.deep.equal(['start', 'none', 'normal']);
  });

  it('says "1 day" in English, and "1 ngày" in Vietnamese', async () => {
    const dayBefore = '2024-11-14T09:00:00+07:00';
    const en = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status lang="en" .dossier=${{ ...OVERDUE, status: 4, supplementRequests: [] }} .now=${dayBefore}></motcua-dossier-status>`,
    );
    expect(en.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.contain('Due soon — 1 day left');
    const vi = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status .dossier=${{ ...OVERDUE, status: 4, supplementRequests: [] }} .now=${dayBefore}></motcua-dossier-status>`,
    );
    expect(vi.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.contain('Sắp đến hạn — còn 1 ngày');
  });

  it('says details need the key when restricted — the key the office checks — and never shows an empty list of documents', async () => {
    const el = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status .dossier=${{ ...OVERDUE, restricted: true, steps: undefined, supplementRequests: undefined }} .now=${NOW}></motcua-dossier-status>`,
    );
    expect(text(el)).to.contain('hãy nhập mã tra cứu');
    expect(el.shadowRoot!.querySelector('[part~="supplement"] ul')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="supplement"]')!.textContent).to.contain('phần chi tiết');
    el.dossier = { ...el.dossier!, keyKind: 'id-number' };
    await el.updateComplete;
    expect(text(el)).to.contain('hãy nhập số định danh cá nhân');
    expect(text(el)).not.to.contain('mã tra cứu in trên giấy hẹn');
  });

  it('a step not yet reached shows no start date; a moved appointment is called the new result date', async () => {
    const planned = {
      name: 'Phê duyệt',
      status: 'pending' as const,
      startedAt: '2024-11-02T07:30:00+07:00',
      dueAt: '2024-11-14T16:30:00+07:00',
    };
    const moved = {
      content: 'Bản sao sổ hộ khẩu',
      requestedAt: '2024-11-06T09:00:00+07:00',
      newAppointmentAt: '2024-11-20T16:30:00+07:00',
    };
    const el = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status lang="en" .dossier=${{ ...OVERDUE, steps: [...OVERDUE.steps!, planned], supplementRequests: [moved] }} .now=${NOW}></motcua-dossier-status>`,
    );
    const last = [...el.shadowRoot!.querySelectorAll('[part~="step"]')].pop()!;
    expect(last.textContent).to.contain('Not started');
    expect(last.textContent).not.to.contain('Started');
    expect(last.querySelector('.step-meta:last-of-type')!.textContent!.trim()).to.match(/^Due: /);
    expect(el.shadowRoot!.querySelector('[part~="supplement"]')!.textContent).to.contain('New result date: 20/11/2024');
    expect(el.shadowRoot!.querySelector('[part~="supplement"]')!.textContent).not.to.contain('Result due');
  });

  it('renders hostile backend strings as text, and nothing runs', async () => {
    const el = await fixture<MotcuaDossierStatus>(
      html`<div style="width:320px"><motcua-dossier-status .dossier=${HOSTILE} .now=${NOW}></motcua-dossier-status></div>`,
    );
    const status = el.querySelector('motcua-dossier-status')!;
    await (status as MotcuaDossierStatus).updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    const root = status.shadowRoot!;
    expect(root.querySelectorAll('script, img, b')).to.have.length(0);
    // The only SVG is the element's own icons: nothing from the backend became markup.
    const foreign = [...root.querySelectorAll('svg')].filter(
      (svg) =>
        !svg.classList.contains('icon') ||
        svg.getAttributeNames().some((a) => !['class', 'viewBox', 'aria-hidden', 'focusable'].includes(a)),
    );
    expect(foreign).to.have.length(0);
    expect(root.textContent).to.contain('<script>window.__pwned = true</script>');
    expect(root.textContent).to.contain('<img src=x onerror=');
    // Long names wrap: nothing is wider than the 320 px column.
    expect(status.scrollWidth).to.be.at.most(320);
  });

  it('passes axe in every state', async () => {
    for (const dossier of [
      OVERDUE,
      { ...OVERDUE, restricted: true, steps: undefined },
      {
        ...OVERDUE,
        status: 10 as const,
        completedAt: '2024-11-14T10:00:00+07:00',
        returnedAt: '2024-11-15T10:00:00+07:00',
        supplementRequests: [],
        fees: [],
      },
    ]) {
      const el = await fixture<MotcuaDossierStatus>(html`<motcua-dossier-status .dossier=${dossier} .now=${NOW}></motcua-dossier-status>`);
      await expect(el).shadowDom.to.be.accessible();
    }
  });
});
