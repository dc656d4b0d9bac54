/**
 * `@motcua/core/status`: what the national status codes mean (Vietnamese and English labels,
 * a coarse phase, what the applicant must do), whether a dossier or a step is on time, and
 * office statistics. Kept apart from the client so that a page that only looks a dossier up
 * does not download them with its first screen.
 */
export {
  DOSSIER_STATUSES,
  DOSSIER_STATUS_CODES,
  dossierStatus,
  isDossierStatusCode,
  type DossierPhase,
  type DossierStatusCode,
  type DossierStatusInfo,
} from './codes.js';
export {
  assessTimeliness,
  dossierTimeliness,
  stepTimeliness,
  lateSteps,
  type LateStep,
  type Timeliness,
  type TimelinessOptions,
  type TimelinessState,
} from './timeliness.js';
export { TIMELINESS_WORDS, fillWords, timelinessText, type TimelinessWord } from './timeliness-words.js';
export { boardRange, hallBoard, maskName } from './board.js';
export {
  groupDossierStats,
  officeStats,
  statsRange,
  summarizeDossiers,
  type DossierStats,
  type StatsGroup,
  type StatsGroupBy,
} from './stats.js';
