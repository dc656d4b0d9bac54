// One list of elements (packages/components/src/elements.ts): what is written from it is up to
// date, and what is written by hand (budgets, stories) names exactly those elements, so a new
// element is its folder plus one line in the list (and its budget and story, which this asks for).
// The script-tag check reads dist/: it needs `npm run build` (npm test does it) and fails without.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ELEMENTS } from '../../packages/components/src/elements.js';
import { elementFiles } from '../../scripts/element-files.mjs';

const COMPONENTS = 'packages/components';
const tags = Object.keys(ELEMENTS);
const names = tags.map((tag) => tag.replace(/^motcua-/, ''));
const read = (path: string) => readFileSync(path, 'utf8');
const sorted = (list: Iterable<string>) => [...list].sort();

describe('the one list of elements', () => {
  it('has a folder per element, and a folder per element is in the list', () => {
    assert.deepEqual(sorted(readdirSync(`${COMPONENTS}/src/components`)), sorted(names));
    for (const name of names) {
      for (const file of [`${name}.component.ts`, `${name}.ts`])
        assert.ok(existsSync(`${COMPONENTS}/src/components/${name}/${file}`), `${name}/${file}`);
      assert.match(
        read(`${COMPONENTS}/src/components/${name}/${name}.component.ts`),
        new RegExp(`static (override )?(readonly )?tag = 'motcua-${name}'`),
        `${name}'s class names its tag`,
      );
    }
  });

  it('define.ts, index.ts, jsx.ts, the React wrappers and package.json are what the list makes of them (npm run build writes them)', () => {
    for (const [path, text] of Object.entries(elementFiles()))
      assert.equal(read(path), text, `${path} is out of date: run npm run build (scripts/element-files.mjs)`);
  });

  it("define.ts registers exactly these, in the list's order; the React wrappers cover them with each element's events", () => {
    const imported = [...read(`${COMPONENTS}/src/define.ts`).matchAll(/^import '\.\/components\/([\w-]+)\/\1\.js';$/gm)].map((m) => m[1]);
    assert.deepEqual(imported, names);
    const react = read(`${COMPONENTS}/src/react/index.ts`);
    assert.deepEqual(sorted([...react.matchAll(/tagName: '(motcua-[\w-]+)'/g)].map((m) => m[1]!)), sorted(tags));
    assert.match(react, /onDossierFound: 'motcua-dossier-found'/);
    assert.match(react, /onScanError: 'motcua-scan-error'/);
  });

  it("index.ts exports each element's class and then the hand-written api.ts; jsx.ts types each tag", () => {
    const index = read(`${COMPONENTS}/src/index.ts`);
    const jsx = read(`${COMPONENTS}/src/jsx.ts`);
    for (const name of names) {
      const className = /^export class (\w+) extends/m.exec(read(`${COMPONENTS}/src/components/${name}/${name}.component.ts`))![1]!;
      assert.ok(
        index.includes(`export { ${className} } from './components/${name}/${name}.component.js';`),
        `index.ts exports ${className}`,
      );
      assert.match(jsx, new RegExp(`'motcua-${name}': ElementProps<${className}[,>]`), `jsx.ts types <motcua-${name}>`);
    }
    assert.match(index, /^export \* from '\.\/api\.js';$/m);
  });

  it('package.json exports each element and marks its define file as a side effect', () => {
    const pkg = JSON.parse(read(`${COMPONENTS}/package.json`)) as { exports: Record<string, unknown>; sideEffects: string[] };
    const elementExports = Object.keys(pkg.exports).filter(
      (key) => key.length > 2 && existsSync(`${COMPONENTS}/src/components/${key.slice(2)}`),
    );
    assert.deepEqual(sorted(elementExports), sorted(names.map((n) => `./${n}`)));
    for (const name of names) {
      for (const ext of ['ts', 'js'])
        assert.ok(pkg.sideEffects.includes(`**/components/${name}/${name}.${ext}`), `sideEffects: ${name}.${ext}`);
    }
  });

  it('the size budgets and the stories cover each element', () => {
    const budgets = read('size-budgets.json');
    for (const name of names) assert.ok(budgets.includes(`import '@motcua/components/${name}';`), `size-budgets.json: ${name}`);
    const stories = readdirSync('stories')
      .filter((f) => f.endsWith('.stories.ts'))
      .map((f) => read(`stories/${f}`))
      .join('\n');
    for (const tag of tags) assert.ok(stories.includes(`<${tag}`), `a story renders <${tag}>`);
  });

  it('the script-tag build makes one file per element from the list', () => {
    const cdn = `${COMPONENTS}/dist/cdn/elements`;
    assert.ok(existsSync(cdn), `${cdn} is missing: run npm run build first (npm test builds before the unit tests)`);
    assert.deepEqual(sorted(readdirSync(cdn).filter((f) => f.endsWith('.js'))), sorted(names.map((n) => `${n}.js`)));
  });
});
