// Writes what follows from the one list of elements (packages/components/src/elements.ts):
// define.ts, index.ts (the element classes, then api.ts: what is not an element), jsx.ts (the
// tags' JSX types), the React wrappers (their events from each element's `@fires` JSDoc), and
// the elements' exports and sideEffects in packages/components/package.json. A new element is its
// folder and one line in the list; `npm run build` runs this first. The test of the list
// (test/node/element-list.test.ts) fails when a written file is not what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = 'packages/components';

/** The list's tags and folders, in its order. */
export function elementList(source = readFileSync(`${ROOT}/src/elements.ts`, 'utf8')) {
  const found = [...source.matchAll(/'motcua-([\w-]+)': \(\) => import\('\.\/components\/\1\/\1\.js'\)/g)].map((m) => m[1]);
  if (found.length < 7)
    throw new Error(
      `element-files: read ${found.length} elements from elements.ts; is its format still "'motcua-x': () => import('./components/x/x.js')"?`,
    );
  return found.map((name) => {
    const component = readFileSync(`${ROOT}/src/components/${name}/${name}.component.ts`, 'utf8');
    const className = /^export class (\w+) extends/m.exec(component)?.[1];
    if (!className) throw new Error(`element-files: ${name}.component.ts exports no class`);
    const events = [...component.matchAll(/^\s*\* @fires (motcua-[\w-]+)/gm)].map((m) => m[1]);
    return { name, tag: `motcua-${name}`, className, events };
  });
}

const pascal = (words) =>
  words
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const GENERATED = '// Written by scripts/element-files.mjs from src/elements.ts (npm run build): edit the list, not this file.';

function defineFile(elements) {
  return `${GENERATED}
/** Registers every motcua element: \`import '@motcua/components/define'\`. */
// In the list's order: the provider first, so elements that upgrade after it find their settings at once.
${elements.map((e) => `import './components/${e.name}/${e.name}.js';`).join('\n')}

export * from './index.js';
`;
}

function indexFile(elements) {
  return `${GENERATED}
/**
 * The element classes, without defining them: import \`@motcua/components/define\` (all) or
 * one element's file to register the tags. Everything else the package's main entry offers
 * (words, events, settings, the barcode reader, helpers of single elements) is in api.ts,
 * written by hand: add exports there.
 */
${elements.map((e) => `export { ${e.className} } from './components/${e.name}/${e.name}.component.js';`).join('\n')}
export * from './api.js';
`;
}

function jsxFile(elements) {
  const line = (e) =>
    `  '${e.tag}': ElementProps<${e.className}${e.events.length ? `, ${e.events.map((ev) => `'${ev}'`).join(' | ')}` : ''}>;`;
  return `${GENERATED}
/**
 * Types for the elements written as tags in JSX (React 19 and Preact pass properties and
 * \`on<event>\` listeners to custom elements):
 *
 *   import type {} from '@motcua/components/jsx';
 *   <motcua-dossier-lookup endpoint="…" onmotcua-dossier-found={(e) => e.detail.dossier} />
 *
 * Types only: this module adds nothing to a bundle.
 */
import type { LitElement } from 'lit';
import type * as React from 'react';
${elements.map((e) => `import type { ${e.className} } from './components/${e.name}/${e.name}.component.js';`).join('\n')}
import type { MotcuaEvent, MotcuaEventName } from './internal/events.js';

/** An element's own public properties, its events as \`on<event>\` props, and React's usual ones. */
export type ElementProps<E extends HTMLElement, Events extends MotcuaEventName = never> = Omit<React.HTMLAttributes<E>, 'lang'> &
  React.RefAttributes<E> &
  Partial<Omit<E, keyof LitElement | 'language'>> & { lang?: string; class?: string; key?: React.Key } & {
    [K in Events as \`on\${K}\`]?: (event: MotcuaEvent<K>) => void;
  };

export interface MotcuaIntrinsicElements {
${elements.map(line).join('\n')}
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends MotcuaIntrinsicElements {}
  }
}
`;
}

function reactFile(elements) {
  const wrapper = (e) => {
    const head = `tagName: '${e.tag}', elementClass: ${e.className}, react: React`;
    if (!e.events.length) return `export const ${pascal(e.name)} = createComponent({ ${head} });`;
    const events = e.events
      .map((ev) => `    on${pascal(ev.replace(/^motcua-/, ''))}: '${ev}' as EventName<MotcuaEvent<'${ev}'>>,`)
      .join('\n');
    return `export const ${pascal(e.name)} = createComponent({\n  ${head},\n  events: {\n${events}\n  },\n});`;
  };
  return `${GENERATED}
/**
 * React components over the elements (\`@motcua/components/react\`), with typed props and
 * events as callbacks: \`<DossierLookup endpoint="…" onDossierFound={(e) => e.detail.dossier} />\`.
 * React 19 can also use the tags directly; these add prop types and camel-case events.
 */
import { createComponent${elements.some((e) => e.events.length) ? ', type EventName' : ''} } from '@lit/react';
import * as React from 'react';
${elements.map((e) => `import { ${e.className} } from '../components/${e.name}/${e.name}.js';`).join('\n')}
import type { MotcuaEvent } from '../internal/events.js';

${elements.map(wrapper).join('\n\n')}
`;
}

function packageJson(elements, text) {
  const pkg = JSON.parse(text);
  const isElement = (value) => typeof value === 'object' && /^\.\/src\/components\//.test(value?.['motcua-source'] ?? '');
  const exports = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (isElement(value)) continue;
    exports[key] = value;
    // The elements follow `./define`, in the list's order.
    if (key === './define') {
      for (const { name } of elements) {
        exports[`./${name}`] = {
          'motcua-source': `./src/components/${name}/${name}.ts`,
          types: `./dist/components/${name}/${name}.d.ts`,
          default: `./dist/components/${name}/${name}.js`,
        };
      }
    }
  }
  if (!('./define' in exports)) throw new Error('element-files: package.json has no "./define" export');
  pkg.exports = exports;
  pkg.sideEffects = [
    ...pkg.sideEffects.filter((entry) => !entry.startsWith('**/components/')),
    ...elements.flatMap(({ name }) => [`**/components/${name}/${name}.ts`, `**/components/${name}/${name}.js`]),
  ];
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Each file and what it should hold. */
export function elementFiles() {
  const elements = elementList();
  const pkgPath = `${ROOT}/package.json`;
  return {
    [`${ROOT}/src/define.ts`]: defineFile(elements),
    [`${ROOT}/src/index.ts`]: indexFile(elements),
    [`${ROOT}/src/jsx.ts`]: jsxFile(elements),
    [`${ROOT}/src/react/index.ts`]: reactFile(elements),
    [pkgPath]: packageJson(elements, readFileSync(pkgPath, 'utf8')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(elementFiles())) {
    if (readFileSync(path, 'utf8') !== text) {
      writeFileSync(path, text);
      console.log(`element-files: wrote ${path}`);
    }
  }
}
