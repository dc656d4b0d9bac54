// The portal's page for a receipt's link carries the dossier's status (issue 30): on screen with
// the first paint on a 3G phone, in the lookup's answer slot until its own answer replaces it.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { dossierStatus } from '@motcua/core/status';
import { createGateway } from './app.js';

const data = createDemoDataset();
const dossier = data.dossiers.find((d) => d.lookupKey && d.steps?.length)!;

function portal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-page-answer-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Cổng</title><main><motcua-dossier-lookup lang="vi"><form action="/lookup"></form></motcua-dossier-lookup></main>',
  );
  writeFileSync(join(dir, 'about.html'), '<!doctype html><title>Giới thiệu</title><p>Không có ô tra cứu.</p>');
  writeFileSync(join(dir, 'secret.txt'), 'not a page');
  return dir;
}

async function start() {
  const app = await createGateway({
    adapter: memoryAdapter(data),
    portalDir: portal(),
    logger: false,
    limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
  });
  return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
}

describe("the portal's page for a receipt's link", () => {
  it('carries the status in the lookup (answer slot), without the key, private, with the preload', async () => {
    const gw = await start();
    try {
      const res = await fetch(`${gw.url}/?code=${encodeURIComponent(dossier.code)}&key=${dossier.lookupKey}`, {
        headers: { 'accept-encoding': 'br' },
      });
      const html = await res.text();
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'private, no-store');
      assert.match(res.headers.get('link') ?? '', /rel=preload/);
      const answer = /<motcua-dossier-lookup lang="vi"><section slot="answer"[^>]*>(.*?)<\/section><form/.exec(html)?.[1];
      assert.ok(answer, html);
      assert.ok(answer.includes(dossier.code));
      assert.match(answer, new RegExp(`data-motcua-status>${dossierStatus(dossier.status).label.vi}<`));
      assert.ok(!html.includes(dossier.lookupKey!), 'the key is not written into the page');
      // The no-script form stays.
      assert.match(html, /<form action="\/lookup"><\/form><\/motcua-dossier-lookup>/);
    } finally {
      await gw.app.close();
    }
  });

  it('leaves other pages, other files, unknown codes and malformed addresses as they are', async () => {
    const gw = await start();
    try {
      const page = (path: string) => fetch(`${gw.url}${path}`).then(async (r) => [r.status, await r.text()] as const);
      const code = encodeURIComponent(dossier.code);
      assert.doesNotMatch((await page('/'))[1], /slot="answer"/);
      assert.doesNotMatch((await page(`/about.html?code=${code}`))[1], /slot="answer"/);
      assert.doesNotMatch((await page('/?code=000.00.12.H42-241105-9999'))[1], /slot="answer"/, 'not found: the element says so');
      assert.doesNotMatch((await page(`/?code=${code.toLowerCase()}`))[1], /slot="answer"/, 'a code not in printed form');
      assert.notEqual((await page(`/secret.txt?code=${code}`))[1], '', 'a file that is not a page is served as it is');
      for (const path of [`/..%2f..%2fetc%2fpasswd?code=${code}`, `/%E0%A4%A?code=${code}`]) {
        const [status, body] = await page(path);
        assert.ok(!body.includes('slot="answer"') && !body.includes('root:'), `${path}: ${status}`);
      }
    } finally {
      await gw.app.close();
    }
  });
});
