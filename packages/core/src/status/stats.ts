/**
 * Office statistics as one-door offices publish them: counts by status and the on-time rate
 * of finished dossiers ("tỷ lệ giải quyết đúng hạn").
 */
import type { StatsQuery } from '../adapter.js';
import type { Dossier, OfficeStats } from '../model.js';
import { vietnamDate } from '../vietnam-time.js';
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
  return {
    total: dossiers.length,
    byStatus,
    finished,
    finishedOnTime,
    finishedLate,
    inProgress,
    overdue,
    onTimeRate: finished ? finishedOnTime / finished : null,
  };
}

export type StatsGroupBy = 'agency' | 'sector' | 'month' | 'day';

/** One group's counts: an agency, a sector, or a period (`key` YYYY-MM or YYYY-MM-DD). */
export interface StatsGroup extends Omit<DossierStats, 'byStatus'> {
  key: string;
  label: string;
}

const GROUP: Record<StatsGroupBy, (d: Dossier) => [string, string] | undefined> = {
  agency: (d) => (d.agency ? [d.agency.code ?? d.agency.name, d.agency.name] : undefined),
  sector: (d) => (d.sector ? [d.sector.code, d.sector.name] : undefined),
  month: (d) => (d.receivedAt ? [vietnamDate(d.receivedAt).slice(0, 7), vietnamDate(d.receivedAt).slice(0, 7)] : undefined),
  day: (d) => (d.receivedAt ? [vietnamDate(d.receivedAt), vietnamDate(d.receivedAt)] : undefined),
};

/**
 * The same counts per agency, sector, month or day: periods in order, agencies and sectors
 * largest first. Dossiers without the grouping field are counted under the key "" ("Khác").
 */
export function groupDossierStats(dossiers: readonly Dossier[], by: StatsGroupBy, options: TimelinessOptions = {}): StatsGroup[] {
  const buckets = new Map<string, { label: string; dossiers: Dossier[] }>();
  for (const d of dossiers) {
    const [key, label] = GROUP[by](d) ?? ['', 'Khác'];
    const bucket = buckets.get(key) ?? { label, dossiers: [] };
    bucket.dossiers.push(d);
    buckets.set(key, bucket);
  }
  const rows = [...buckets].map(([key, { label, dossiers: list }]) => {
    const { byStatus: _byStatus, ...counts } = summarizeDossiers(list, options);
    return { key, label, ...counts };
  });
  return by === 'month' || by === 'day'
    ? rows.sort((a, b) => a.key.localeCompare(b.key))
    : rows.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** Whole days in Vietnam: [from 00:00, to + 1 day 00:00) at UTC+7, as `listDossiers` takes them. */
export function statsRange(query: StatsQuery): { from: string; to: string } {
  return { from: `${query.from}T00:00:00+07:00`, to: new Date(Date.parse(`${query.to}T00:00:00+07:00`) + 86_400_000).toISOString() };
}

/** An office's statistics from the dossiers received in the query's period (as `listDossiers` gives them). */
export function officeStats(dossiers: readonly Dossier[], query: StatsQuery, options: TimelinessOptions = {}): OfficeStats {
  const { agency, sector, groupBy } = query;
  const kept = dossiers.filter(
    (d) => (!agency || d.agency?.code === agency || d.agency?.name === agency) && (!sector || d.sector?.code === sector),
  );
  return {
    from: query.from,
    to: query.to,
    ...summarizeDossiers(kept, options),
    ...(groupBy ? { groups: groupDossierStats(kept, groupBy, options) } : {}),
  };
}
