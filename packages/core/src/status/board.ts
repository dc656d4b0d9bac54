/**
 * The one-door hall's screen: results ready to collect and dossiers waiting for the applicant
 * (documents to bring, fees to pay). Each entry holds no more than a look-up without the key
 * shows — code, procedure, a masked name, the agency and the appointment.
 */
import type { Dossier, HallBoard, HallBoardItem } from '../model.js';

/** A word: letters with their marks. Anything else (a zero-width space, a dot, a digit) parts words. */
const WORD = /[\p{L}\p{M}]+/gu;

/** A word's first letter with its marks ("ư" → "Ư"); left as it is when upper case would make it two ("ß" → "SS"). */
function initial(word: string): string {
  const first = /^\p{L}?\p{M}*/u.exec(word)![0];
  const upper = first.toUpperCase();
  return `${upper.match(/\p{L}/gu)?.length === 1 ? upper : first}.`;
}

/**
 * "Nguyễn Văn Dũng" → "Nguyễn V. D.": the family name and initials; a one-word name → its
 * initial ("Lan" → "L."), as nothing else tells it apart. A masked name stays as it is.
 */
export function maskName(name: string): string {
  const [family, ...given] = name.normalize('NFC').match(WORD) ?? [];
  if (!family) return '';
  return given.length ? [family, ...given.map(initial)].join(' ') : initial(family);
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

const byAppointment = (a: Dossier, b: Dossier) =>
  (a.appointmentAt ?? '').localeCompare(b.appointmentAt ?? '') || a.code.localeCompare(b.code);

/** The dossiers a board looks at: received in the last `days` (default 60), to tomorrow. */
export function boardRange(days = 60, now = Date.now()): { from: string; to: string } {
  return { from: new Date(now - days * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };
}

/** The board from the dossiers received in its window (as `listDossiers` gives them), for one agency or all. */
export function hallBoard(
  dossiers: readonly Dossier[],
  { agency, now = Date.now() }: { agency?: string | undefined; now?: number } = {},
): HallBoard {
  const kept = dossiers.filter((d) => !agency || d.agency?.code === agency || d.agency?.name === agency);
  return {
    updatedAt: new Date(now).toISOString(),
    ...(agency ? { agency } : {}),
    ready: kept
      .filter((d) => d.status === 9)
      .sort(byAppointment)
      .map((d) => item(d)),
    waiting: kept
      .filter((d) => d.status === 5 || d.status === 6)
      .sort(byAppointment)
      .map((d) => item(d, d.status === 5 ? 'supplement' : 'payment')),
  };
}
