/**
 * Defines motcua elements the first time the page uses them. A webmaster adds one script:
 *
 *   <script type="module" src="/assets/motcua/autoloader.js"></script>
 *   <motcua-dossier-lookup endpoint="https://gw.hatinh.gov.vn"></motcua-dossier-lookup>
 *
 * Each element's code loads only when its tag appears (now or later). Elements inside other
 * components' shadow roots are not seen: call `discover(shadowRoot)` for those.
 */
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'motcua-provider': () => import('./components/provider/provider.js'),
  'motcua-dossier-lookup': () => import('./components/dossier-lookup/dossier-lookup.js'),
  'motcua-dossier-status': () => import('./components/dossier-status/dossier-status.js'),
  'motcua-procedure-finder': () => import('./components/procedure-finder/procedure-finder.js'),
  'motcua-procedure-detail': () => import('./components/procedure-detail/procedure-detail.js'),
  'motcua-dossier-barcode': () => import('./components/dossier-barcode/dossier-barcode.js'),
  'motcua-barcode-scanner': () => import('./components/barcode-scanner/barcode-scanner.js'),
};

/** Loads the definitions of the motcua elements in `root` that are not defined yet. */
export async function discover(root: ParentNode | Element): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('motcua-')) tags.add(root.localName);
  root.querySelectorAll(':not(:defined)').forEach((el) => el.localName.startsWith('motcua-') && tags.add(el.localName));
  const wanted = [...tags].filter((tag) => ELEMENTS[tag] && !customElements.get(tag));
  // The provider first, so the elements inside it find their settings when they start.
  if (wanted.includes('motcua-provider')) await ELEMENTS['motcua-provider']!();
  await Promise.all(wanted.filter((tag) => tag !== 'motcua-provider').map((tag) => ELEMENTS[tag]!()));
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document.documentElement, { subtree: true, childList: true });
}
