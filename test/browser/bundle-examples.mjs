// A web-test-runner plugin that serves /examples/<name>/<file>.bundle.js: the example bundled by
// esbuild as an app's bundler would (React is CommonJS; the browser cannot import it raw).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

export function bundleExamples() {
  return {
    name: 'bundle-examples',
    async serve(context) {
      const m = /^\/examples\/(\w+)\/(\w+)\.bundle\.js$/.exec(context.path);
      if (!m) return undefined;
      const entry = [`examples/${m[1]}/${m[2]}.tsx`, `examples/${m[1]}/${m[2]}.ts`].find((f) => existsSync(f));
      if (!entry) return undefined;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        conditions: ['motcua-source', 'production'],
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
