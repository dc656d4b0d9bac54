// custom-elements.json describes every element from its JSDoc. Needs `npm run build`.
import { ELEMENTS } from '../../packages/components/src/elements.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Decl {
  tagName?: string;
  attributes?: Array<{ name: string; fieldName?: string }>;
  members?: Array<{ name: string; privacy?: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

describe('custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync('packages/components/custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Decl[] }>;
  };
  const pkg = JSON.parse(readFileSync('packages/components/package.json', 'utf8')) as { customElements: string };
  const elements = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );

  it('lists every element, referenced from package.json', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.deepEqual([...elements.keys()].sort(), Object.keys(ELEMENTS).sort());
  });

  it('carries attributes, events, parts and custom properties from the JSDoc', () => {
    const lookup = elements.get('motcua-dossier-lookup')!;
    assert.deepEqual(lookup.events!.map((e) => e.name).sort(), ['motcua-dossier-found', 'motcua-lookup-error']);
    assert.ok(lookup.attributes!.some((a) => a.name === 'endpoint') && lookup.attributes!.some((a) => a.name === 'lookup-key'));
    assert.ok(elements.get('motcua-dossier-status')!.cssParts!.some((p) => p.name === 'step-late'));
    assert.ok(elements.get('motcua-procedure-finder')!.cssProperties!.some((p) => p.name === '--motcua-color-highlight'));
  });

  it('lists as attributes only public properties, not internal state', () => {
    for (const [tag, d] of elements) {
      const priv = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
      const leaked = (d.attributes ?? []).filter((a) => a.fieldName && priv.has(a.fieldName)).map((a) => a.name);
      assert.deepEqual(leaked, [], `${tag} documents internal state as attributes`);
    }
    assert.deepEqual(
      elements
        .get('motcua-dossier-lookup')!
        .attributes!.map((a) => a.name)
        .sort(),
      ['catalogue', 'code', 'deep-link', 'endpoint', 'hide-key', 'key-kind', 'lang', 'lookup-key', 'scan'],
    );
  });
});
