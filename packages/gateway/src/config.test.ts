import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adapterFromConfig } from './adapter-from-config.js';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the demo on loopback', () => {
    const c = loadConfig(undefined, {});
    assert.deepEqual([c.port, c.host, c.adapter.type, c.origins], [8080, '127.0.0.1', 'demo', []]);
    assert.equal(adapterFromConfig(c.adapter).name, 'memory');
  });

  it('reads a file, lets the environment win, and resolves paths against the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    const file = join(dir, 'gateway.json');
    writeFileSync(file, JSON.stringify({ port: 9000, adapter: { type: 'igate', baseUrl: 'https://api.example.vn', tokenUrl: 'https://sso.example.vn/token', clientId: 'x', clientSecret: 'in-file' }, portalDir: 'site' }));
    const c = loadConfig(file, { MOTCUA_PORT: '9100', MOTCUA_ORIGINS: 'https://a.gov.vn, https://b.gov.vn', MOTCUA_IGATE_CLIENT_SECRET: 'from-env' });
    assert.equal(c.port, 9100);
    assert.deepEqual(c.origins, ['https://a.gov.vn', 'https://b.gov.vn']);
    assert.equal(c.adapter.type === 'igate' && c.adapter.clientSecret, 'from-env');
    assert.equal(c.portalDir, join(dir, 'site'));
    assert.equal(adapterFromConfig(c.adapter).name, 'igate');
  });

  it('names the bad field', () => {
    assert.throws(() => loadConfig(undefined, { MOTCUA_PORT: 'eighty' }), (e: Error) => e instanceof ConfigError && /"port"/.test(e.message));
    const dir = mkdtempSync(join(tmpdir(), 'motcua-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ adapter: { type: 'dvcqg', url: 'not a url' } }));
    assert.throws(() => loadConfig(join(dir, 'bad.json'), {}), /adapter/);
    assert.throws(() => loadConfig(join(dir, 'missing.json'), {}), /Cannot read the config file/);
  });
});
