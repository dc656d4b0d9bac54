// The warnings rollup gives on every build that are known and harmless, each named exactly (its
// code and where it comes from), so that `npm run build` and `npm start` print none of them and
// a new warning stands out. Under `npm test` (MOTCUA_STRICT_BUILD=1) any other warning fails the
// build: the build output has no warnings.

const inPackage = (name) => (id) => typeof id === 'string' && id.replaceAll('\\', '/').includes(`/node_modules/${name}/`);
const zod = inPackage('zod');
const zxing = inPackage('@zxing/library');

/** Why each known warning is harmless. */
export const KNOWN_WARNINGS = [
  // zod 4 writes explanatory comments just before `/*@__PURE__*/`; rollup drops them (the annotation is kept).
  { code: 'INVALID_ANNOTATION', test: (w) => zod(w.id) },
  // Modules of zod (core and util) and of @zxing/library (its encoders) that import each other:
  // cycles inside one dependency, which run fine in their order.
  { code: 'CIRCULAR_DEPENDENCY', test: (w) => w.ids?.length > 0 && (w.ids.every(zod) || w.ids.every(zxing)) },
  // @zxing/library's ESM keeps TypeScript's `this && this.__extends` helpers: `this` is undefined in a module, as they expect.
  { code: 'THIS_IS_UNDEFINED', test: (w) => zxing(w.id) },
  // jsx.ts holds types only (JSX for the tags): its module is empty on purpose.
  { code: 'EMPTY_BUNDLE', test: (w) => w.names?.length > 0 && w.names.every((name) => name === 'jsx') },
];

export const isKnownWarning = (warning) => KNOWN_WARNINGS.some((known) => known.code === warning.code && known.test(warning));

/** rollup's `onwarn`: the known warnings are left out; any other is shown, or fails the build under `npm test`. */
export function onwarn(warning, warn) {
  if (isKnownWarning(warning)) return;
  if (process.env.MOTCUA_STRICT_BUILD)
    throw new Error(
      `rollup warned (${warning.code}), and the build must have no warnings: ${warning.message}\n(a known, harmless one goes in scripts/rollup-warnings.mjs with why)`,
    );
  warn(warning);
}
