/**
 * Every motcua element: its tag and its module, in the order they start (the provider first,
 * so the others find its settings). A new element is its folder — `x.component.ts` (class and
 * JSDoc), `x.styles.ts`, `x.strings.ts`, `x.ts` (define), tests — and one line here. The
 * autoloader reads this list; `npm run build` writes define.ts, index.ts, jsx.ts, the React
 * wrappers and package.json's exports from it (scripts/element-files.mjs), and the script-tag build
 * (rollup.config.js) makes a file per element. A size budget and a story are still yours to
 * write: test/node/element-list.test.ts says when one is missing.
 */
export const ELEMENTS = {
  'motcua-provider': () => import('./components/provider/provider.js'),
  'motcua-dossier-status': () => import('./components/dossier-status/dossier-status.js'),
  'motcua-dossier-lookup': () => import('./components/dossier-lookup/dossier-lookup.js'),
  'motcua-procedure-finder': () => import('./components/procedure-finder/procedure-finder.js'),
  'motcua-procedure-detail': () => import('./components/procedure-detail/procedure-detail.js'),
  'motcua-dossier-barcode': () => import('./components/dossier-barcode/dossier-barcode.js'),
  'motcua-barcode-scanner': () => import('./components/barcode-scanner/barcode-scanner.js'),
  'motcua-office-stats': () => import('./components/office-stats/office-stats.js'),
  'motcua-status-board': () => import('./components/status-board/status-board.js'),
  'motcua-hall-kiosk': () => import('./components/hall-kiosk/hall-kiosk.js'),
} as const satisfies Record<`motcua-${string}`, () => Promise<unknown>>;

export type MotcuaTag = keyof typeof ELEMENTS;
