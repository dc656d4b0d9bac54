// Type tests of what each element declares for itself (declaration merging): the keys
// `registerStrings()` accepts come from each element's strings file, the events from its component.
import { registerStrings, type MotcuaEventName, type StringKey } from '@motcua/components';

registerStrings('vi', { lookupButton: 'Xem hồ sơ', filterSector: 'Lĩnh vực', scanButton: 'Quét mã' });
// @ts-expect-error: not a key of any element
registerStrings('en', { lookupButon: 'Look up' });
const key: StringKey = 'officeStatus';
export { key };

// Events are declared by the elements that fire them, and reach addEventListener typed.
const lookup = document.createElement('motcua-dossier-lookup');
lookup.addEventListener('motcua-dossier-found', (e) => e.detail.dossier.code.toUpperCase());
lookup.addEventListener('motcua-scan', (e) => e.detail.source);
// @ts-expect-error: the event's detail has no such field
lookup.addEventListener('motcua-lookup-error', (e) => e.detail.dossier);
const names: MotcuaEventName[] = ['motcua-procedure-select', 'motcua-scan-error', 'motcua-procedure-load', 'motcua-search-results'];
export { names };
