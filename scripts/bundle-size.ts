/**
 * Min+gzip of a bundle, measured one way for `npm run size` (scripts/size.ts) and the
 * benchmarks (bench/, through bench/stats.ts).
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Minified and gzipped size of an ES module entry bundled with its dependencies. */
export async function bundleSize(contents: string, resolveDir = '.'): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['motcua-source', 'production'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * What a page downloads for an entry: the initial chunks (followed through static imports)
 * and the lazily loaded rest, each min+gzip, with the biggest packages in the initial load.
 */
export async function splitBundleSize(contents: string): Promise<{ initial: number; lazy: number; top: Array<[string, number]> }> {
  const result = await build({
    stdin: { contents, resolveDir: '.', loader: 'ts' },
    bundle: true,
    splitting: true,
    outdir: '/tmp/motcua-bundle-size',
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    metafile: true,
    conditions: ['motcua-source', 'production', 'browser'],
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => k.endsWith('stdin.js'))!;
  const initial = new Set<string>();
  const walk = (k: string) => {
    if (initial.has(k)) return;
    initial.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) walk(i.path);
  };
  walk(entry);
  const gz = (inInitial: boolean) =>
    result.outputFiles
      .filter((f) => [...initial].some((k) => f.path.endsWith(k.split('/').pop()!)) === inInitial)
      .reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  const byPackage = new Map<string, number>();
  for (const k of initial) {
    for (const [m, v] of Object.entries(outputs[k]!.inputs)) {
      const name = m.replace(/.*node_modules\//, '');
      const group = name.startsWith('packages/')
        ? `@motcua/${name.split('/')[1]}`
        : name
            .split('/')
            .slice(0, name.startsWith('@') ? 2 : 1)
            .join('/');
      byPackage.set(group, (byPackage.get(group) ?? 0) + v.bytesInOutput);
    }
  }
  return { initial: gz(true), lazy: gz(false), top: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 5) };
}
