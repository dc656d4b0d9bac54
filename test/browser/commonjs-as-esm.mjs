// A web-test-runner plugin that serves a CommonJS-only package's entry as one ES module bundled
// by esbuild, as an app's bundler would. (@rollup/plugin-commonjs through @web/dev-server-rollup
// breaks on plugin versions above 18: modernweb-dev/web#1700.)
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';

const require = createRequire(import.meta.url);

export function commonjsAsEsm(packages) {
  const entries = new Map(packages.map((name) => [relative(process.cwd(), require.resolve(name)).split(sep).join('/'), name]));
  const cache = new Map();
  return {
    name: 'commonjs-as-esm',
    async serve(context) {
      const file = context.path.replace(/^\//, '');
      if (!entries.has(file)) return undefined;
      if (!cache.has(file)) {
        const result = await build({
          entryPoints: [file],
          bundle: true,
          write: false,
          format: 'esm',
          target: 'es2022',
          logLevel: 'silent',
        });
        cache.set(file, result.outputFiles[0].text);
      }
      return { body: cache.get(file), type: 'js' };
    },
  };
}
