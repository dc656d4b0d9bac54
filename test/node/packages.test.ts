// What an npm user receives: each package's tarball (npm pack), its metadata, its README and
// LICENSE, a reasonable size, and the gateway's command linked where npm installs it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const PACKAGES = ['core', 'adapters', 'components', 'gateway'];

interface Packed {
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

function pack(name: string): Packed {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: `packages/${name}`,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as Packed[])[0]!;
}

describe('npm packages', () => {
  for (const name of PACKAGES) {
    it(`@motcua/${name} says what it is, where it comes from and what it needs, with a README and LICENSE`, () => {
      const pkg = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8')) as Record<string, unknown>;
      assert.ok(typeof pkg.description === 'string' && pkg.description.length > 30, 'description');
      assert.equal(pkg.license, 'MIT');
      assert.deepEqual(
        (pkg.engines as { node?: string }).node,
        JSON.parse(readFileSync('package.json', 'utf8')).engines.node,
        'the same Node floor as the repository',
      );
      assert.equal((pkg.repository as { directory?: string }).directory, `packages/${name}`);
      const files = pack(name).files.map((f) => f.path);
      for (const required of ['README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(required), `${required} is packed`);
      assert.ok(!files.some((f) => f.endsWith('.test.ts')), 'no tests are packed');
      const readme = readFileSync(`packages/${name}/README.md`, 'utf8');
      assert.match(readme, new RegExp(`npm install [^\\n]*@motcua/${name}\\b`), 'the README says how to install it');
    });
  }

  it('@motcua/components ships no source maps of its dependencies (was 4.5 MB unpacked)', () => {
    const packed = pack('components');
    assert.ok(!packed.files.some((f) => f.path.startsWith('dist/cdn/') && f.path.endsWith('.map')), 'no script-tag maps');
    // (2.2 MB after the kiosk, the receipt QR and the photo path — our own code and its maps; the dependencies' maps were 4.5 MB.)
    assert.ok(packed.unpackedSize < 2_500_000, `${packed.unpackedSize} bytes unpacked`);
  });

  it('links the gateway command at install time, before any build (a clone has no dist/)', () => {
    const pkg = JSON.parse(readFileSync('packages/gateway/package.json', 'utf8')) as { bin: Record<string, string> };
    const launcher = `packages/gateway/${pkg.bin['motcua-gateway']}`;
    assert.ok(existsSync(launcher) && !launcher.includes('dist/'), 'the command is a committed file, not a build output');
    const help = execFileSync('npx', ['--no-install', 'motcua-gateway', '--help'], { encoding: 'utf8' });
    assert.match(help, /Usage: motcua-gateway/);
  });
});
