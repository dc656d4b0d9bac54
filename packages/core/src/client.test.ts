import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Adapter } from './adapter.js';
import { createClient } from './client.js';
import { MotcuaError } from './errors.js';
import type { Dossier, Procedure } from './model.js';
// English and every other language the core ships, as a server or a script registers them (README: "Languages").
import './languages.js';

const DOSSIER: Dossier = {
  code: '000.00.12.H42-241105-0003',
  procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
  receivedAt: '2024-11-05T08:30:00+07:00',
  appointmentAt: '2024-11-08T17:00:00+07:00',
  status: 4,
};
const PROCEDURE: Procedure = { code: '1.001193', name: 'Đăng ký khai sinh', sector: { code: 'HT', name: 'Hộ tịch' } };

function fakeAdapter(over: Partial<Adapter> = {}) {
  const calls: string[] = [];
  const adapter: Adapter = {
    name: 'fake',
    async lookupDossier(code, { key }) {
      calls.push(`lookup ${code} ${key ?? '-'}`);
      if (code !== DOSSIER.code) throw new MotcuaError('not-found', `no ${code}`, { status: 404 });
      return DOSSIER;
    },
    async searchProcedures(q) {
      calls.push(`search ${JSON.stringify(q)}`);
      return { items: [{ procedure: PROCEDURE, score: 1, highlights: [[0, 7]] }], total: 1 };
    },
    async getProcedure(code) {
      calls.push(`get ${code}`);
      return PROCEDURE;
    },
    async listSectors() {
      calls.push('sectors');
      return [PROCEDURE.sector!];
    },
    async listAgencies() {
      calls.push('agencies');
      return [{ code: '000.00.12.H42', name: 'UBND thành phố Hà Tĩnh', level: 'district' }];
    },
    ...over,
  };
  return { adapter, calls };
}

describe('createClient', () => {
  it('normalises the code before the backend sees it', async () => {
    const { adapter, calls } = fakeAdapter();
    const client = createClient({ adapter });
    assert.deepEqual(await client.dossiers.lookup(' 000.00.12.h42 – 241105 – 0003 ', { key: ' A7K2 ' }), DOSSIER);
    assert.deepEqual(calls, ['lookup 000.00.12.H42-241105-0003 A7K2']);
  });

  it('rejects invalid input before any backend call, with a message for citizens', async () => {
    const { adapter, calls } = fakeAdapter();
    const client = createClient({ adapter });
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-241305-0003'), (e: MotcuaError) => {
      assert.equal(e.kind, 'invalid-input');
      assert.equal(e.field, 'code');
      assert.match(e.message, /Mã hồ sơ chưa đúng định dạng/);
      assert.match(e.messageIn('en'), /not a valid dossier code/);
      return true;
    });
    await assert.rejects(client.dossiers.lookup(DOSSIER.code, { key: '<b>' }), { kind: 'invalid-input', field: 'key' });
    await assert.rejects(client.procedures.search('x', { limit: 0 }), { kind: 'invalid-input', field: 'limit' });
    await assert.rejects(client.procedures.search('x', { level: 'village' as never }), { kind: 'invalid-input', field: 'level' });
    await assert.rejects(
      client.procedures.search('x'.repeat(201)),
      (e: MotcuaError) => e.kind === 'invalid-input' && /quá dài/.test(e.message),
    );
    // An untyped caller's number is named as such, not "too long".
    await assert.rejects(
      client.procedures.search(42 as never),
      (e: MotcuaError) => e.field === 'q' && /phải là chữ/.test(e.message) && /got number/.test(e.detail),
    );
    await assert.rejects(client.procedures.get('1.00 1193'), { kind: 'invalid-input' });
    assert.deepEqual(calls, []);
  });

  it('passes typed errors through and types the rest', async () => {
    const { adapter } = fakeAdapter({
      listSectors: () => Promise.reject(new TypeError('fetch failed')),
      listAgencies: () => Promise.reject(new Error('kaput')),
    });
    const client = createClient({ adapter });
    await assert.rejects(client.dossiers.lookup('000.00.12.H42-241105-0004'), { kind: 'not-found', status: 404 });
    await assert.rejects(client.sectors.list(), { kind: 'network' });
    await assert.rejects(client.agencies.list(), (e: MotcuaError) => e.kind === 'server' && /kaput/.test(e.detail));
  });

  it('validates every answer: a broken optional field is left out (and said on the console), a broken required one names itself', async () => {
    let dossier: unknown = { ...DOSSIER, steps: [{ name: 'Thẩm định', dueAt: 'next tuesday' }] };
    const { adapter } = fakeAdapter({
      lookupDossier: async () => dossier as Dossier,
      getProcedure: async () => ({ code: '1.001193', sector: { code: 'HT', name: 'Hộ tịch' } }) as unknown as Procedure,
    });
    const client = createClient({ adapter });
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const read = await client.dossiers.lookup(DOSSIER.code);
      assert.deepEqual(read.steps, [{ name: 'Thẩm định' }]);
    } finally {
      console.warn = warn;
    }
    assert.match(warned.join(), /left out fields that could not be read \(steps\[0\]\.dueAt\)/);
    dossier = { ...DOSSIER, status: 11 };
    await assert.rejects(client.dossiers.lookup(DOSSIER.code), (e: MotcuaError) => {
      assert.equal(e.kind, 'bad-response');
      assert.equal(e.field, 'status');
      assert.match(e.detail, /"status"/);
      return true;
    });
    await assert.rejects(client.procedures.get('1.001193'), { kind: 'bad-response', field: 'name' });
  });

  it('caches catalogue reads but not dossiers, and coalesces concurrent lookups', async () => {
    const { adapter, calls } = fakeAdapter();
    const client = createClient({ adapter });
    await client.sectors.list();
    await client.sectors.list();
    await client.procedures.get('1.001193');
    await client.procedures.get('1.001193');
    await client.procedures.search('khai sinh', { sector: 'HT' });
    await client.procedures.search(' khai sinh ', { sector: 'HT' });
    await Promise.all([client.dossiers.lookup(DOSSIER.code), client.dossiers.lookup(DOSSIER.code.toLowerCase())]);
    await client.dossiers.lookup(DOSSIER.code);
    assert.deepEqual(calls, [
      'sectors',
      'get 1.001193',
      'search {"q":"khai sinh","sector":"HT"}',
      'lookup 000.00.12.H42-241105-0003 -',
      'lookup 000.00.12.H42-241105-0003 -',
    ]);
    client.clearCache();
    await client.sectors.list();
    assert.equal(calls.at(-1), 'sectors');
  });

  it('honours AbortSignal', async () => {
    let seen: AbortSignal | undefined;
    const { adapter } = fakeAdapter({
      lookupDossier: (_code, { signal }) =>
        new Promise((_, reject) => {
          seen = signal;
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    });
    const client = createClient({ adapter });
    const controller = new AbortController();
    const pending = client.dossiers.lookup(DOSSIER.code, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(seen?.aborted, true);
  });

  it('says what to do when misconfigured', () => {
    assert.throws(() => createClient({} as never), /options\.adapter must implement the Adapter interface/);
  });
});

describe('client.follow', () => {
  it("passes the page's language to the backend with the code and the key it checked, for the words of the pushes", async () => {
    const started: unknown[] = [];
    const { adapter } = fakeAdapter({
      follow: {
        url: 'http://127.0.0.1:9/v1/follow',
        publicKey: async () => 'k',
        start: async (request) => void started.push(request),
        stop: async () => undefined,
      },
    });
    const client = createClient({ adapter });
    const subscription = { endpoint: 'https://push.example/1', keys: { p256dh: 'p', auth: 'a' } };
    await client.follow.start({ code: ` ${DOSSIER.code} `, key: 'A7K2', subscription, lang: 'en' });
    await client.follow.start({ code: DOSSIER.code, key: 'A7K2', subscription });
    assert.deepEqual(started, [
      { code: DOSSIER.code, key: 'A7K2', subscription, lang: 'en' },
      { code: DOSSIER.code, key: 'A7K2', subscription },
    ]);
  });
});
