// Builds each workspace package's ESM entries (those in its package.json `exports`, and its CLI)
// to packages/<name>/dist, one file per module. Dependencies stay external; esbuild
// transpiles, tsc checks types and writes declarations (scripts/build-types.mjs).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { elementList } from './scripts/element-files.mjs';
import { onwarn } from './scripts/rollup-warnings.mjs';

const PACKAGES = ['core', 'adapters', 'components', 'gateway'];

function entries(pkg, dir) {
  const sources = Object.values(pkg.exports ?? {}).map((e) => e['motcua-source']);
  // A package's command is bin/<name>.js, a launcher that imports dist/cli.js (it exists
  // before the build, so npm links it at install time): build src/cli.ts.
  const bins = pkg.bin ? ['./src/cli.ts'] : [];
  return Object.fromEntries(
    [...sources, ...bins]
      .filter((src) => src && existsSync(`${dir}/${src}`))
      .map((src) => [src.replace(/^\.\/src\//, '').replace(/\.ts$/, ''), `${dir}/${src}`]),
  );
}

/**
 * Writes each element's module graph (its entry and every chunk it imports, transitively)
 * into the autoloader, which preloads it, and into dist/cdn/module-graph.json for pages that
 * list the preloads in their HTML. `result`: what the lookup loads to show its first answer
 * (the status view and the answer schemas; one file, see ANSWER); `lang:<tag>`: a language's words.
 */
function moduleGraph() {
  return {
    name: 'motcua-module-graph',
    generateBundle(_options, bundle) {
      const closure = (file, seen = new Set()) => {
        if (seen.has(file) || !bundle[file]) return seen;
        seen.add(file);
        for (const imported of bundle[file].imports) closure(imported, seen);
        return seen;
      };
      const graph = Object.fromEntries(ELEMENTS.map((e) => [`motcua-${e}`, [...closure(`elements/${e}.js`)]]));
      const holding = (end) =>
        Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(end)))?.fileName;
      graph.result = [...closure(holding('/dossier-status/dossier-status.component.ts'), closure(holding('/core/src/answer-schemas.ts')))];
      // Each shipped language's words (`lang:en`): preloaded with the code of elements on a page in that language.
      for (const chunk of Object.values(bundle)) {
        const words =
          chunk.type === 'chunk' &&
          chunk.moduleIds.map((id) => /[/\\]components[/\\]src[/\\]locales[/\\]([\w-]+)\.ts$/.exec(id)).find(Boolean);
        if (words) graph[`lang:${words[1]}`] = [...closure(chunk.fileName)];
      }
      const autoloader = bundle['autoloader.js'];
      if (!autoloader.code.includes('"__motcua_graph__"')) this.error('the autoloader lost its module-graph placeholder');
      autoloader.code = autoloader.code.replace('"__motcua_graph__"', JSON.stringify(JSON.stringify(graph)));
      this.emitFile({ type: 'asset', fileName: 'module-graph.json', source: `${JSON.stringify(graph, null, 2)}\n` });
    },
  };
}

/**
 * What every element runs on — lit, the base element and its words, the core's codes and
 * client, the REST adapter — in one shared chunk. Rollup would split it by which elements use
 * each module (three chunks for the lookup); but a browser opens only 6 connections per host
 * over HTTP/1.1, and on a 3G phone a file that waits for a connection costs a round trip
 * (~0.6 s). Code loaded on demand (schemas, search, the scanner's decoder) stays apart.
 */
const SHARED = [
  /[/\\]node_modules[/\\](lit|lit-html|lit-element|@lit|ky)[/\\]/,
  // (Not office-screens.ts: it imports the answer schemas, and loads only for statistics and the board.)
  /[/\\]packages[/\\]core[/\\]src[/\\](?!search[/\\]|answer-schemas\.ts|model\.ts|drop-unreadable\.ts|read-backend-record\.ts|office-screens\.ts)/,
  /[/\\]packages[/\\]adapters[/\\]src[/\\](http\.ts|rest[/\\])/,
  /[/\\]packages[/\\]components[/\\]src[/\\]internal[/\\](?!barcode[/\\]|camera-controller)/,
];

/**
 * What shows a lookup's answer: the status view and the answer schemas (zod), loaded together
 * with the first answer — one file, so that a receipt's link can fetch it with the page.
 */
const ANSWER = [
  /[/\\]node_modules[/\\]zod[/\\]/,
  /[/\\]packages[/\\]core[/\\]src[/\\](answer-schemas|model|drop-unreadable)\.ts$/,
  // Not its define file: other elements load this chunk for the schemas and must not define it.
  /[/\\]components[/\\]dossier-status[/\\]dossier-status\.(component|styles|strings)\.ts$/,
  // The offer to follow the dossier, shown under a keyed answer.
  /[/\\]components[/\\]dossier-lookup[/\\](follow-controller|follow\.strings)\.ts$/,
  /[/\\]components[/\\]src[/\\]service-worker[/\\]followed\.ts$/,
];

/**
 * The chunk that holds the procedure search starts with V8's explicit compile hint (Chrome
 * 136+; other engines read a comment): its functions are compiled as the chunk loads — off the
 * main thread when it streams — instead of one by one on a citizen's first search (stop 41, in
 * Chromium at 5,000 procedures without the build's warm-up: the first search 7.9 → 5.0 ms,
 * the p95 of the first twenty 5.1 → 4.2 ms; the script's load and build no slower).
 */
const SEARCH = /[/\\]packages[/\\]core[/\\]src[/\\]search[/\\]/;
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
function compileHint() {
  return {
    name: 'compile-hint',
    // Once minified (the minifier drops comments, `output.banner` included); its source map
    // moves down the one line.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => SEARCH.test(id))) continue;
        chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') {
          const json = JSON.parse(String(map.source));
          map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
        }
      }
    },
  };
}

/** The elements, from the one list of them (packages/components/src/elements.ts). */
const ELEMENTS = elementList().map((e) => e.name);

/**
 * The script-tag distribution: every dependency bundled and minified, one file per element
 * plus `motcua.js` (all) and `autoloader.js`, sharing chunks. Self-hosted by the city.
 */
// Each build starts from empty folders: hashed chunk names and removed modules would otherwise
// leave stale files behind, which tests that bundle dist/ would still find.
for (const name of PACKAGES) rmSync(`packages/${name}/dist`, { recursive: true, force: true });

const cdn = {
  input: {
    motcua: 'packages/components/src/define.ts',
    autoloader: 'packages/components/src/autoloader.ts',
    ...Object.fromEntries(ELEMENTS.map((e) => [`elements/${e}`, `packages/components/src/components/${e}/${e}.ts`])),
  },
  onwarn,
  // Not the chunk-merging figures rollup reports at 'info' (experimentalMinChunkSize): warnings only.
  logLevel: 'warn',
  // Small shared chunks are merged (8 files → 4 for the lookup, same bytes): each file is a
  // round trip on a bad network. Maps carry positions, not sources: with dependencies' sources
  // embedded they were 3.6 MB of the 4.5 MB npm package.
  output: {
    dir: 'packages/components/dist/cdn',
    format: 'es',
    experimentalMinChunkSize: 8000,
    // A language's words (src/locales/) load with its first use on a page, in a chunk of their own.
    manualChunks: (id) =>
      /[/\\]src[/\\]locales[/\\]/.test(id)
        ? undefined
        : SHARED.some((pattern) => pattern.test(id))
          ? 'shared'
          : ANSWER.some((pattern) => pattern.test(id))
            ? 'answer'
            : undefined,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    sourcemapExcludeSources: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['motcua-source', 'production', 'browser'], browser: true, extensions: ['.ts', '.js', '.mjs'] }),
    // jsbarcode ships CommonJS only.
    commonjs({ include: /node_modules/ }),
    esbuild({ target: 'es2021', minify: true, tsconfig: 'tsconfig.base.json' }),
    moduleGraph(),
    compileHint(),
  ],
};

const packages = PACKAGES.map((name) => {
  const dir = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  return {
    input: entries(pkg, dir),
    external: (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`)),
    output: { dir: `${dir}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `${dir}/src` },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' })],
    onwarn,
  };
}).filter((config) => Object.keys(config.input).length > 0);

/**
 * The service worker (offline directory, notifications): one classic script, everything
 * inlined — a worker cannot share the elements' chunks, and a city copies one file to its root.
 */
const serviceWorker = {
  input: 'packages/components/src/service-worker/motcua-sw.ts',
  onwarn,
  output: { file: 'packages/components/dist/cdn/motcua-sw.js', format: 'iife', sourcemap: true, sourcemapExcludeSources: true },
  plugins: [
    nodeResolve({ exportConditions: ['motcua-source', 'production', 'browser'], browser: true, extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2021', minify: true, tsconfig: 'tsconfig.base.json' }),
  ],
};

export default [...packages, cdn, serviceWorker];
