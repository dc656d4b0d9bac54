/** What the gateway's own HTML (the no-JS /lookup page, a portal page's answer) writes a dossier with. */
import { vietnamDate, type Dossier, type Lang } from '@motcua/core';
import { dossierTimeliness, timelinessText } from '@motcua/core/status';

/** Backend text as text: never markup. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A day as Vietnamese pages write it: dd/mm/yyyy, in Vietnam time. */
export const pageDay = (iso?: string) => (iso ? vietnamDate(iso).split('-').reverse().join('/') : '');

/** Whether the dossier is on time, in words in the language — the core's, as the status view says it ('' when there is nothing to say). */
export const timelinessWords = (d: Dossier, lang: Lang): string => timelinessText(dossierTimeliness(d), lang);
