// `custom-elements.json` for @motcua/components, from the elements' JSDoc (@csspart, @cssprop,
// @fires, @slot); written by `npm run build`, shipped with the package.
export default {
  globs: ['packages/components/src/components/**/*.ts', 'packages/components/src/internal/motcua-element.ts', 'packages/components/src/internal/backend-element.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      // The base class's generic emit(name, …) is not an event of its own.
      name: 'motcua-drop-generic-emit',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name !== 'name');
      },
    },
  ],
};
