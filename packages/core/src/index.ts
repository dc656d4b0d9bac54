export { createClient, type ClientOptions, type DroppedAnswerFields, type MotcuaClient } from './client.js';
export type {
  Adapter,
  DossierLookupOptions,
  DossierRange,
  ProcedureQuery,
  RequestOptions,
  SharedStore,
  StatsQuery,
  BoardQuery,
  FollowApi,
  PushSubscriptionJson,
} from './adapter.js';
export { parseDossierCode, extractDossierCode, type ParsedDossierCode, type ExtractedDossierCode } from './dossier-code.js';
export { foldVietnamese } from './text.js';
export { KEY_KINDS, compactKey, digitsOf, isPersonalKey, isPlaceholderId, keyShapeOk, normalizeKey, type KeyKind } from './key-kind.js';
export { KEY_WORDS, RESTRICTED_WORDS } from './key-words.js';
export { vietnamDate, vietnamDayNumber, vietnamTimeToIso, VIETNAM_UTC_OFFSET_MINUTES, type DateInput } from './vietnam-time.js';
export {
  MotcuaError,
  ERROR_MESSAGES,
  INVALID_CODE_MESSAGE,
  INVALID_KEY_MESSAGE,
  WRONG_KEY_MESSAGE,
  KEY_NEEDED_MESSAGE,
  isMotcuaError,
  isAbortError,
  type ErrorKind,
  type MotcuaErrorOptions,
} from './errors.js';
// Languages: Vietnamese built in, every other one a file (locales/); `@motcua/core/languages` registers them all.
export {
  registerLanguage,
  loadLanguage,
  resolveLang,
  languages,
  textIn,
  wordIn,
  say,
  localized,
  type Lang,
  type LocalizedText,
  type KeyedText,
  type CoreWordKey,
  type Words,
} from './language.js';
export { fieldPath, parseResponse } from './validate.js';
export { STORED_AT_HEADER } from './offline.js';
// The model's types only: its zod schemas, as values, are at `@motcua/core/model`, since
// importing them from here would pull zod into every page that only parses a code (see
// client.ts on why answers load them lazily).
export type * from './model.js';
// What a status code means and whether a dossier is on time are at `@motcua/core/status`: a
// page that only looks a dossier up (most of them) does not download the status table.
export { LEVELS, ONLINE_SERVICES } from './vocabulary.js';
