/**
 * On time / due soon / overdue, for a dossier and for each processing step.
 *
 * Compared by calendar day in Asia/Ho_Chi_Minh, as offices count "quá hạn N ngày":
 * finishing on the due day is on time, whatever hour the backend put on the deadline.
 */
import type { Dossier, ProcessingStep } from '../model.js';
import { dossierStatus } from './codes.js';
import { vietnamDayNumber, type DateInput } from '../vietnam-time.js';

export type TimelinessState = 'on-time' | 'due-soon' | 'overdue' | 'done-on-time' | 'done-late' | 'none';

export interface Timeliness {
  state: TimelinessState;
  /** Calendar days until the deadline (0 = due today), while open and not late. */
  daysLeft?: number;
  /** Calendar days past the deadline (≥ 1), when overdue or finished late. */
  daysLate?: number;
}

export interface TimelinessOptions {
  /** The moment to judge at; defaults to now. */
  now?: DateInput;
  /** How many days before the deadline "due soon" starts (default 2). */
  dueSoonDays?: number;
}

/** Timeliness of anything with a deadline and an optional finish time. */
export function assessTimeliness(dueAt: string | undefined, finishedAt: string | undefined, options: TimelinessOptions = {}): Timeliness {
  if (!dueAt) return { state: 'none' };
  const due = vietnamDayNumber(dueAt);
  if (finishedAt) {
    const late = vietnamDayNumber(finishedAt) - due;
    return late > 0 ? { state: 'done-late', daysLate: late } : { state: 'done-on-time' };
  }
  const left = due - vietnamDayNumber(options.now ?? Date.now());
  if (left < 0) return { state: 'overdue', daysLate: -left };
  return { state: left <= (options.dueSoonDays ?? 2) ? 'due-soon' : 'on-time', daysLeft: left };
}

/**
 * Timeliness of a dossier against its appointment date. Refused, withdrawn and stopped
 * dossiers have none; a dossier marked done without a completion date has none either,
 * rather than a guess.
 */
export function dossierTimeliness(dossier: Dossier, options: TimelinessOptions = {}): Timeliness {
  const { phase } = dossierStatus(dossier.status);
  if (phase === 'refused' || phase === 'withdrawn' || phase === 'stopped') return { state: 'none' };
  const finishedAt = dossier.completedAt ?? dossier.returnedAt;
  if ((phase === 'done' || phase === 'returned') && !finishedAt) return { state: 'none' };
  return assessTimeliness(dossier.appointmentAt, finishedAt, options);
}

export function stepTimeliness(step: ProcessingStep, options: TimelinessOptions = {}): Timeliness {
  return assessTimeliness(step.dueAt, step.finishedAt, options);
}

export interface LateStep {
  index: number;
  step: ProcessingStep;
  timeliness: Timeliness;
}

/** The steps that are overdue or finished late: who held the dossier past its deadline. */
export function lateSteps(dossier: Dossier, options: TimelinessOptions = {}): LateStep[] {
  return (dossier.steps ?? []).flatMap((step, index) => {
    const timeliness = stepTimeliness(step, options);
    return timeliness.state === 'overdue' || timeliness.state === 'done-late' ? [{ index, step, timeliness }] : [];
  });
}
