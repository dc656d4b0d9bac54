// `MOTCUA_DEMO_BACKEND=igate npm start`: the demo portal over a backend simulator, as an
// operator tries the whole chain before connecting the province's real system.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';
import { startDemo } from '../helpers/npm-start.js';

const start = (backend: string) => startDemo({ MOTCUA_DEMO_BACKEND: backend });

describe('npm start with MOTCUA_DEMO_BACKEND', () => {
  for (const backend of ['igate', 'dvcqg', 'opencps']) {
    it(`${backend}: the printed sample looks up through the simulator, with its key`, async () => {
      const gw = await start(backend);
      try {
        assert.match(gw.out, new RegExp(`Backend: the ${backend} simulator at http://127\\.0\\.0\\.1:\\d+`));
        const [, code, words, key] = /^\s+(\S+)\s+(mã tra cứu|số định danh) (\S+)/m.exec(gw.out)!;
        // The key each backend's records carry: OpenCPS's secret key, the others' owner's ID number.
        assert.equal(words, backend === 'opencps' ? 'mã tra cứu' : 'số định danh');
        assert.equal(
          gw.out.match(/^\s+\d{3}\.\S+\s+(mã tra cứu|số định danh) \S+/gm)?.length,
          6,
          'six samples, each with a key that works',
        );
        const res = await fetch(`${gw.url}/v1/dossiers/${code}`, { method: 'POST', body: new URLSearchParams({ key: key! }) });
        assert.equal(res.status, 200);
        const { dossier } = (await res.json()) as { dossier: { code: string; restricted?: boolean; steps?: unknown[] } };
        assert.equal(dossier.code, code);
        assert.notEqual(dossier.restricted, true);
        const hits = (await (await fetch(`${gw.url}/v1/procedures?q=khai%20sinh&limit=1`)).json()) as {
          items: Array<{ procedure: { name: string } }>;
        };
        assert.match(hits.items[0]!.procedure.name, /khai sinh/i);
      } finally {
        await gw.stop();
      }
    });
  }

  it('an unknown backend name stops with a sentence', async () => {
    const gw = await start('vnpt');
    await gw.stop();
    assert.match(gw.out, /MOTCUA_DEMO_BACKEND must be one of igate, dvcqg, opencps \(got "vnpt"\)/);
  });
});

/** What the lookup's shadow root holds under `selector` (text), or ''. */
const lookupText = (tab: Page, selector: string) =>
  tab.evaluate(
    (s) => document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    selector,
  );
/** Types into the lookup's field as a person does (the element reads input events) and presses the button. */
async function lookUp(tab: Page, field: 'code' | 'key', value: string): Promise<void> {
  await tab.evaluate(
    (f, v) => {
      const input = document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector(`#${f}`) as HTMLInputElement;
      input.value = v;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      (document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();
    },
    field,
    value,
  );
}

describe('a citizen at the demo portal over each simulator is asked for the key that backend opens details with', () => {
  let browser: Browser;
  before(async () => (browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs })));
  after(() => browser?.close());

  it("igate, without JavaScript: the portal's plain form posts to the gateway's page, which asks for the ID number and shows the name; no ID in an address", async () => {
    const gw = await start('igate');
    const tab = await browser.newPage();
    const addresses: string[] = [];
    tab.on('request', (r) => void addresses.push(r.url()));
    try {
      const [, code, key] = /^\s+(\S+)\s+số định danh (\S+)\s+— due soon/m.exec(gw.out)!;
      await tab.setJavaScriptEnabled(false);
      await tab.goto(gw.url, { waitUntil: 'load' });
      await tab.type('#nojs-code', code!);
      await tab.type('#nojs-key', key!);
      await Promise.all([tab.waitForNavigation(), tab.click('motcua-dossier-lookup form button[type="submit"]')]);
      const page = await tab.evaluate(() => document.body.innerText);
      const full = (await (
        await fetch(`${gw.url}/v1/dossiers/${code}`, { method: 'POST', body: new URLSearchParams({ key: key! }) })
      ).json()) as { dossier: { applicant: { name: string } } };
      assert.ok(page.includes(full.dossier.applicant.name), 'the name in full');
      assert.match(
        await tab.evaluate(() => document.querySelector('label[for="key"]')!.textContent!),
        /Số định danh cá nhân của người nộp/,
      );
      for (const address of [...addresses, tab.url()]) assert.ok(!address.includes(key!), `the ID number in an address: ${address}`);
    } finally {
      await tab.close();
      await gw.stop();
    }
  });

  for (const backend of ['igate', 'dvcqg', 'opencps'] as const) {
    it(`${backend}: the field asks for ${backend === 'opencps' ? 'the receipt key' : 'the ID number'}; typed, the status and the name show; the key in no address`, async () => {
      const gw = await start(backend);
      const tab = await browser.newPage();
      const addresses: string[] = [];
      tab.on('request', (r) => void addresses.push(r.url()));
      try {
        const [, code, key] = /^\s+(\S+)\s+(?:mã tra cứu|số định danh) (\S+)\s+— due soon/m.exec(gw.out)!;
        await tab.goto(gw.url, { waitUntil: 'load' });
        await tab.waitForFunction(() => !!document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('#key'));
        // Before any answer the page cannot know: either, in words a citizen understands.
        assert.match(await lookupText(tab, 'label[for="key"]'), /Mã tra cứu hoặc số định danh/);
        await lookUp(tab, 'code', code!);
        if (backend === 'opencps') {
          // OpenCPS answers nothing without its secret key: the lookup asks for the receipt's key.
          await tab.waitForFunction(() => !!document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('[part="message"]'));
          assert.match(await lookupText(tab, '[part="message"]'), /mã tra cứu/);
          // It needs the key: the field no longer calls it optional.
          assert.match(await lookupText(tab, 'label[for="key"]'), /^Mã tra cứu$/);
        } else {
          await tab.waitForFunction(() => !!document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('[part="result"]'));
          const shown = await tab.evaluate(() =>
            document
              .querySelector('motcua-dossier-lookup')!
              .shadowRoot!.querySelector('motcua-dossier-status')!
              .shadowRoot!.textContent!.replace(/\s+/g, ' '),
          );
          assert.match(shown, /hãy nhập số định danh cá nhân/, 'the note under the status asks for the ID number');
          assert.doesNotMatch(shown, /mã tra cứu in trên giấy hẹn/);
          assert.match(await lookupText(tab, 'label[for="key"]'), /Số định danh cá nhân của người nộp/);
          assert.equal(
            await tab.evaluate(() =>
              document.querySelector('motcua-dossier-lookup')!.shadowRoot!.querySelector('#key')!.getAttribute('inputmode'),
            ),
            'numeric',
          );
        }
        const full = (await (
          await fetch(`${gw.url}/v1/dossiers/${code}`, { method: 'POST', body: new URLSearchParams({ key: key! }) })
        ).json()) as { dossier: { applicant: { name: string } } };
        await lookUp(tab, 'key', key!);
        // The applicant's name in full (the masked one was "Trần H. T."): the answer with the key.
        await tab.waitForFunction(
          (name) =>
            document
              .querySelector('motcua-dossier-lookup')
              ?.shadowRoot?.querySelector('motcua-dossier-status')
              ?.shadowRoot?.textContent?.includes(name),
          { timeout: 15_000 },
          full.dossier.applicant.name,
        );
        if (backend !== 'opencps') {
          for (const address of [...addresses, tab.url()]) assert.ok(!address.includes(key!), `the ID number in an address: ${address}`);
          assert.ok(!gw.out.includes(`"${key}"`), 'nor in the log');
        }
      } finally {
        await tab.close();
        await gw.stop();
      }
    });
  }
});
