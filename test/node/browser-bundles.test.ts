// No backend credentials, addresses or wire-protocol names in anything a browser downloads:
// the script-tag distribution, the demo portal, and what a portal's bundler makes of the
// browser entry points. Backend adapters (`@motcua/adapters/server`) belong to the gateway.
// Needs `npm run build` (npm test does it).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const FORBIDDEN = [
  // Credentials and how they travel.
  'clientSecret',
  'client_secret',
  'client_credentials',
  'password',
  'access_token',
  // The national portal's sync protocol and VNPT iGate's API and identity server.
  'LoginService',
  'TraCuuHoSo',
  'LayThuTuc',
  'LayDanhSachTTHC',
  'apiigate',
  '/pa/dossier',
  'openid-connect',
  '/realms/',
  'dichvucong.gov.vn',
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );

function expectClean(name: string, code: string) {
  for (const word of FORBIDDEN) assert.ok(!code.includes(word), `${name} mentions ${word}`);
}

/** What a portal's bundler ships for these imports (esbuild, browser platform, production). */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['production'],
    logLevel: 'silent',
  });
  return result.outputFiles.map((f) => f.text).join('\n');
}

describe('browser bundles', () => {
  it('the script-tag distribution carries no credentials or backend addresses', () => {
    const all = files('packages/components/dist/cdn');
    assert.ok(all.length > 5);
    for (const file of all) expectClean(file, readFileSync(file, 'utf8'));
  });

  it('nor do the browser entry points as a bundler ships them', async () => {
    const code = await bundle(`
      export * from '@motcua/core';
      export * from '@motcua/core/search';
      export * from '@motcua/adapters';
      export * from '@motcua/adapters/rest';
      export * from '@motcua/adapters/static';
      import '@motcua/components/define';`);
    assert.ok(code.length > 50_000, 'bundled something');
    expectClean('core + adapters + components', code);
  });

  it('the scan works: the gateway-side adapters do mention them', async () => {
    const code = await bundle(`export * from '@motcua/adapters/server';`);
    assert.ok(FORBIDDEN.filter((w) => code.includes(w)).length >= 5);
  });
});
