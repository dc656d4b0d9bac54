// The built packages work as published: imported by name from the repository root,
// without the source condition the other unit tests use. Needs `npm run build` (npm test does it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

function importInFreshNode(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

describe('built packages', () => {
  it('@motcua/core exports the SDK entry points', () => {
    const out = importInFreshNode(`
      import { parseDossierCode, extractDossierCode, foldVietnamese, createClient } from '@motcua/core';
      console.log(JSON.stringify([parseDossierCode('000.00.12.h42-241105-0003')?.code, extractDossierCode('https://a.vn/?maHoSo=000.00.12.H42-241105-0003&key=AB12'), foldVietnamese('Sổ đỏ'), typeof createClient]));
    `);
    assert.deepEqual(JSON.parse(out), [
      '000.00.12.H42-241105-0003',
      { code: '000.00.12.H42-241105-0003', key: 'AB12' },
      'so do',
      'function',
    ]);
  });
});
