// A city's page on another origin served by nginx with the preload header docs/components.md
// gives (issue 30): the block is read from the docs as written, with only the gateway's address
// and the server's own lines filled in, in front of a real gateway on the demo data. Chromium
// opens a receipt's link: the summary and the answer leave with the page (the Link header), each
// is asked for once (the autoloader's and the lookup's requests take the preloads over), and the
// words are shown before the lookup's own answer. Needs nginx (`.ci/run` installs nginx-light),
// Chromium and `npm run build` (npm test does it).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { dossierStatus } from '@motcua/core/status';
import { createGateway } from '@motcua/gateway';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';
import { until } from '../helpers/until.js';

const DOCS_GATEWAY = 'https://gw.hatinh.gov.vn';
/** Debian's nginx is in /usr/sbin, which a user's PATH may lack. */
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** The docs' nginx block (the one that sets `$motcua_preload`), as written. */
function docsBlock(): string {
  const docs = readFileSync('docs/components.md', 'utf8');
  const block = [...docs.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('$motcua_preload'));
  assert.ok(block, 'docs/components.md has no nginx block setting $motcua_preload');
  assert.ok(block.includes(DOCS_GATEWAY) && block.includes('# …'), 'the block names the gateway and leaves a place for the server lines');
  return block;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe("a city page behind nginx with the docs' preload header", () => {
  const data = createDemoDataset();
  const dossier = data.dossiers.find((d) => d.lookupKey && d.steps?.length)!;
  const dir = mkdtempSync(join(tmpdir(), 'motcua-nginx-'));
  let nginx: ChildProcess | undefined;
  let gateway: Awaited<ReturnType<typeof createGateway>> | undefined;
  let browser: Browser | undefined;
  let city = '';
  let api = '';

  before(async () => {
    assert.equal(spawnSync(NGINX, ['-v']).error, undefined, 'nginx is not installed (Debian: apt-get install nginx-light)');
    const port = await freePort();
    city = `http://127.0.0.1:${port}`;
    gateway = await createGateway({
      adapter: memoryAdapter(data),
      origins: [city],
      logger: false,
      limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
    });
    api = await gateway.listen({ port: 0, host: '127.0.0.1' });

    const site = join(dir, 'site');
    cpSync('packages/components/dist/cdn', join(site, 'assets/motcua'), { recursive: true });
    mkdirSync(join(site, 'tra-cuu'));
    // The two documented lines.
    writeFileSync(
      join(site, 'tra-cuu/index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tra cứu hồ sơ</title>
<script type="module" src="/assets/motcua/autoloader.js"></script></head>
<body><h1>Tra cứu hồ sơ</h1><motcua-dossier-lookup endpoint="${api}"></motcua-dossier-lookup></body></html>`,
    );
    const block = docsBlock().replaceAll(DOCS_GATEWAY, api).replace('# …', `listen 127.0.0.1:${port}; root ${site};`);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off; master_process off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http {
  types { text/html html; text/javascript js; application/json json; }
  access_log off;
  client_body_temp_path ${dir}/body;
${block}
}
`,
    );
    nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    nginx.stderr!.on('data', (chunk) => (stderr += chunk));
    await until(
      'nginx to start',
      async () => {
        assert.equal(nginx!.exitCode, null, `nginx stopped: ${stderr}`);
        return (await fetch(`${city}/tra-cuu/`).catch(() => undefined))?.ok;
      },
      5000,
    );
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    nginx?.kill();
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the summary and the answer for a receipt link, and nothing for anything else', async () => {
    const code = encodeURIComponent(dossier.code);
    const linkOf = async (query: string) => {
      const res = await fetch(`${city}/tra-cuu/${query}`);
      return [res.headers.get('link'), res.headers.get('cache-control')] as const;
    };
    const [link, cache] = await linkOf(`?code=${code}&key=${dossier.lookupKey}`);
    assert.equal(
      link,
      `<${api}/v1/dossiers/${code}/summary?lang=vi>; rel=preload; as=fetch; crossorigin=anonymous, <${api}/v1/dossiers/${code}?key=${dossier.lookupKey}>; rel=preload; as=fetch; crossorigin=anonymous`,
    );
    assert.equal(cache, 'private, max-age=60', "a link with a key is the citizen's alone");
    // An ID or phone number is never put in an address, and the lookup posts it: the summary only.
    const summaryOnly = `<${api}/v1/dossiers/${code}/summary?lang=vi>; rel=preload; as=fetch; crossorigin=anonymous`;
    for (const key of ['038090001234', '0912345678', '0912%20345%20678'])
      assert.deepEqual(await linkOf(`?code=${code}&key=${key}`), [summaryOnly, 'private, max-age=60'], key);
    // No key: the answer anyone with the code may see.
    assert.equal(
      (await linkOf(`?code=${code}`))[0],
      `${summaryOnly}, <${api}/v1/dossiers/${code}>; rel=preload; as=fetch; crossorigin=anonymous`,
    );
    for (const query of ['', `?code=${code.toLowerCase()}`, `?code=${code}%3E;rel=preload`, '?code=<https://evil.example>'])
      assert.deepEqual(await linkOf(query), [null, 'public, max-age=60'], query);
  });

  it('in Chromium: each address asked for once, the words shown before the answer', async () => {
    const tab = await browser!.newPage();
    try {
      const asked: string[] = [];
      tab.on('request', (request) => void asked.push(request.url()));
      const summaryUrl = `${api}/v1/dossiers/${encodeURIComponent(dossier.code)}/summary?lang=vi`;
      const answerUrl = `${api}/v1/dossiers/${encodeURIComponent(dossier.code)}?key=${dossier.lookupKey}`;
      await tab.goto(`${city}/tra-cuu/?code=${encodeURIComponent(dossier.code)}&key=${dossier.lookupKey}`);
      await tab.waitForFunction(
        () =>
          document
            .querySelector('motcua-dossier-lookup')
            ?.shadowRoot?.querySelector('motcua-dossier-status')
            ?.shadowRoot?.querySelector('[part="status-label"]')?.textContent,
        { timeout: 10_000 },
      );
      assert.equal(asked.filter((url) => url === summaryUrl).length, 1, asked.join('\n'));
      assert.equal(asked.filter((url) => url === answerUrl).length, 1, asked.join('\n'));
      // Asked for by the page's header, before the autoloader had arrived (and taken over by it).
      const preloads = (await tab.evaluate(
        `performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/dossiers/')).map((e) => e.initiatorType)`,
      )) as string[];
      assert.deepEqual(preloads, ['link', 'link']);
      const words = (await tab.evaluate(
        `document.querySelector('motcua-dossier-lookup [data-motcua-answer] [data-motcua-status]')?.textContent`,
      )) as string | undefined;
      assert.equal(words, dossierStatus(dossier.status).label.vi, 'the words were put in the answer slot first');
    } finally {
      await tab.close();
    }
  });
});
