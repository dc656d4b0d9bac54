// `npm run screenshots`: what citizens see, photographed in headless Chromium at phone size
// from the demo portal on the gateway (as `npm start` serves it) → docs/screenshots/*.png.
// Needs `npm run build`.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../test/helpers/chromium.mjs';
import { buildDemoPortal } from './demo-portal.mjs';

const { memoryAdapter } = await import('@motcua/adapters');
const { createDemoDataset } = await import('@motcua/adapters/demo');
const { createGateway } = await import('@motcua/gateway');
const { dossierTimeliness } = await import('@motcua/core/status');

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const data = createDemoDataset();
const overdue = data.dossiers.find((d) => dossierTimeliness(d).state === 'overdue' && d.steps?.some((s) => s.level === 'province'));
const app = await createGateway({ adapter: memoryAdapter(data), portalDir: await buildDemoPortal() });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

/** Fills an input inside an element's shadow root, as typing would. */
const fill = (host, selector, value) =>
  page.evaluate(
    (h, s, v) => {
      const input = document.querySelector(h).shadowRoot.querySelector(s);
      input.value = v;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    host,
    selector,
    value,
  );
const inShadow = (host, selector) =>
  page.waitForFunction((h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s), { timeout: 10_000 }, host, selector);
/** The element, cut to the first 1,000 px: what a phone shows in a screen or so. */
const shot = async (selector, name) => {
  const box = await page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  }, selector);
  await page.screenshot({
    path: `${OUT}/${name}.png`,
    captureBeyondViewport: true,
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1000) },
  });
  console.log(`${OUT}/${name}.png`);
};

const page = await browser.newPage();
try {
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await inShadow('motcua-dossier-lookup', '#code');

  await fill('motcua-dossier-lookup', '#code', overdue.code);
  await fill('motcua-dossier-lookup', '#key', overdue.lookupKey);
  await page.evaluate(() => document.querySelector('motcua-dossier-lookup').shadowRoot.querySelector('[part="submit"]').click());
  await inShadow('motcua-dossier-lookup', 'motcua-dossier-status');
  await page.waitForFunction(() =>
    document
      .querySelector('motcua-dossier-lookup')
      .shadowRoot.querySelector('motcua-dossier-status')
      .shadowRoot?.querySelector('ol, [part~="steps"]'),
  );
  await shot('section[aria-labelledby="lookup-title"]', 'lookup-overdue');

  await fill('motcua-procedure-finder', 'input[type="search"]', 'so do');
  await inShadow('motcua-procedure-finder', '[role="option"] mark');
  await shot('motcua-procedure-finder', 'finder-so-do');

  await page.evaluate(() => document.querySelector('motcua-procedure-finder').shadowRoot.querySelector('[role="option"]').click());
  await inShadow('motcua-procedure-detail', '[part="documents"]');
  await shot('motcua-procedure-detail', 'procedure-detail');

  await page.click('#lang');
  await page.waitForFunction(
    () =>
      document
        .querySelector('motcua-dossier-lookup')
        .shadowRoot.querySelector('motcua-dossier-status')
        .shadowRoot.textContent.includes('Overdue') || document.documentElement.lang === 'en',
  );
  await new Promise((r) => setTimeout(r, 300));
  await shot('section[aria-labelledby="lookup-title"]', 'lookup-english');
} finally {
  await browser.close();
  await app.close();
}
