/**
 * The key each backend asks the citizen for (issue 27): the gateway says which it checks in
 * every answer and key error, checks exactly that one, and keeps a personal number out of
 * addresses, logs and cache keys.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { memoryAdapter, restAdapter } from '@motcua/adapters';
import { createDemoDataset } from '@motcua/adapters/demo';
import { createClient, MotcuaError, type Adapter, type Dossier } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { logLines, type LogLine } from '../../../test/helpers/log-lines.js';
import { createGateway, type GatewayOptions } from './app.js';

const NOW = Date.parse('2026-11-23T10:00:00+07:00');
const data = createDemoDataset({ now: NOW });
const withId = data.dossiers.filter((d) => d.applicant?.idNumber && d.applicant.phone && d.steps?.length);
// A record whose owner's ID the backend does not know: it says "000000001", as Thanh Hoá's sync does.
const placeholder: Dossier = {
  ...withId[5]!,
  code: '000.00.12.H42-261120-0999',
  applicant: { ...withId[5]!.applicant!, idNumber: '000000001' },
};
const dossiers = [...data.dossiers, placeholder];

interface Running {
  app: FastifyInstance;
  url: string;
  lines: LogLine[];
  /** Every address the backend adapter was asked for (what a backend's access log would keep). */
  seen: string[];
}

async function start(options: Partial<GatewayOptions>, adapter: Adapter = memoryAdapter({ ...data, dossiers })): Promise<Running> {
  const { lines, stream } = logLines();
  const seen: string[] = [];
  const app = await createGateway({
    adapter,
    logger: { level: 'debug', stream },
    limits: { dossierPerMinute: 1000, perMinute: 1000 },
    ...options,
  });
  app.addHook('onRequest', async (request) => void seen.push(request.url));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, lines, seen };
}

const post = (url: string, key: string, type: 'form' | 'json' = 'form') =>
  fetch(
    url,
    type === 'form'
      ? { method: 'POST', body: new URLSearchParams({ key }) }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key }) },
  );
type Answer = { dossier?: Dossier; error?: { kind: string; message: string; keyKind?: string; field?: string } };

describe('a backend whose records carry no receipt key: the applicant’s ID number', () => {
  let gw: Running;
  before(async () => (gw = await start({ keyKind: 'id-number' })));
  after(() => gw.app.close());
  const d = withId[0]!;
  const id = d.applicant!.idNumber!;

  it('says so in the answer without a key', async () => {
    const body = (await (await fetch(`${gw.url}/v1/dossiers/${d.code}`)).json()) as Answer;
    assert.equal(body.dossier?.restricted, true);
    assert.equal(body.dossier?.keyKind, 'id-number');
  });

  it('opens the details with the ID number in the body (form or JSON, spaced as people write it), never with the receipt key', async () => {
    for (const res of [
      await post(`${gw.url}/v1/dossiers/${d.code}`, id),
      await post(`${gw.url}/v1/dossiers/${d.code}`, id.replace(/(\d{3})/g, '$1 ').trim(), 'json'),
    ]) {
      const body = (await res.json()) as Answer;
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.equal(body.dossier?.restricted, false);
      assert.equal(body.dossier?.applicant?.name, d.applicant!.name);
      assert.equal(body.dossier?.keyKind, 'id-number');
      assert.ok(!JSON.stringify(body).includes(id), 'the ID number is never sent back');
    }
    const receipt = await post(`${gw.url}/v1/dossiers/${d.code}`, d.lookupKey!);
    assert.equal(receipt.status, 400, 'a 4-character key is not an ID number: said at once');
    const wrong = await post(`${gw.url}/v1/dossiers/${d.code}`, '042000000123');
    const body = (await wrong.json()) as Answer;
    assert.equal(wrong.status, 403);
    assert.equal(body.error?.keyKind, 'id-number');
    assert.match(body.error!.message, /Số định danh không khớp/);
  });

  it('refuses an ID number in an address (the API’s and the no-JS page’s) before asking the backend', async () => {
    for (const path of [`/v1/dossiers/${d.code}?key=${id}`, `/lookup?code=${d.code}&key=${id}`]) {
      const res = await fetch(`${gw.url}${path}`);
      assert.equal(res.status, 400, path);
      assert.match(await res.text(), /POST|nội dung yêu cầu/);
    }
  });

  it('a number in the wrong shape is said at once and is not a failed guess', async () => {
    for (let i = 0; i < 12; i++) {
      const res = await post(`${gw.url}/v1/dossiers/${d.code}`, '12345');
      assert.equal(res.status, 400);
      const body = (await res.json()) as Answer;
      assert.equal(body.error?.field, 'key');
      assert.match(body.error!.message, /12 chữ số/);
    }
    assert.equal((await post(`${gw.url}/v1/dossiers/${d.code}`, id)).status, 200, 'twelve typing slips block nobody');
  });

  it('a placeholder ID ("000000001") opens nothing', async () => {
    const res = await post(`${gw.url}/v1/dossiers/${placeholder.code}`, '000000001');
    assert.equal(res.status, 403);
  });

  it('the no-JS page asks for the ID number and sends it in the body; the answer shows the name', async () => {
    const empty = await (await fetch(`${gw.url}/lookup`)).text();
    assert.match(empty, /<form action="lookup" method="post">/);
    assert.match(empty, /Số định danh cá nhân của người nộp/);
    assert.match(empty, /inputmode="numeric"/);
    const answer = await fetch(`${gw.url}/lookup`, { method: 'POST', body: new URLSearchParams({ code: d.code, key: id }) });
    assert.equal(answer.status, 200);
    const page = await answer.text();
    assert.ok(page.includes(d.applicant!.name), 'the name, with the right number');
    assert.ok(!page.includes(id));
    const masked = await (await fetch(`${gw.url}/lookup?code=${d.code}`)).text();
    assert.match(masked, /hãy nhập số định danh cá nhân/);
  });

  it('wrong ID numbers pause the dossier as wrong receipt keys do', async () => {
    const target = withId[1]!;
    let last = 0;
    for (let i = 0; i < 10; i++) last = (await post(`${gw.url}/v1/dossiers/${target.code}`, `04200000${String(1000 + i)}`)).status;
    assert.ok([403, 429].includes(last));
    // (From this one client the failure budget also ends at ten: either way the right ID waits.)
    const right = await post(`${gw.url}/v1/dossiers/${target.code}`, target.applicant!.idNumber!);
    assert.equal(right.status, 429);
  });

  it('no ID number in any log line or address the gateway saw logged', () => {
    const text = JSON.stringify(gw.lines);
    for (const dossier of withId.slice(0, 2)) assert.ok(!text.includes(dossier.applicant!.idNumber!), 'an ID number in the log');
    assert.ok(
      gw.lines.some((l) => (l.req as { method?: string } | undefined)?.method === 'POST'),
      'the requests were logged',
    );
  });
});

describe('what the trial of the restructured gateway found', () => {
  let gw: Running;
  before(async () => (gw = await start({ keyKind: 'id-number' })));
  after(() => gw.app.close());

  it("an ID number typed where a procedure code goes stays out of the log, in the request line and in the refusal's detail", async () => {
    const id = withId[0]!.applicant!.idNumber!;
    assert.equal((await fetch(`${gw.url}/v1/procedures/${id}`)).status, 404);
    const text = JSON.stringify(gw.lines);
    assert.ok(
      gw.lines.some((l) => String(l.detail ?? '').includes('#########')),
      'the refusal was logged, masked',
    );
    assert.ok(!text.includes(id), 'the ID number in the log');
  });
});

describe('what the attack on issue 27 found', () => {
  let gw: Running;
  before(async () => (gw = await start({ keyKind: 'id-number' })));
  after(() => gw.app.close());
  const d = withId[6]!;
  const id = d.applicant!.idNumber!;

  it('a JSON body sent as a form, or an ID typed into the code field, puts no ID in the answer or the log', async () => {
    const asForm = await fetch(`${gw.url}/v1/dossiers/${d.code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ key: id }),
    });
    assert.equal(asForm.status, 400);
    assert.ok(!(await asForm.text()).includes(id), 'echoed in the error');
    for (const res of [
      await fetch(`${gw.url}/lookup`, { method: 'POST', body: new URLSearchParams({ code: id }) }),
      await fetch(`${gw.url}/v1/dossiers/${id}`, { method: 'POST', body: new URLSearchParams({ key: id }) }),
    ]) {
      assert.equal(res.status, 400);
      assert.ok(!(await res.text()).includes(id));
    }
    assert.ok(!JSON.stringify(gw.lines).includes(id), 'an ID number in the log');
  });

  it('an ID however written is personal: refused in a query, read as its digits in a body', async () => {
    for (const written of [
      `CCCD${id}`,
      `${id.slice(0, 4)}/${id.slice(4, 8)}/${id.slice(8)}`,
      `${id}\u200b`,
      String.fromCharCode(0xff10 + Number(id[0])) + id.slice(1),
    ]) {
      const query = await fetch(`${gw.url}/v1/dossiers/${d.code}?key=${encodeURIComponent(written)}`);
      assert.equal(query.status, 400, written);
      assert.equal(((await query.json()) as Answer).error?.keyKind, 'id-number', 'the refusal says what to type');
      assert.equal((await post(`${gw.url}/v1/dossiers/${d.code}`, written)).status, 200, written);
    }
  });

  it('a key given twice is refused, not the last one taken', async () => {
    const res = await fetch(`${gw.url}/v1/dossiers/${d.code}`, {
      method: 'POST',
      body: `key=042000000111&key=${id}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 400);
  });

  it("a wrong-shaped key reaches the client as the key's error (field 'key'), not the code's", async () => {
    const client = createClient({ adapter: restAdapter({ endpoint: gw.url, retries: 0 }) });
    await assert.rejects(
      client.dossiers.lookup(d.code, { key: '04252337399' }),
      (e: Error & { field?: string; keyKind?: string }) => e.field === 'key' && e.keyKind === 'id-number',
    );
  });

  it('a POST from a page of a site not on the list is refused before it counts; the portal itself and listed sites are answered', async () => {
    const target = withId[7]!;
    const from = (origin: string, key: string) =>
      fetch(`${gw.url}/v1/dossiers/${target.code}`, { method: 'POST', body: new URLSearchParams({ key }), headers: { origin } });
    for (let i = 0; i < 12; i++) assert.equal((await from('https://evil.example', `04200000${1000 + i}`)).status, 400);
    const same = await from(gw.url, target.applicant!.idNumber!);
    assert.equal(same.status, 200, 'twelve foreign wrong keys counted nothing; the same site is answered');
    const noJs = await fetch(`${gw.url}/lookup`, {
      method: 'POST',
      body: new URLSearchParams({ code: target.code }),
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(noJs.status, 400);
  });

  it('a POST whose Origin is "null" (a sandboxed frame any website can make) is refused before it counts, like any foreign one', async () => {
    const target = withId[8]!;
    const nulls = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        fetch(`${gw.url}/v1/dossiers/${target.code}`, {
          method: 'POST',
          body: new URLSearchParams({ key: `04300000${1000 + i}` }),
          headers: { origin: 'null' },
        }),
      ),
    );
    assert.deepEqual(new Set(nulls.map((r) => r.status)), new Set([400]));
    for (const path of ['/lookup', '/v1/follow'])
      assert.equal(
        (await fetch(`${gw.url}${path}`, { method: 'POST', body: new URLSearchParams({ code: target.code }), headers: { origin: 'null' } }))
          .status,
        400,
        path,
      );
    const right = await fetch(`${gw.url}/v1/dossiers/${target.code}`, {
      method: 'POST',
      body: new URLSearchParams({ key: target.applicant!.idNumber! }),
    });
    assert.equal(right.status, 200, 'twelve "null" wrong keys paused nothing');
    // A page of the gateway's own posting its form may send "null" too (its Referrer-Policy: no-referrer), from the same origin.
    const own = await fetch(`${gw.url}/lookup`, {
      method: 'POST',
      body: new URLSearchParams({ code: target.code, key: target.applicant!.idNumber! }),
      headers: { origin: 'null', 'sec-fetch-site': 'same-origin' },
    });
    assert.equal(own.status, 200, "the gateway's own form");
    const sandboxed = await fetch(`${gw.url}/lookup`, {
      method: 'POST',
      body: new URLSearchParams({ code: target.code }),
      headers: { origin: 'null', 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(sandboxed.status, 400, 'a sandboxed frame of another site');
  });

  it('a POST takes nothing in its address: a key or an ID number in the query is refused (400 naming it), though the body is right', async () => {
    const target = withId[8]!;
    const id = target.applicant!.idNumber!;
    for (const [path, body] of [
      [`/v1/dossiers/${target.code}?key=${id}`, { key: id }],
      [`/v1/dossiers/${target.code}?foo=1`, { key: id }],
      [`/lookup?key=${id}`, { code: target.code, key: id }],
    ] as const) {
      const r = await fetch(`${gw.url}${path}`, { method: 'POST', body: new URLSearchParams(body) });
      assert.equal(r.status, 400, path);
      assert.ok(!(await r.text()).includes(id), 'the ID is not echoed');
    }
  });

  it('refuses keyKind "receipt" over a backend whose records carry no receipt key', async () => {
    const igateLike = { ...memoryAdapter(data), keyKind: 'id-number' as const };
    await assert.rejects(createGateway({ adapter: igateLike, keyKind: 'receipt' }), /carry no receipt key/);
  });
});

describe('a province that looks dossiers up by the applicant’s phone number', () => {
  let gw: Running;
  before(async () => (gw = await start({ keyKind: 'phone' })));
  after(() => gw.app.close());

  it('opens with the phone as people write it (+84, spaces, dots), says "phone" in its key errors', async () => {
    const d = withId[2]!;
    const local = d.applicant!.phone!.replace(/\D/g, '').replace(/^84/, '0');
    const international = `+84 ${local.slice(1, 4)}.${local.slice(4, 7)}.${local.slice(7)}`;
    for (const key of [local, international, `0084 ${local.slice(1)}`]) {
      const res = await post(`${gw.url}/v1/dossiers/${d.code}`, key);
      assert.equal(res.status, 200, key);
    }
    const wrong = (await (await post(`${gw.url}/v1/dossiers/${d.code}`, '0900000000')).json()) as Answer;
    assert.equal(wrong.error?.keyKind, 'phone');
    assert.match(wrong.error!.message, /Số điện thoại không khớp/);
    assert.equal((await post(`${gw.url}/v1/dossiers/${d.code}`, d.applicant!.idNumber!)).status, 400, 'an ID number is not a phone number');
  });
});

describe('a gateway in front of another passes the kind on', () => {
  let back: Running;
  let front: Running;
  before(async () => {
    back = await start({ keyKind: 'id-number' });
    front = await start({}, restAdapter({ endpoint: back.url }));
  });
  after(async () => {
    await front.app.close();
    await back.app.close();
  });

  it('answers and errors carry the back gateway’s kind; the ID travels in bodies only', async () => {
    const d = withId[3]!;
    const masked = (await (await fetch(`${front.url}/v1/dossiers/${d.code}`)).json()) as Answer;
    assert.equal(masked.dossier?.keyKind, 'id-number');
    const open = await post(`${front.url}/v1/dossiers/${d.code}`, d.applicant!.idNumber!);
    assert.equal(open.status, 200);
    assert.equal(((await open.json()) as Answer).dossier?.applicant?.name, d.applicant!.name);
    const wrong = (await (await post(`${front.url}/v1/dossiers/${d.code}`, '042000000999')).json()) as Answer;
    assert.equal(wrong.error?.keyKind, 'id-number');
    assert.match(wrong.error!.message, /Số định danh không khớp/);
    for (const url of back.seen) assert.ok(!url.includes(d.applicant!.idNumber!), `the ID number in an address: ${url}`);
    // The front's page learns it from the answer: after one, its form asks for the ID number.
    const page = await (await fetch(`${front.url}/lookup?code=${d.code}`)).text();
    assert.match(page, /Số định danh cá nhân của người nộp/);
  });
});

describe('the client names a keyed answer in its cache by a hash of the key', () => {
  it('an ID number is not among the keys of its memory', async () => {
    const d = withId[4]!;
    const id = d.applicant!.idNumber!;
    const seenKeys: string[] = [];
    const client = createClient({ adapter: { ...memoryAdapter(data), lookupDossier: async () => d }, dossierTtlMs: 60_000 });
    const originalSet = Map.prototype.set;
    Map.prototype.set = function (this: Map<unknown, unknown>, key: unknown, value: unknown) {
      if (typeof key === 'string') seenKeys.push(key);
      return originalSet.call(this, key, value);
    } as typeof Map.prototype.set;
    try {
      await client.dossiers.lookup(d.code, { key: id });
      await client.dossiers.lookup(d.code, { key: id.replace(/(\d{4})/g, '$1 ') });
    } finally {
      Map.prototype.set = originalSet;
    }
    assert.ok(
      seenKeys.some((k) => k.startsWith(`dossier ${d.code} `)),
      `the answer was cached: ${seenKeys.join(' | ')}`,
    );
    assert.ok(!seenKeys.some((k) => k.includes(id)), 'the ID number in a cache key');
    assert.equal(new Set(seenKeys.filter((k) => k.startsWith('dossier '))).size, 1, 'the same number, spaced, is the same entry');
  });
});

describe('configuration', () => {
  it('refuses a key kind for a backend that checks its own', async () => {
    await assert.rejects(
      createGateway({ adapter: restAdapter({ endpoint: 'http://127.0.0.1:9' }), keyKind: 'phone' }),
      /checks its own key/,
    );
  });
});

describe('the demo backend (memory): its dossiers open with the receipt’s key', () => {
  let gw: Running;
  before(async () => (gw = await start({})));
  after(() => gw.app.close());

  it('the empty /lookup form asks for the receipt’s key, as it does once a code is typed', async () => {
    const d = data.dossiers.find((x) => x.lookupKey)!;
    for (const path of ['/lookup', `/lookup?code=${d.code}`]) {
      const page = await (await fetch(`${gw.url}${path}`)).text();
      assert.match(page, /<label for="key">Mã tra cứu \(không bắt buộc\)<\/label>/, path);
      assert.doesNotMatch(page, /hoặc số định danh/, path);
    }
    const body = (await (await fetch(`${gw.url}/v1/dossiers/${d.code}`)).json()) as Answer;
    assert.equal(body.dossier?.keyKind, 'receipt');
  });

  it('a test’s memory backend standing in for iGate says so', () => {
    assert.equal(memoryAdapter(data).keyKind, 'receipt');
    assert.equal(memoryAdapter(data, { keyKind: 'id-number' }).keyKind, 'id-number');
  });
});

describe('an office that shows a dossier only with its key (OpenCPS behind the gateway)', () => {
  const memory = memoryAdapter(data);
  // Without a key it answers nothing, as OpenCPS does: key-required, not a wrong key.
  const keyOnly: Adapter = {
    ...memory,
    lookupDossier: async (code, options = {}) => {
      if (!options.key) throw new MotcuaError('key-required', 'this office answers only with the key', { keyKind: 'receipt' });
      return memory.lookupDossier(code, options);
    },
  };
  let gw: Running;
  before(async () => (gw = await start({}, keyOnly)));
  after(() => gw.app.close());

  it("the no-JS page's key field stops saying optional once it was refused for want of a key", async () => {
    const d = data.dossiers.find((x) => x.lookupKey)!;
    const refused = await fetch(`${gw.url}/lookup?code=${d.code}`);
    assert.equal(refused.status, 403);
    const page = await refused.text();
    assert.match(page, /<label for="key">Mã tra cứu<\/label>/);
    assert.match(page, /<input id="key" name="key"[^>]* required>/);
    // A wrong key typed: the key is still optional for the status elsewhere, and the field says so.
    const wrong = await (
      await fetch(`${gw.url}/lookup`, { method: 'POST', body: new URLSearchParams({ code: d.code, key: 'WRONG1' }) })
    ).text();
    assert.match(wrong, /<label for="key">Mã tra cứu \(không bắt buộc\)<\/label>/);
  });
});
