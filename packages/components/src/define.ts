// Written by scripts/element-files.mjs from src/elements.ts (npm run build): edit the list, not this file.
/** Registers every motcua element: `import '@motcua/components/define'`. */
// In the list's order: the provider first, so elements that upgrade after it find their settings at once.
import './components/provider/provider.js';
import './components/dossier-status/dossier-status.js';
import './components/dossier-lookup/dossier-lookup.js';
import './components/procedure-finder/procedure-finder.js';
import './components/procedure-detail/procedure-detail.js';
import './components/dossier-barcode/dossier-barcode.js';
import './components/barcode-scanner/barcode-scanner.js';
import './components/office-stats/office-stats.js';
import './components/status-board/status-board.js';
import './components/hall-kiosk/hall-kiosk.js';

export * from './index.js';
