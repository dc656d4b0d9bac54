import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapterFromConfig } from './adapter-from-config.js';
import { ConfigError, GATEWAY_DOCS, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the demo on loopback', () => {
    const c = loadConfig(undefined, {});
    assert.deepEqual([c.port, c.host, c.adapter.type, c.origins], [8080, '127.0.0.1', 'demo', []]);
    assert.equal(adapterFromConfig(c.adapter).name, 'memory');
  });

  it('reads a file, lets the environment win, and resolves paths against the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(
      file,
      JSON.stringify({
        port: 9000,
        adapter: {
          type: 'igate',
          baseUrl: 'https://api.example.vn',
          tokenUrl: 'https://sso.example.vn/token',
          clientId: 'x',
          clientSecret: 'in-file',
        },
        portalDir: 'site',
      }),
    );
    const c = loadConfig(file, {
      MOTCUA_PORT: '9100',
      MOTCUA_ORIGINS: 'https://a.gov.vn, https://b.gov.vn',
      MOTCUA_IGATE_CLIENT_SECRET: 'from-env',
    });
    assert.equal(c.port, 9100);
    assert.deepEqual(c.origins, ['https://a.gov.vn', 'https://b.gov.vn']);
    assert.equal(c.adapter.type === 'igate' && c.adapter.clientSecret, 'from-env');
    assert.equal(c.portalDir, join(dir, 'site'));
    assert.equal(adapterFromConfig(c.adapter).name, 'igate');
  });

  it('names the bad field', () => {
    assert.throws(
      () => loadConfig(undefined, { MOTCUA_PORT: 'eighty' }),
      (e: Error) => e instanceof ConfigError && /"port"/.test(e.message),
    );
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ adapter: { type: 'dvcqg', url: 'not a url' } }));
    assert.throws(() => loadConfig(join(dir, 'bad.json'), {}), /adapter/);
    assert.throws(() => loadConfig(join(dir, 'missing.json'), {}), /Cannot read the config file/);
  });

  it('the national portal: its login and endpoints are required, unless a provincial proxy is called with GET', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(
      file,
      JSON.stringify({ adapter: { type: 'dvcqg', url: 'https://adapter.example.gov.vn', username: 'u', password: 'p' } }),
    );
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) =>
        e instanceof ConfigError && /"adapter.endpoints": the national portal needs "endpoints" .*"method": "get"/.test(e.message),
    );
    writeFileSync(
      file,
      JSON.stringify({
        adapter: {
          type: 'dvcqg',
          url: 'https://apidvc.example.gov.vn/KetNoiMotCuaQuocGia',
          method: 'get',
          agencyCode: 'H56',
          services: { list: 'LayDanhSachTTHCDonVi' },
        },
      }),
    );
    assert.equal(adapterFromConfig(loadConfig(file, {}).adapter).name, 'dvcqg');
  });

  it('refuses unknown fields with a suggestion, and lists the allowed values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(
      file,
      JSON.stringify({ origin: ['https://a.gov.vn'], logLevel: 'verbose', adapter: { type: 'igat' }, limits: { perMinut: 5 } }),
    );
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message.includes('"origin" is not a config field (did you mean "origins"?)') &&
        e.message.includes('"limits.perMinut" is not a config field (did you mean "perMinute"?)') &&
        e.message.includes('"logLevel" must be one of "fatal", "error", "warn", "info", "debug", "silent" (got "verbose")') &&
        e.message.includes('"adapter.type" must be one of "demo", "static", "rest", "dvcqg", "igate", "opencps" (got "igat")'),
    );
    writeFileSync(file, JSON.stringify({ adapter: { type: 'rest', endpoint: 'gw.example.vn' } }));
    assert.throws(() => loadConfig(file, {}), /"adapter.endpoint" must be a full URL such as https:/);
    assert.throws(() => loadConfig(undefined, { MOTCUA_PORT: 'eighty' }), /"port" must be a number \(got "eighty"\)/);
  });

  it('reduces origins to what browsers send, and refuses one with a path', () => {
    const c = loadConfig(undefined, { MOTCUA_ORIGINS: 'https://hatinh.gov.vn/, http://127.0.0.1:5173' });
    assert.deepEqual(c.origins, ['https://hatinh.gov.vn', 'http://127.0.0.1:5173']);
    assert.throws(
      () => loadConfig(undefined, { MOTCUA_ORIGINS: 'https://hatinh.gov.vn/portal' }),
      /has a path: an origin is only scheme, host and port \(https:\/\/hatinh.gov.vn\)/,
    );
    assert.throws(() => loadConfig(undefined, { MOTCUA_ORIGINS: 'hatinh.gov.vn' }), /is not an origin/);
  });

  it('says where a config file stops being JSON: line, column, the line and a caret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(file, '{\n  "port": 9000,\n  "origins": ["https://hatinh.gov.vn",],\n  "logLevel": "info"\n}\n');
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) =>
        e instanceof ConfigError &&
        e.message.includes(
          `${file} is not valid JSON at line 3, column 39: Unexpected "]"\n      "origins": ["https://hatinh.gov.vn",],\n${' '.repeat(4 + 38)}^`,
        ),
    );
    writeFileSync(file, '{\n  "port": 9000\n  "host": "0.0.0.0"\n}\n');
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) => /not valid JSON at line 3, column 3: Expected ',' or '}' after property value/.test(e.message),
    );
    writeFileSync(file, '{ "port": 9000,\n  "adapter": { "type": "demo" }\n');
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) => /not valid JSON at line 3, column 1/.test(e.message),
    );
    writeFileSync(file, '\uFEFF{}');
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) => /line 1, column 1: Unexpected byte-order mark/.test(e.message),
    );
    assert.throws(
      () => loadConfig(join(dir, 'none.json'), {}),
      (e: Error) =>
        e instanceof ConfigError && /Cannot read the config file .*none\.json \(\/.*none\.json\): there is no such file\./.test(e.message),
    );
  });

  it("points a config mistake at the docs on the repository's page (the package ships no docs/)", () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      repository: { url: string };
      files: string[];
    };
    const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    assert.equal(GATEWAY_DOCS, `${repository}/blob/main/docs/gateway.md`);
    assert.ok(!pkg.files.some((f) => f.startsWith('docs')), 'no docs/ in the package: the link is the way');
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(file, JSON.stringify({ port: 'eighty' }));
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) => e instanceof ConfigError && e.message.endsWith(`Every field: ${GATEWAY_DOCS}`) && !e.message.includes('See docs/'),
    );
  });

  it('stops on a catalogue file that is missing or not JSON, saying which', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const c = (file: string) => ({ type: 'static' as const, file });
    assert.throws(
      () => adapterFromConfig(c(join(dir, 'tthc.json'))),
      (e: Error) =>
        e instanceof ConfigError && /Cannot read the catalogue file .*tthc\.json \("adapter.file"\): there is no such file/.test(e.message),
    );
    writeFileSync(join(dir, 'broken.json'), '{ "procedures": [ ');
    assert.throws(
      () => adapterFromConfig(c(join(dir, 'broken.json'))),
      (e: Error) => e instanceof ConfigError && /The catalogue file .*broken\.json is not valid JSON/.test(e.message),
    );
  });

  it('reads Redis and networks with their own limits, and names a bad block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(file, JSON.stringify({ limits: { networks: [{ name: 'hall', cidr: '203.113.0.0/24', dossierPerMinute: 200 }] } }));
    const c = loadConfig(file, { MOTCUA_REDIS_URL: 'redis://10.0.0.5:6379/0' });
    assert.equal(c.redis, 'redis://10.0.0.5:6379/0');
    assert.deepEqual(c.limits?.networks, [{ name: 'hall', cidr: '203.113.0.0/24', dossierPerMinute: 200 }]);
    writeFileSync(file, JSON.stringify({ limits: { networks: [{ name: 'hall', cidr: '203.113.0.0/40' }] } }));
    assert.throws(() => loadConfig(file, {}), /"limits.networks": network "hall": "203.113.0.0\/40" is not a CIDR block/);
    assert.throws(() => loadConfig(undefined, { MOTCUA_REDIS_URL: 'localhost:6379' }), /"redis"/);
  });
});

describe('loadConfig: following', () => {
  it('reads the VAPID keys (the private one from the environment), the webhooks and the store beside the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(
      file,
      JSON.stringify({
        follow: {
          vapidPublicKey: 'B'.repeat(87),
          subject: 'mailto:motcua@hatinh.gov.vn',
          store: 'follow.db',
          webhooks: [{ url: 'https://zalo-bridge.hatinh.gov.vn/motcua', secret: 'a-secret-of-16-chars' }],
        },
      }),
    );
    const c = loadConfig(file, { MOTCUA_VAPID_PRIVATE_KEY: 'p'.repeat(43) });
    assert.equal(c.follow?.vapidPrivateKey, 'p'.repeat(43));
    assert.equal(c.follow?.store, join(dir, 'follow.db'));
    assert.throws(() => loadConfig(file, {}), /follow.vapidPrivateKey/);
  });

  it('takes the key citizens type, and push hosts by name only (an address is no push service)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const write = (config: object) => (writeFileSync(join(dir, 'g.json'), JSON.stringify(config)), join(dir, 'g.json'));
    assert.equal(loadConfig(write({ keyKind: 'phone' }), {}).keyKind, 'phone');
    assert.throws(() => loadConfig(write({ keyKind: 'cccd' }), {}), /keyKind/);
    const follow = { vapidPublicKey: 'B'.repeat(87), subject: 'mailto:motcua@hatinh.gov.vn', store: 'follow.db' };
    const env = { MOTCUA_VAPID_PRIVATE_KEY: 'p'.repeat(43) };
    assert.deepEqual(
      loadConfig(write({ follow: { ...follow, pushHosts: ['push.example.vn', '*.push.example.vn'] } }), env).follow?.pushHosts,
      ['push.example.vn', '*.push.example.vn'],
    );
    for (const bad of ['10.0.0.1', '*.10.0.0.1', '127.0.0.1', 'localhost'])
      assert.throws(() => loadConfig(write({ follow: { ...follow, pushHosts: [bad] } }), env), /pushHosts/, bad);
  });

  it('refuses to follow over a static catalogue, which has no dossiers, and says what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(
      file,
      JSON.stringify({
        adapter: { type: 'static', file: 'tthc.json' },
        follow: { vapidPublicKey: 'B'.repeat(87), subject: 'mailto:motcua@phuong.gov.vn' },
      }),
    );
    assert.throws(
      () => loadConfig(file, { MOTCUA_VAPID_PRIVATE_KEY: 'p'.repeat(43) }),
      /"follow": a static catalogue has no dossiers to follow\. Remove "follow", or use an adapter that looks dossiers up/,
    );
  });
});

describe('loadConfig: every problem at once (fresh-eyes trial)', () => {
  it('lists schema, origin and network problems together, in one format naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(
      file,
      JSON.stringify({
        origins: ['https://hatinh.gov.vn/portal', 'hatinh.gov.vn'],
        limits: {
          foo: 1,
          networks: [
            { name: 'hall', cidr: ['203.113.0.0/40', '10.0.0.0/8'] },
            { name: 'kiosk', cidr: 'kiosk' },
          ],
        },
      }),
    );
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) => {
        assert.ok(e instanceof ConfigError);
        const lines = e.message.split('\n');
        assert.equal(lines[0], `Invalid gateway config in ${file}:`);
        assert.deepEqual(
          lines.filter((l) => l.startsWith('  - ')),
          [
            '  - "limits.foo" is not a config field',
            '  - "origins": "https://hatinh.gov.vn/portal" has a path: an origin is only scheme, host and port (https://hatinh.gov.vn)',
            '  - "origins": "hatinh.gov.vn" is not an origin: write it as https://portal.example.gov.vn',
            '  - "limits.networks": network "hall": "203.113.0.0/40" is not a CIDR block such as 203.113.0.0/24',
            '  - "limits.networks": network "kiosk": "kiosk" is not a CIDR block such as 203.113.0.0/24',
          ],
        );
        assert.equal(lines.at(-1), `Every field: ${GATEWAY_DOCS}`);
        return true;
      },
    );
  });

  it('says "an object", "an array", and where a value from outside the file came from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(file, JSON.stringify({ limits: 5, origins: 'https://hatinh.gov.vn', follow: { vapidPublicKey: 'B'.repeat(87) } }));
    assert.throws(
      () => loadConfig(file, {}),
      (e: Error) =>
        e.message.includes('"limits" must be an object (got 5)') &&
        e.message.includes('"origins" must be an array (got "https://hatinh.gov.vn")') &&
        e.message.includes('"follow.subject" is required (a string)') &&
        !/ a (object|array)\b/.test(e.message),
    );
    assert.throws(
      () => loadConfig(undefined, { MOTCUA_PORT: 'x', MOTCUA_ORIGINS: 'https://a.gov.vn/x' }),
      (e: Error) =>
        e.message.includes('"port" must be a number (got "x") (from MOTCUA_PORT)') &&
        e.message.includes(
          '"origins": "https://a.gov.vn/x" has a path: an origin is only scheme, host and port (https://a.gov.vn) (from MOTCUA_ORIGINS)',
        ),
    );
    assert.throws(
      () => loadConfig(undefined, { MOTCUA_PORT: '9000' }, { '--port': 'abc' }),
      (e: Error) => e.message.includes('"port" must be a number (got "abc") (from --port)'),
    );
    assert.equal(loadConfig(undefined, { MOTCUA_PORT: '9000' }, { '--port': '9100' }).port, 9100, 'the option wins');
  });
});
