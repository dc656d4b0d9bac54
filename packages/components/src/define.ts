/** Registers every motcua element: `import '@motcua/components/define'`. */
import './components/dossier-status/dossier-status.js';
import './components/dossier-lookup/dossier-lookup.js';
import './components/procedure-finder/procedure-finder.js';
import './components/procedure-detail/procedure-detail.js';
import './components/provider/provider.js';

export * from './index.js';
