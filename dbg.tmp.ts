import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createGateway } from '@motcua/gateway';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './test/helpers/chromium.mjs';
const data = createDemoDataset();
const dossier = data.dossiers.find((d) => d.steps?.length && d.lookupKey)!;
const app = await createGateway({ adapter: memoryAdapter(data), portalDir: process.cwd() + '/.cache/bench-portal' });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const context = await browser.createBrowserContext();
const tab = await context.newPage();
await tab.bringToFront();
await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const cdp = await tab.createCDPSession();
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 162000, uploadThroughput: 75000 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
tab.on('console', (m) => console.log('console', m.type(), m.text()));
tab.on('pageerror', (e) => console.log('pageerror', String(e)));
tab.on('response', (r) => console.log('HTTP', r.status(), r.url().slice(0, 100), r.headers()['content-encoding'] ?? ''));
tab.on('requestfailed', (r) => console.log('FAILED', r.url(), r.failure()?.errorText));
await tab.evaluateOnNewDocument(`
    window.__ticks = 0;
    window.__status = new Promise((resolve) => {
      const tick = () => (window.__ticks++, document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('motcua-dossier-status')?.shadowRoot?.querySelector('[part="status-label"]')?.textContent)
        ? resolve(performance.now())
        : requestAnimationFrame(tick);
      requestAnimationFrame(tick);
    });
  `);
const t0 = Date.now();
await tab.goto(`${url}/?code=${encodeURIComponent(dossier.code)}&key=${dossier.lookupKey}`, { waitUntil: 'domcontentloaded' });
console.log('dcl', Date.now() - t0);
await new Promise((r) => setTimeout(r, 8000));
console.log('status', await Promise.race([tab.evaluate('window.__status'), new Promise((r) => setTimeout(() => r('timeout'), 3000))]));
console.log(await tab.evaluate(`JSON.stringify({ ticks: window.__ticks, label: document.querySelector('motcua-dossier-lookup')?.shadowRoot?.querySelector('motcua-dossier-status')?.shadowRoot?.querySelector('[part="status-label"]')?.textContent })`));
await browser.close(); await app.close();
