// A third language is one file and one line (issue 32 item 4): the test-only x-pseudo (every word
// accented and in brackets, test/helpers/x-pseudo.ts, imported below) speaks on every surface of
// the gateway — the no-JS /lookup page (its form, an answer, its errors), a portal page's answer,
// the follow routes' refusals and a push — with no Vietnamese or English left but the data.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { memoryAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { dossierTimeliness } from '@motcua/core/status';
import '../../../test/helpers/x-pseudo.js';
import { startPushService } from '../../../test/helpers/push-service.js';
import { createGateway } from './app.js';
import { generateVapidKeys } from './follow/push.js';
import { memoryWatchStore } from './follow/store.js';

const adapter = memoryAdapter(createDemoDataset());
const all = [...adapter.dossiers.values()];
/** A dossier with every row of the page: steps, a due date it is judged by, an applicant. */
const dossier = all.find(
  (d) => d.lookupKey && d.steps?.length && d.applicant?.name && d.agency?.name && dossierTimeliness(d).state !== 'none',
)!;
const followed = all.find((d) => d.status === 4 && d.lookupKey && d !== dossier)!;

/** Every string in the data (the backend's words, the dossier's code, names): what may stay as it is. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const DATA = [...new Set(all.flatMap(strings))].filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length);

/**
 * What is left of a text once the data and every x-pseudo text ("[Ŕéçéîvéð]") are taken out:
 * anything with a letter in it is a word in some other language.
 */
function notPseudo(text: string): string[] {
  let rest = text;
  for (const s of DATA) rest = rest.split(s).join(' ');
  return rest
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/\s{2,}|\n/)
    .filter((s) => /\p{L}/u.test(s));
}

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The words a page shows (its text, its title, its labels for assistive technology), all in
 * x-pseudo but the data — except the links to the other languages, each named in itself (`lang` on it).
 */
function pageWordsNotPseudo(html: string): string[] {
  const shown = html
    .replace(/<a [^>]*\blang="(?!x-pseudo")[^"]*"[^>]*>.*?<\/a>/g, ' ')
    .replace(/<(input|meta)\b[^>]*>/g, ' ')
    .replace(/<[^>]*\baria-label="([^"]*)"[^>]*>/g, '  $1  ')
    .replace(/<[^>]+>/g, '  ');
  return notPseudo(decode(shown));
}

describe('a third language, x-pseudo, registered in one file', () => {
  let url: string;
  let push: Awaited<ReturnType<typeof startPushService>>;
  let app: Awaited<ReturnType<typeof createGateway>>;
  let portalUrl: string;
  let portalApp: Awaited<ReturnType<typeof createGateway>>;
  before(async () => {
    push = await startPushService();
    app = await createGateway({
      adapter,
      logger: false,
      limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
      follow: {
        vapid: { ...generateVapidKeys(), subject: 'mailto:motcua@hatinh.gov.vn' },
        store: memoryWatchStore(),
        intervalSeconds: 3600,
        pushTargets: { dangerouslyAllowOrigins: [push.url] },
      },
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    const dir = mkdtempSync(join(tmpdir(), 'motcua-x-pseudo-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="x-pseudo"><title>x</title><motcua-dossier-lookup><form action="/lookup"></form></motcua-dossier-lookup></html>',
    );
    portalApp = await createGateway({
      adapter,
      portalDir: dir,
      logger: false,
      limits: { perMinute: 1e6, dossierPerMinute: 1e6, failedLookups: 1e6 },
    });
    portalUrl = await portalApp.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await portalApp.close();
    await push.close();
  });

  const lookup = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${url}/lookup`, { method: 'POST', headers, body: new URLSearchParams(fields) }).then(
      async (r) => [r.status, await r.text()] as const,
    );

  it("the no-JS page: the form, asked for by its link (?lang=), in x-pseudo, with links to the others; the browser's language alone changes nothing", async () => {
    for (const [address, headers] of [
      [`${url}/lookup?lang=x-pseudo`, {}],
      [`${url}/lookup?lang=x-pseudo`, { 'accept-language': 'vi' }],
    ] as const) {
      const html = await (await fetch(address, { headers })).text();
      assert.match(html, /<html lang="x-pseudo">/);
      assert.deepEqual(pageWordsNotPseudo(html), [], html);
      // Its form asks for the page in the same language; its links for the others.
      assert.match(html, /<input type="hidden" name="lang" value="x-pseudo">/);
      assert.match(html, /<a href="lookup\?lang=vi" hreflang="vi" lang="vi">Tiếng Việt<\/a>/);
      assert.match(html, /<a href="lookup\?lang=en" hreflang="en" lang="en">English<\/a>/);
    }
    // Without a link's or a form's choice, Vietnamese, whatever the browser's language (a phone set to English on a Vietnamese portal).
    const vi = await (await fetch(`${url}/lookup`, { headers: { 'accept-language': 'x-pseudo, en;q=0.8' } })).text();
    assert.match(vi, /<html lang="vi">[\s\S]*<label for="code">Mã hồ sơ<\/label>/);
    assert.ok(pageWordsNotPseudo(vi).includes('Mã hồ sơ'), 'the check sees words in another language');
  });

  it('the no-JS page: an answer in x-pseudo — the core’s status label, timeliness and words too — all but the data', async () => {
    const [status, html] = await lookup({ code: dossier.code, key: dossier.lookupKey!, lang: 'x-pseudo' });
    assert.equal(status, 200);
    assert.match(html, /<html lang="x-pseudo">/);
    assert.ok(html.includes(dossier.steps![0]!.name), 'the steps are there');
    assert.deepEqual(pageWordsNotPseudo(html), [], html);
    // Its links keep the dossier (its code, never its key).
    assert.ok(html.includes(`href="lookup?code=${encodeURIComponent(dossier.code)}&amp;lang=en"`), html);
    assert.ok(!html.split('<main>')[0]!.includes(dossier.lookupKey!));
  });

  it('the no-JS page: errors in x-pseudo (a code that is none, a wrong key)', async () => {
    for (const [fields, want] of [
      [{ code: 'not-a-code', lang: 'x-pseudo' }, 400],
      [{ code: dossier.code, key: 'SAI1', lang: 'x-pseudo' }, 403],
    ] as const) {
      const [status, html] = await lookup(fields);
      assert.equal(status, want);
      assert.match(html, /<html lang="x-pseudo">/);
      assert.match(html, /<p role="alert">\[/);
      assert.deepEqual(pageWordsNotPseudo(html), [], html);
    }
    // A form with no language (a portal's plain form): Vietnamese, as the portal's page, whatever the browser's.
    const [, html] = await lookup({ code: 'not-a-code' }, { 'accept-language': 'x-pseudo' });
    assert.match(html, /<html lang="vi">/);
  });

  it('a portal page in x-pseudo carries its answer in x-pseudo', async () => {
    const html = await (await fetch(`${portalUrl}/?code=${encodeURIComponent(dossier.code)}`)).text();
    const answer = /<section slot="answer".*?<\/section>/.exec(html)?.[0];
    assert.ok(answer, html);
    assert.deepEqual(pageWordsNotPseudo(answer), [], answer);
  });

  it("a city page's summary asked for in x-pseudo is all in x-pseudo but the data", async () => {
    const res = await fetch(`${portalUrl}/v1/dossiers/${encodeURIComponent(dossier.code)}/summary?lang=x-pseudo`);
    const { summary } = (await res.json()) as { summary: { lang: string; label: string; rows: Array<{ term: string; value: string }> } };
    assert.equal(summary.lang, 'x-pseudo');
    const words = [summary.label, ...summary.rows.flatMap((r) => [r.term, r.value])].join('  ');
    assert.deepEqual(notPseudo(words), [], words);
  });

  it('the follow routes refuse in x-pseudo (the JSON message), and a push is worded in the follower’s language', async () => {
    const json = { 'content-type': 'application/json', 'accept-language': 'x-pseudo' };
    const subscription = push.subscription();
    const refusals = [
      await fetch(`${url}/v1/follow`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          code: followed.code,
          key: followed.lookupKey,
          subscription: { ...subscription, keys: { ...subscription.keys, p256dh: 'AAAA' } },
        }),
      }),
      await fetch(`${url}/v1/follow`, { method: 'DELETE', headers: json, body: JSON.stringify({ endpoint: subscription.endpoint }) }),
      await fetch(`${url}/v1/follow`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ code: followed.code, key: 'SAI1', subscription }),
      }),
    ];
    for (const res of refusals) {
      const { error } = (await res.json()) as { error: { message: string; messages: { vi: string; en: string } } };
      assert.ok(res.status >= 400);
      assert.deepEqual(notPseudo(error.message), [], error.message);
      assert.notEqual(error.messages.en, error.messages.vi, 'the wire format keeps its Vietnamese and English');
    }
    // The page's language, sent with the follow, words its pushes (the browser's may differ).
    const ok = await fetch(`${url}/v1/follow`, {
      method: 'POST',
      headers: { ...json, 'accept-language': 'vi' },
      body: JSON.stringify({ code: followed.code, key: followed.lookupKey, subscription, lang: 'x-pseudo' }),
    });
    assert.equal(ok.status, 201);
    await app.pollFollowed!();
    followed.status = 9;
    await app.pollFollowed!();
    const [message] = push.received.map((m) => m.payload as { code: string; status: number; title: string; body: string; url: string });
    assert.ok(message, 'pushed');
    assert.equal(message.status, 9);
    assert.deepEqual([...notPseudo(message.title), ...notPseudo(message.body)], [], JSON.stringify(message));
    assert.ok(message.body.includes(followed.code));
    assert.equal(message.url, `/lookup?code=${encodeURIComponent(followed.code)}&lang=x-pseudo`, 'the page it opens speaks it too');
  });
});
