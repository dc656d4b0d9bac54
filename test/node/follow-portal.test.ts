// A citizen follows a dossier on the demo portal (`npm start`, whose demo data changes status
// over time) and the directory opens offline — in Chromium, with the real service worker:
// - Chromium here has no push service (a browser's is its vendor's, on the internet): the
//   page's PushManager hands out a subscription at a loopback push service instead, which
//   verifies the gateway's VAPID JWT and decrypts what it sends (test/helpers/push-service.ts);
//   that plaintext is delivered to the worker through DevTools' ServiceWorker.deliverPushMessage.
// - A notification cannot be clicked headless: the worker is sent the click event a click
//   would give it (NotificationEvent with the real notification).
// - Offline: Chromium's network emulation on the page and the worker, and the gateway stopped.
// Needs `npm run build` (npm test does it) and Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type CDPSession, type Page, type WebWorker } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';
import { startDemo } from '../helpers/npm-start.js';
import { startPushService, type PushService } from '../helpers/push-service.js';
import { until } from '../helpers/until.js';
import '@motcua/core/languages';
import { textIn } from '@motcua/core';
import { DOSSIER_STATUSES } from '@motcua/core/status';

const TICK_SECONDS = 1;

/** What the lookup's shadow root holds under `selector` (text), or '' . */
const lookupText = (tab: Page, selector: string) =>
  tab.evaluate((s) => document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? '', selector);

/** axe-core's violations in the lookup (evaluated through DevTools: the portal's CSP allows no injected script). */
async function axeViolations(tab: Page): Promise<string[]> {
  await tab.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  return tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } })
      .axe;
    const { violations } = await axe.run(document.querySelector('motcua-dossier-lookup')!);
    return violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('following a dossier on the demo portal, and the directory offline', () => {
  let push: PushService;
  let portal = '';
  let moving = { code: '', key: '' };
  let other = { code: '', key: '' };
  let stopPortal: () => Promise<void> = async () => {};
  let browser: Browser;
  let tab: Page;
  let cdp: CDPSession;
  let worker: WebWorker;
  let registrationId = '';
  /** The browser's subscription at the loopback push service (its keys prove it is this browser's when it stops). */
  let subscription: ReturnType<PushService['subscription']>;
  const problems: string[] = [];

  /**
   * Hands the push to the worker as the browser would, until its notification is up: DevTools
   * now and then drops one delivered while the worker is starting (a push service retries too).
   */
  async function deliver(payload: { code: string }): Promise<void> {
    const shown = () =>
      tab.evaluate(async (tag) => (await (await navigator.serviceWorker.ready).getNotifications({ tag })).length, `motcua:${payload.code}`);
    for (let attempt = 1; ; attempt++) {
      await cdp.send('ServiceWorker.deliverPushMessage', { origin: portal, registrationId, data: JSON.stringify(payload) });
      const up = await until('the notification', shown, 3000).catch(() => 0);
      if (up) return;
      if (attempt === 4) throw new Error('the notification never came up');
    }
  }

  /** The notification shown for a dossier, as the page's worker registration lists it. */
  const notification = (code: string) =>
    tab
      .evaluate(
        async (tag) =>
          (await (await navigator.serviceWorker.ready).getNotifications({ tag })).map((n) => ({
            title: n.title,
            body: n.body,
            lang: n.lang,
            actions: (n as unknown as { actions: Array<{ action: string; title: string }> }).actions.map(({ action, title }) => ({
              action,
              title,
            })),
          })),
        `motcua:${code}`,
      )
      .then((list) => list[0]);

  before(async () => {
    push = await startPushService();
    const demo = await startDemo({
      MOTCUA_DEMO_TICK_SECONDS: String(TICK_SECONDS),
      MOTCUA_DEMO_FOLLOW_SECONDS: '1',
      MOTCUA_DEMO_PUSH_SERVICE: push.url,
    });
    stopPortal = () => demo.stop();
    if (!demo.url) throw new Error(`npm start did not start:\n${demo.out}`);
    const { out } = demo;
    portal = demo.url;
    const [, code, key] = /^\s+(\S+)\s+mã tra cứu (\S+)\s+— changes status every/m.exec(out)!;
    moving = { code: code!, key: key! };
    const [, otherCode, otherKey] = /^\s+(\S+)\s+mã tra cứu (\S+)\s+— due soon/m.exec(out)!;
    other = { code: otherCode!, key: otherKey! };

    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    await browser.defaultBrowserContext().overridePermissions(portal, ['notifications']);
    tab = await browser.newPage();
    tab.on('pageerror', (e) => problems.push(`page: ${String(e)}`));
    tab.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`),
    );
    subscription = push.subscription();
    // The browser's push subscription, at the loopback push service (see the top of this file).
    // As source text: tsx would name the functions with a helper the page does not have.
    await tab.evaluateOnNewDocument(`{
      const sub = ${JSON.stringify(subscription)};
      let held = null;
      PushManager.prototype.getSubscription = async function () { return held; };
      PushManager.prototype.subscribe = async function (options) {
        held = {
          endpoint: sub.endpoint,
          options: { applicationServerKey: new Uint8Array(options.applicationServerKey).buffer, userVisibleOnly: true },
          toJSON() { return sub; },
          async unsubscribe() { held = null; return true; },
        };
        return held;
      };
    }`);
    cdp = await tab.createCDPSession();
    await cdp.send('ServiceWorker.enable');
  });

  after(async () => {
    await browser?.close();
    await stopPortal();
    await push?.close();
  });

  it('offers to follow after a lookup with the key; the gateway pushes each change, the worker shows it in words, a click opens the lookup', async () => {
    // The registration whose worker is active: a push for one that is still installing is dropped.
    const registered = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ registrationId: string; status: string }> }) => {
        const active = versions.find((v) => v.status === 'activated');
        if (active) resolve(active.registrationId);
      }),
    );
    await tab.goto(`${portal}/?code=${encodeURIComponent(moving.code)}&key=${moving.key}`);
    const button = await until('the follow button', () => lookupText(tab, '[part="follow-button"]'));
    assert.equal(button, 'Báo cho tôi khi hồ sơ thay đổi');
    assert.deepEqual(await axeViolations(tab), [], 'the offer passes axe');
    registrationId = await registered;
    worker = (await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker()) as WebWorker;

    await tab.evaluate(() =>
      (document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector('[part="follow-button"]') as HTMLButtonElement).click(),
    );
    assert.equal(
      await until('following', () => lookupText(tab, '[part="follow"] [role="status"]')),
      'Bạn sẽ được báo trên trình duyệt này khi hồ sơ thay đổi.',
    );
    assert.equal(await lookupText(tab, '[part="follow-button"]'), 'Thôi theo dõi');
    assert.deepEqual(await axeViolations(tab), [], 'the follow box passes axe');
    // Another dossier looked up on the same page: offered afresh, nothing said of the last one.
    await tab.evaluate((o) => Object.assign(document.querySelector('motcua-dossier-lookup')!, { lookupKey: o.key, code: o.code }), other);
    await until('the other dossier', async () => (await lookupText(tab, '[part="follow-button"]')) === 'Báo cho tôi khi hồ sơ thay đổi');
    assert.equal(await lookupText(tab, '[part="follow"] [role="status"]'), '');
    assert.equal(await lookupText(tab, '[part="follow"] [role="alert"]'), '');

    // The demo moves the dossier; the gateway's watcher sees it and pushes.
    const message = await until(
      'a push for the dossier',
      async () => push.received.find((m) => (m.payload as { code: string }).code === moving.code),
      20_000,
    );
    const payload = message.payload as { code: string; status: number; title: string; url: string };
    await deliver(payload);
    const shown = await until('the notification', () => notification(payload.code));
    assert.equal(shown.title, payload.title, 'the status in words');
    assert.equal(shown.body, `Hồ sơ ${moving.code}. Bấm để xem chi tiết.`);
    assert.deepEqual(
      shown.actions.map((a) => [a.action, a.title]),
      [['unfollow', 'Thôi theo dõi']],
    );
    assert.ok(!JSON.stringify(push.received).includes(moving.key), 'the key is never pushed');

    // A click opens the lookup for the dossier (the page the citizen followed from, without the key).
    await tab.goto(`${portal}/#procedures`);
    await worker.evaluate(async () => {
      const scope = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
      const [n] = await scope.registration.getNotifications();
      const NotificationEventCtor = (self as unknown as { NotificationEvent: new (type: string, init: object) => Event }).NotificationEvent;
      scope.dispatchEvent(new NotificationEventCtor('notificationclick', { notification: n, action: '' }));
    });
    await until('the lookup opened', async () => new URL(tab.url()).searchParams.get('code') === moving.code);
    assert.equal(new URL(tab.url()).searchParams.get('key'), null);
    assert.deepEqual(problems, []);
  });

  it('"Thôi theo dõi" in the notification stops it at once: no push after that, however often the dossier changes', async () => {
    // The worker's PushManager is the browser's too (see the top of this file).
    const { endpoint } = push.received[0]!;
    assert.equal(endpoint, subscription.endpoint);
    await worker.evaluate(
      `PushManager.prototype.getSubscription = async function () { const sub = ${JSON.stringify(subscription)}; return { endpoint: sub.endpoint, toJSON: () => sub }; }`,
    );
    // A newer change, shown (the click before closed the last notification).
    const latest = push.received.at(-1)!.payload as { code: string };
    await deliver(latest);
    await worker.evaluate(async (code) => {
      const scope = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
      const [n] = await scope.registration.getNotifications({ tag: `motcua:${code}` });
      const NotificationEventCtor = (self as unknown as { NotificationEvent: new (type: string, init: object) => Event }).NotificationEvent;
      scope.dispatchEvent(new NotificationEventCtor('notificationclick', { notification: n, action: 'unfollow' }));
    }, moving.code);
    const said = await until('the unfollow said', () =>
      tab.evaluate(
        async (tag) => (await (await navigator.serviceWorker.ready).getNotifications({ tag }))[0]?.title,
        `motcua:${moving.code}`,
      ),
    );
    assert.equal(said, `Đã thôi theo dõi hồ sơ ${moving.code}.`);
    const before = push.received.length;
    // Someone else still follows it: their pushes show that the dossier moved on and the watcher went round.
    const other = push.subscription();
    const followed = await fetch(`${portal}/v1/follow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: moving.code, key: moving.key, subscription: other }),
    });
    assert.equal(followed.status, 201);
    await until(
      'two changes pushed to the other browser',
      async () => push.received.filter((m) => m.endpoint === other.endpoint).length >= 2,
      20_000,
    );
    assert.deepEqual(
      push.received.slice(before).filter((m) => m.endpoint === endpoint),
      [],
      'nothing pushed here after unfollowing',
    );
    // The page, opened again, offers to follow anew.
    await tab.goto(`${portal}/?code=${encodeURIComponent(moving.code)}&key=${moving.key}`);
    assert.equal(await until('the follow button', () => lookupText(tab, '[part="follow-button"]')), 'Báo cho tôi khi hồ sơ thay đổi');
  });

  it('a page in English gets its notifications in English: the page keeps every word they say, in its language, for the worker', async () => {
    await tab.goto(`${portal}/?code=${encodeURIComponent(other.code)}&key=${other.key}`);
    await until('the follow button', () => lookupText(tab, '[part="follow-button"]'));
    await tab.evaluate(() => document.querySelector('motcua-dossier-lookup')!.setAttribute('lang', 'en'));
    assert.equal(
      await until('the English offer', async () =>
        (await lookupText(tab, '[part="follow-button"]')) === 'Tell me when this dossier changes' ? 'yes' : '',
      ),
      'yes',
    );
    await tab.evaluate(() =>
      (document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector('[part="follow-button"]') as HTMLButtonElement).click(),
    );
    assert.equal(
      await until('following', () => lookupText(tab, '[part="follow"] [role="status"]')),
      'This browser will tell you when the dossier changes.',
    );
    await deliver({ code: other.code, status: 5, title: 'not shown', url: '' } as { code: string });
    const shown = await until('the notification', () => notification(other.code));
    assert.deepEqual(shown, {
      title: textIn(DOSSIER_STATUSES[5].label, 'en'),
      body: `Dossier ${other.code}. Tap to see the details.`,
      lang: 'en',
      actions: [{ action: 'unfollow', title: 'Stop following' }],
    });
    assert.notEqual(shown.title, DOSSIER_STATUSES[5].label.vi);
  });

  it('opens the directory offline after one visit, and says the data may be old', async () => {
    const finderText = (selector: string) =>
      tab.evaluate(
        (s) => document.querySelector('motcua-procedure-finder')?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? '',
        selector,
      );
    const detailText = (selector: string) =>
      tab.evaluate(
        (s) => document.querySelector('motcua-procedure-detail')?.shadowRoot?.querySelector(s)?.textContent?.trim() ?? '',
        selector,
      );
    const firstHit = () =>
      tab.evaluate(() =>
        (document.querySelector('motcua-procedure-finder')!.shadowRoot!.querySelector('[role="option"]') as HTMLElement).click(),
      );
    await tab.goto(`${portal}/?q=khai+sinh#procedures`);
    const title = await until('the first hit', () => finderText('[role="option"]'));
    await firstHit();
    const name = await until('the procedure', () => detailText('[part="title"]'));
    assert.equal(await finderText('[part="stored-copy"]'), '', 'online: nothing said');

    // Offline: the network cut for the page and the worker, and the gateway itself gone.
    const workerCdp = await (await browser.waitForTarget((t) => t.type() === 'service_worker')).createCDPSession();
    for (const session of [cdp, workerCdp]) {
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await stopPortal();
    await tab.reload();
    assert.equal(await until('the first hit, offline', () => finderText('[role="option"]')), title);
    assert.match(
      await until('the finder says it', () => finderText('[part="stored-copy"]')),
      /^Bạn đang xem bản đã lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}, thông tin có thể đã cũ\./,
    );
    await firstHit();
    assert.equal(await until('the procedure, offline', () => detailText('[part="title"]')), name);
    assert.match(await detailText('[part="stored-copy"]'), /có thể đã cũ/);
    // A search never made before needs the gateway: said plainly.
    await tab.evaluate(() => {
      const input = document.querySelector('motcua-procedure-finder')!.shadowRoot!.querySelector('input')!;
      input.value = 'giấy phép xây dựng';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    assert.match(
      await until('the finder offline', () => finderText('[part="message"][data-kind="error"]')),
      /^Bạn đang ngoại tuyến: chỉ xem lại được/,
    );
    // What the worker kept: no dossier answer, no lookup key (a receipt link's page is kept without its query).
    const kept = await tab.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    assert.ok(
      kept.some((u) => u.includes('/v1/procedures')),
      'the catalogue is kept',
    );
    assert.deepEqual(
      kept.filter((u) => u.includes('/v1/dossiers') || u.includes(moving.key) || u.includes('key=')),
      [],
    );
    // A dossier is never kept: offline, the lookup says so.
    await tab.goto(`${portal}/?code=${encodeURIComponent(moving.code)}&key=${moving.key}`);
    assert.match(await until('the lookup offline', () => lookupText(tab, '[part="message"]')), /ngoại tuyến/);
  });
});
