/**
 * The one-door hall's screen: results ready to collect and dossiers waiting for the applicant
 * (documents to bring, fees to pay). Each entry holds no more than a look-up without the key
 * shows — code, procedure, a masked name, the agency and the appointment.
 */
import type { Dossier, HallBoard, HallBoardItem } from '../model.js';

/** "Nguyễn Văn Dũng" → "Nguyễn V. D.": the family name and initials. */
export function maskName(name: string): string {
  const [family, ...rest] = name.trim().split(/\s+/);
  if (!family) return '';
  return [family, ...rest.map((w) => `${[...w][0]?.toUpperCase() ?? ''}.`)].join(' ');
}

function item(d: Dossier, reason?: 'supplement' | 'payment'): HallBoardItem {
  return {
    code: d.code,
    procedure: d.procedure.name,
    ...(d.applicant ? { applicant: maskName(d.applicant.name) } : {}),
    ...(d.agency ? { agency: d.agency.name } : {}),
    ...(d.appointmentAt ? { appointmentAt: d.appointmentAt } : {}),
    ...(reason ? { reason } : {}),
  };
}

const byAppointment = (a: Dossier, b: Dossier) => (a.appointmentAt ?? '').localeCompare(b.appointmentAt ?? '') || a.code.localeCompare(b.code);

/** The board from the dossiers received in its window (as `listDossiers` gives them), for one agency or all. */
export function hallBoard(dossiers: readonly Dossier[], { agency, now = Date.now() }: { agency?: string | undefined; now?: number } = {}): HallBoard {
  const kept = dossiers.filter((d) => !agency || d.agency?.code === agency || d.agency?.name === agency);
  return {
    updatedAt: new Date(now).toISOString(),
    ...(agency ? { agency } : {}),
    ready: kept.filter((d) => d.status === 9).sort(byAppointment).map((d) => item(d)),
    waiting: kept.filter((d) => d.status === 5 || d.status === 6).sort(byAppointment).map((d) => item(d, d.status === 5 ? 'supplement' : 'payment')),
  };
}
