/**
 * Office statistics as one-door offices publish them: counts by status and the on-time rate
 * of finished dossiers ("tỷ lệ giải quyết đúng hạn").
 */
import type { Dossier } from '../model.js';
import { DOSSIER_STATUS_CODES, type DossierStatusCode } from './codes.js';
import { dossierTimeliness, type TimelinessOptions } from './timeliness.js';

const IN_PROGRESS: readonly DossierStatusCode[] = [1, 2, 4, 5, 6];

export interface DossierStats {
  total: number;
  byStatus: Record<DossierStatusCode, number>;
  /** Finished dossiers (done or returned) with a known finishing date. */
  finished: number;
  finishedOnTime: number;
  finishedLate: number;
  /** Still being worked on: submitted, accepted, in progress, or waiting for the applicant (1, 2, 4, 5, 6). */
  inProgress: number;
  /** Open dossiers already past their appointment date. */
  overdue: number;
  /** finishedOnTime / finished, 0–1; null when nothing was finished. */
  onTimeRate: number | null;
}

export function summarizeDossiers(dossiers: readonly Dossier[], options: TimelinessOptions = {}): DossierStats {
  const byStatus = Object.fromEntries(DOSSIER_STATUS_CODES.map((c) => [c, 0])) as Record<DossierStatusCode, number>;
  let finishedOnTime = 0;
  let finishedLate = 0;
  let overdue = 0;
  for (const d of dossiers) {
    byStatus[d.status]++;
    const t = dossierTimeliness(d, options);
    if (t.state === 'done-on-time') finishedOnTime++;
    else if (t.state === 'done-late') finishedLate++;
    else if (t.state === 'overdue') overdue++;
  }
  const finished = finishedOnTime + finishedLate;
  const inProgress = IN_PROGRESS.reduce((n, code) => n + byStatus[code], 0);
  return { total: dossiers.length, byStatus, finished, finishedOnTime, finishedLate, inProgress, overdue, onTimeRate: finished ? finishedOnTime / finished : null };
}
