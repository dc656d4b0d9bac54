// The follow button keeps focus while it works and after it fails (issue 31): a button that
// disables itself drops keyboard focus to <body>.
import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { deepActive, liveRegions } from '../../../../../test/browser/a11y.js';
import { FollowController } from './follow-controller.js';

class FollowHost extends LitElement {
  readonly language = 'vi' as const;
  readonly follow = new FollowController(this);
  override render() {
    return html`${this.follow.render()}`;
  }
}
customElements.define('follow-a11y-host', FollowHost);

describe('"Báo cho tôi khi hồ sơ thay đổi": focus (issue 31)', () => {
  const ask = Notification.requestPermission;
  afterEach(() => {
    Notification.requestPermission = ask;
  });

  it('keeps focus on the button while it works and when it fails, and says what went wrong', async () => {
    // The browser's question takes a moment; then notifications are refused.
    Notification.requestPermission = () => new Promise((resolve) => setTimeout(() => resolve('denied'), 300));
    const el = await fixture<FollowHost>(testHtml`<follow-a11y-host></follow-a11y-host>`);
    Object.assign(el.follow, { offer: 'off', code: '000.00.12.H42-241105-0001', key: 'GOOD' });
    el.requestUpdate();
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="follow-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(deepActive() === button, `while working, focus is on ${deepActive()?.tagName}`).to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    // A second press while it works starts nothing.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="message"][role="alert"]'), 'no error said', { timeout: 3000 });
    expect(liveRegions(el.shadowRoot!).join(' ')).to.contain('Trình duyệt đang chặn thông báo');
    expect(deepActive() === button, `after the error, focus is on ${deepActive()?.tagName}`).to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
  });
});
