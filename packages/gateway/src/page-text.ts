/** What the gateway's own HTML (the no-JS /lookup page, a portal page's answer) writes a dossier with. */
import { textIn, vietnamDate, type Dossier, type Lang } from '@motcua/core';
import { dossierStatus, dossierTimeliness, timelinessText } from '@motcua/core/status';
import { gatewayWord } from './words.js';

/** Backend text as text: never markup. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A day as Vietnamese pages write it: dd/mm/yyyy, in Vietnam time. */
export const pageDay = (iso?: string) => (iso ? vietnamDate(iso).split('-').reverse().join('/') : '');

/** Whether the dossier is on time, in words in the language — the core's, as the status view says it ('' when there is nothing to say). */
export const timelinessWords = (d: Dossier, lang: Lang): string => timelinessText(dossierTimeliness(d), lang);

/** A dossier's status in words (`DossierSummary` in the API): what a look-up without the key shows, as a page shows it first. */
export interface AnswerSummary {
  lang: Lang;
  label: string;
  rows: Array<{ term: string; value: string; status?: true }>;
}

/**
 * The facts a page shows before its script has run — the portal writes them into its page
 * (portal.ts), a city's page on another origin asks for them (`/v1/dossiers/:code/summary`,
 * the autoloader): code, procedure, status, progress, appointment, in `lang`.
 */
export function answerSummary(d: Dossier, lang: Lang): AnswerSummary {
  const rows: AnswerSummary['rows'] = [
    { term: gatewayWord(lang, 'page.code'), value: d.code },
    { term: gatewayWord(lang, 'page.procedure'), value: d.procedure.name },
    { term: gatewayWord(lang, 'page.status'), value: textIn(dossierStatus(d.status).label, lang), status: true },
    { term: gatewayWord(lang, 'page.timeliness'), value: timelinessWords(d, lang) },
    { term: gatewayWord(lang, 'page.appointment'), value: pageDay(d.appointmentAt) },
  ];
  return { lang, label: gatewayWord(lang, 'page.result-of', { code: d.code }), rows: rows.filter((row) => row.value) };
}
