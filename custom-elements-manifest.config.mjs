// `custom-elements.json` for @motcua/components, from the elements' JSDoc (@csspart, @cssprop,
// @fires, @slot); written by `npm run build`, shipped with the package.
/**
 * lit's `static properties = { x: { state: true } }` declares internal reactive state, which
 * has no attribute; the analyzer lists it as one. Collect those names per class, drop them.
 */
function statesAreNotAttributes() {
  const states = new Map();
  return {
    name: 'motcua-states-are-not-attributes',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          const options = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
          const isState =
            options &&
            ts.isObjectLiteralExpression(options) &&
            options.properties.some(
              (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
          if (isState) states.set(node.name.getText(), new Set([...(states.get(node.name.getText()) ?? []), prop.name.getText()]));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const names = states.get(d.name);
          if (!names) continue;
          d.attributes = d.attributes?.filter((a) => !names.has(a.fieldName));
          for (const m of d.members ?? []) if (names.has(m.name)) delete m.attribute;
        }
      }
    },
  };
}

export default {
  globs: [
    'packages/components/src/components/**/*.ts',
    'packages/components/src/internal/motcua-element.ts',
    'packages/components/src/internal/backend-element.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  plugins: [
    statesAreNotAttributes(),
    {
      // The base class's generic emit(name, …) is not an event of its own.
      name: 'motcua-drop-generic-emit',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name !== 'name');
      },
    },
  ],
};
