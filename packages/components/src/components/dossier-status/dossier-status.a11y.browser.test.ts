// What the result view keeps under forced colours and in an English page (issue 31).
import { expect, fixture, html } from '@open-wc/testing';
import { NOW, OVERDUE } from '../../../../../test/fixtures/dossiers.js';
import { desktopText, forcedColors, holding, langOf, phoneAt200, sidewaysScroll } from '../../../../../test/browser/a11y.js';
import type { MotcuaDossierStatus } from './dossier-status.component.js';
import './dossier-status.js';

/** Before the second step's deadline: on time, nothing late. */
const EARLY = '2024-11-08T09:00:00+07:00';
const border = (e: Element) => {
  const s = getComputedStyle(e);
  return ['Top', 'Right', 'Bottom', 'Left']
    .map(
      (side) => `${s.getPropertyValue(`border-${side.toLowerCase()}-style`)} ${s.getPropertyValue(`border-${side.toLowerCase()}-width`)}`,
    )
    .join(', ');
};

describe('<motcua-dossier-status>: forced colours, language, reflow (issue 31)', () => {
  afterEach(async () => {
    await forcedColors(false);
    await desktopText();
  });

  it('marks a late step and an overdue badge without colour under forced colours', async () => {
    await forcedColors(true);
    const late = await fixture<MotcuaDossierStatus>(html`<motcua-dossier-status .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`);
    const early = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status .dossier=${OVERDUE} .now=${EARLY}></motcua-dossier-status>`,
    );
    const lateStep = late.shadowRoot!.querySelector('[part~="step-late"]')!;
    const sameStepOnTime = early.shadowRoot!.querySelectorAll('[part~="step"]')[1]!;
    expect(early.shadowRoot!.querySelector('[part~="step-late"]')).to.equal(null);
    expect(border(lateStep), 'the late step looks like the same step on time').not.to.equal(border(sameStepOnTime));
    const overdue = late.shadowRoot!.querySelector('[part="badge"]')!;
    const onTime = early.shadowRoot!.querySelector('[part="badge"]')!;
    expect(overdue.getAttribute('data-state')).to.equal('overdue');
    expect(onTime.getAttribute('data-state')).to.equal('on-time');
    expect(border(overdue), 'the overdue badge looks like the on-time one').not.to.equal(border(onTime));
    await expect(late).shadowDom.to.be.accessible();
  });

  it("reads the office's Vietnamese words as Vietnamese in an English page", async () => {
    const el = await fixture<MotcuaDossierStatus>(
      html`<motcua-dossier-status lang="en" .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`,
    );
    const root = el.shadowRoot!;
    for (const words of [
      OVERDUE.procedure.name,
      'Ủy ban nhân dân phường Nguyễn Du',
      'Trần Hữu Thích',
      'Thẩm định hồ sơ',
      'Phòng Tài nguyên và Môi trường',
      'Nguyễn Văn A',
      'Bổ sung bản sao Giấy chứng nhận',
      'Lệ phí trước bạ',
    ]) {
      expect(langOf(holding(root, words)), words).to.equal('vi');
    }
    expect(langOf(holding(root, 'Processing steps'))).to.equal('en');
    expect(langOf(holding(root, 'Result due'))).to.equal('en');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reflows at 320 px with 200 % text', async () => {
    await phoneAt200();
    await fixture<MotcuaDossierStatus>(html`<motcua-dossier-status .dossier=${OVERDUE} .now=${NOW}></motcua-dossier-status>`);
    expect(sidewaysScroll()).to.equal(0);
  });
});
