/** What the gateway's own HTML (the no-JS /lookup page, a portal page's answer) writes a dossier with. */
import { vietnamDate, type Dossier } from '@motcua/core';
import { dossierTimeliness } from '@motcua/core/status';

/** Backend text as text: never markup. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A day as Vietnamese pages write it: dd/mm/yyyy, in Vietnam time. */
export const pageDay = (iso?: string) => (iso ? vietnamDate(iso).split('-').reverse().join('/') : '');

/** Whether the dossier is on time, in words ('' when there is nothing to say). */
export function timelinessWords(d: Dossier): string {
  const t = dossierTimeliness(d);
  return t.state === 'overdue' ? `Quá hạn ${t.daysLate} ngày` : t.state === 'due-soon' ? `Sắp đến hạn (còn ${t.daysLeft} ngày)` : t.state === 'on-time' ? `Đúng hạn (còn ${t.daysLeft} ngày)` : t.state === 'done-late' ? `Giải quyết trễ ${t.daysLate} ngày` : t.state === 'done-on-time' ? 'Đã giải quyết đúng hạn' : '';
}
