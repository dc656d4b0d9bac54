/**
 * The contract between the client and a backend. `@motcua/adapters` ships one per backend;
 * a province with its own system writes one in a few dozen lines:
 *
 * ```ts
 * import { MotcuaError, type Adapter } from '@motcua/core';
 *
 * export function myAdapter(baseUrl: string): Adapter {
 *   const get = async (path: string, signal?: AbortSignal) => {
 *     const res = await fetch(new URL(path, baseUrl), { signal });
 *     if (res.status === 404) throw new MotcuaError('not-found', `${path}: 404`, { status: 404 });
 *     if (!res.ok) throw new MotcuaError('server', `${path}: HTTP ${res.status}`, { status: res.status });
 *     return res.json();
 *   };
 *   return {
 *     name: 'my-backend',
 *     // Map the backend's wire format to the core model here; the client validates the result.
 *     lookupDossier: async (code, { key, signal }) => toDossier(await get(`/hoso/${code}?key=${key ?? ''}`, signal)),
 *     searchProcedures: () => Promise.reject(new MotcuaError('unsupported', 'no catalogue')),
 *     getProcedure: () => Promise.reject(new MotcuaError('unsupported', 'no catalogue')),
 *     listSectors: async () => [],
 *     listAgencies: async () => [],
 *   };
 * }
 * ```
 *
 * Rules: return core-model objects (the client validates them with the schemas and turns a
 * mismatch into a `bad-response` error naming the field); throw `MotcuaError` with the right
 * `kind` for not-found, key-required, rate-limited and the rest; honour `signal`.
 */
import type { KeyKind } from './key-kind.js';
import type { Agency, Dossier, HallBoard, Level, OfficeStats, OnlineService, Procedure, ProcedureSearchResult, Sector } from './model.js';

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface DossierLookupOptions extends RequestOptions {
  /** The lookup key (mã tra cứu) printed on the receipt; without it a backend may withhold details. */
  key?: string;
}

export interface ProcedureQuery {
  /** What the citizen typed; empty lists the catalogue (by sector) under the filters. */
  q?: string;
  sector?: string;
  level?: Level;
  onlineService?: OnlineService;
  limit?: number;
  offset?: number;
}

export interface StatsQuery {
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Only this agency (its code, or its name) or sector (its code). */
  agency?: string;
  sector?: string;
  groupBy?: 'agency' | 'sector' | 'month' | 'day';
}

export interface BoardQuery {
  /** Only this agency (its code, or its name). */
  agency?: string;
  /** How far back to look, by the day dossiers were received (default 60). */
  days?: number;
}

export interface DossierRange extends RequestOptions {
  /** Received on or after this instant (ISO 8601). */
  from: string;
  /** Received before this instant (ISO 8601). */
  to: string;
}

/**
 * Where several gateway instances keep what one of them fetched for all: a backend's token or
 * session, its catalogue. The gateway gives its adapter one (`attachStore`); in Redis when
 * configured, else in the process. Every call may fail (Redis trouble): callers go on without it.
 */
/** A browser's Web Push subscription as `PushSubscription.toJSON()` gives it. */
export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * Following a dossier (a gateway that has `follow` configured): the browser is told by Web
 * Push when the dossier's status changes. Optional on an adapter; without it `unsupported`.
 */
export interface FollowApi {
  /**
   * Where `stop` is sent (`DELETE` with `{ endpoint, auth, code }`): a service worker stops
   * following from a notification with no page open.
   */
  readonly url: string;
  /** The gateway's VAPID public key (base64url), for `pushManager.subscribe`. */
  publicKey(options: RequestOptions): Promise<string>;
  /** Follow `code` from this browser; needs the lookup key, as a detailed lookup does. `lang`: the page's language, for the words of its pushes. */
  start(request: { code: string; key: string; subscription: PushSubscriptionJson; lang?: string }, options: RequestOptions): Promise<void>;
  /**
   * Stop at once: this dossier only (`code`), or everything this browser follows. `auth` (the
   * subscription's `keys.auth`, a secret only that browser holds) proves it is this browser's.
   */
  stop(request: { endpoint: string; auth: string; code?: string }, options: RequestOptions): Promise<void>;
}

export interface SharedStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets `key` only when absent; true when this caller set it (a lock for one fetch among many). */
  claim(key: string, value: string, ttlMs: number): Promise<boolean>;
  del(key: string): Promise<void>;
}

export interface Adapter {
  /** A short name for logs and errors, e.g. `rest`, `igate`. */
  readonly name: string;
  /**
   * True when the backend checks the lookup key it is given (`lookupDossier(code, { key })`):
   * it refuses a wrong one with `key-required` and answers a right one with details. The
   * gateway then relies on it; otherwise it compares the key with the dossier's `lookupKey`.
   */
  readonly checksKeys?: boolean;
  /**
   * What citizens type to open a dossier's details on this backend: the receipt's key, or —
   * where records carry none (iGate, the national portal) — the applicant's ID number. Left
   * out by an adapter that passes on another gateway's answers (each says its own).
   */
  readonly keyKind?: KeyKind;
  /** `code` is already normalised by `parseDossierCode`. */
  lookupDossier(code: string, options: DossierLookupOptions): Promise<Dossier>;
  searchProcedures(query: ProcedureQuery, options: RequestOptions): Promise<ProcedureSearchResult>;
  getProcedure(code: string, options: RequestOptions): Promise<Procedure>;
  listSectors(options: RequestOptions): Promise<Sector[]>;
  listAgencies(options: RequestOptions): Promise<Agency[]>;
  /** Dossiers received in a period, for office statistics; optional (stats are then unsupported). */
  listDossiers?(range: DossierRange): Promise<Dossier[]>;
  /** The hall's screen; optional (then `unsupported`). */
  hallBoard?(query: BoardQuery, options: RequestOptions): Promise<HallBoard>;
  /** An office's statistics for a period (whole days, Vietnam time); optional (then `unsupported`). */
  officeStats?(query: StatsQuery, options: RequestOptions): Promise<OfficeStats>;
  /** Following a dossier by Web Push; optional (then `unsupported`). */
  follow?: FollowApi;
  /** A cheap call that shows the backend answers; the gateway's health check uses it. Defaults to listSectors. */
  ping?(options: RequestOptions): Promise<void>;
  /**
   * Reads the catalogue again (a ward edited its file). Until the new one is read, and if it
   * cannot be, the old one is served; a failure rejects with the reason. Optional.
   */
  reload?(): Promise<void>;
  /**
   * Keep tokens, sessions and the loaded catalogue in `store`, shared with the other gateway
   * instances: one login and one catalogue fetch serve all. Optional; the gateway calls it
   * once, before the first request.
   */
  attachStore?(store: SharedStore): void;
}
