/**
 * The domain model as zod schemas; types are inferred from them so the two cannot drift.
 * `zod/mini` keeps the model tree-shakeable: ~5 KB min+gzip against ~22 KB for classic zod.
 *
 * Instants are ISO 8601 strings with an offset (adapters emit `+07:00`), so a model
 * survives JSON between gateway and browser unchanged.
 */
import * as z from 'zod/mini';
import type { KeyKind } from './key-kind.js';
import { DOSSIER_STATUS_CODES } from './status/codes.js';
import { LEVELS, ONLINE_SERVICES } from './vocabulary.js';

const text = z.string().check(z.minLength(1));
const optionalText = z.optional(z.string());
const instant = z.iso.datetime({ offset: true });
const count = z.int().check(z.gte(0));

export const LevelSchema = z.enum(LEVELS);
export const OnlineServiceSchema = z.enum(ONLINE_SERVICES);
export const ChannelSchema = z.enum(['in-person', 'online', 'postal']);
export const DossierStatusCodeSchema = z.literal(DOSSIER_STATUS_CODES);

export const SectorSchema = z.object({ code: text, name: text });

export const AgencySchema = z.object({
  code: text,
  name: text,
  level: z.optional(LevelSchema),
  parentCode: optionalText,
  address: optionalText,
  phone: optionalText,
});

/** An agency as named on a dossier or step: backends do not always send its code. */
export const AgencyRefSchema = z.object({ code: optionalText, name: text, level: z.optional(LevelSchema) });

export const FeeSchema = z.object({
  name: text,
  code: optionalText,
  /** In đồng (VND). */
  amount: z.optional(z.number().check(z.gte(0))),
  description: optionalText,
  /** On a dossier: whether it has been paid. */
  paid: z.optional(z.boolean()),
});

export const ProcessingStepSchema = z.object({
  name: text,
  department: optionalText,
  agency: z.optional(AgencyRefSchema),
  level: z.optional(LevelSchema),
  handler: z.optional(z.object({ name: text, title: optionalText })),
  startedAt: z.optional(instant),
  dueAt: z.optional(instant),
  finishedAt: z.optional(instant),
  status: z.optional(z.enum(['pending', 'in-progress', 'done'])),
  note: optionalText,
});

export const SupplementRequestSchema = z.object({
  content: text,
  requestedBy: optionalText,
  requestedAt: z.optional(instant),
  previousAppointmentAt: z.optional(instant),
  newAppointmentAt: z.optional(instant),
  resolvedAt: z.optional(instant),
});

export const ApplicantSchema = z.object({
  /** Full name, or a masked form such as "Nguyễn V. D." when `masked` is true. */
  name: text,
  masked: z.optional(z.boolean()),
  /** Loại đối tượng: a citizen, a business, a state body or another organisation (the national portal's 1–4). */
  kind: z.optional(z.enum(['citizen', 'business', 'public-body', 'organisation'])),
  phone: optionalText,
  email: optionalText,
  idNumber: optionalText,
  address: optionalText,
});

export const DossierSchema = z.object({
  code: text,
  /** The name is what a citizen needs; a backend may leave out the procedure's code. */
  procedure: z.object({ code: optionalText, name: text }),
  sector: z.optional(SectorSchema),
  agency: z.optional(AgencyRefSchema),
  applicant: z.optional(ApplicantSchema),
  channel: z.optional(ChannelSchema),
  /** How the result is handed over (the national portal's HinhThuc): at the desk or by post. */
  resultDelivery: z.optional(z.enum(['in-person', 'postal'])),
  /** Trích yếu: what the dossier is about, in the office's words. */
  summary: optionalText,
  receiptNumber: optionalText,
  /** When the office received it; a backend's unreadable date is left out rather than failing the lookup. */
  receivedAt: z.optional(instant),
  /** The current appointment date for the result (moved by supplement requests). */
  appointmentAt: z.optional(instant),
  completedAt: z.optional(instant),
  returnedAt: z.optional(instant),
  status: DossierStatusCodeSchema,
  /** The backend's own status wording, when it differs from the national label. */
  statusLabel: optionalText,
  steps: z.optional(z.array(ProcessingStepSchema)),
  fees: z.optional(z.array(FeeSchema)),
  supplementRequests: z.optional(z.array(SupplementRequestSchema)),
  results: z.optional(z.array(z.object({ name: text, code: optionalText }))),
  note: optionalText,
  /** True when details were withheld because no valid lookup key was given. */
  restricted: z.optional(z.boolean()),
  /**
   * What opens the details, as the gateway checks it: the receipt's key, the applicant's
   * personal ID number, or their phone number. The lookup asks the citizen for this.
   */
  // (Spelt out, not KEY_KINDS: importing it put key-kind.ts in a chunk of its own, +0.2 KB on every page.)
  keyKind: z.optional(z.enum(['receipt', 'id-number', 'phone'] as const satisfies readonly KeyKind[])),
  /**
   * The lookup key (mã tra cứu) printed on the receipt. Known to backends and the gateway,
   * which never sends it to a browser.
   */
  lookupKey: optionalText,
});

export const RequiredDocumentSchema = z.object({
  name: text,
  /** Trường hợp: the situation in which this document is needed, when it depends on one. */
  case: optionalText,
  originals: z.optional(count),
  copies: z.optional(count),
  form: z.optional(z.object({ name: text, url: z.optional(z.url()) })),
  note: optionalText,
});

export const ProcedureSchema = z.object({
  code: text,
  /** When the page's service worker kept this copy (see `ProcedureSearchResult.storedAt`). */
  storedAt: z.optional(z.iso.datetime()),
  name: text,
  /** A national catalogue's list items may carry no sector: the procedure is served without one. */
  sector: z.optional(SectorSchema),
  levels: z.optional(z.array(LevelSchema)),
  onlineService: z.optional(OnlineServiceSchema),
  onlineUrl: z.optional(z.url()),
  /** The agency that decides (cơ quan thực hiện), as the catalogue words it. */
  agency: optionalText,
  audience: optionalText,
  description: optionalText,
  processingTime: z.optional(
    z.object({
      value: z.optional(z.number().check(z.gte(0))),
      unit: z.optional(z.enum(['hour', 'day', 'working-day', 'month'])),
      description: optionalText,
    }),
  ),
  fees: z.optional(z.array(FeeSchema)),
  documents: z.optional(z.array(RequiredDocumentSchema)),
  steps: z.optional(z.array(text)),
  conditions: z.optional(z.array(text)),
  legalBasis: z.optional(
    z.array(z.object({ number: optionalText, title: text, issuedOn: z.optional(z.iso.date()), issuer: optionalText })),
  ),
  result: optionalText,
});

export const ProcedureHitSchema = z.object({
  procedure: ProcedureSchema,
  score: z.number(),
  /** `[start, end)` UTF-16 ranges in `procedure.name` that matched the query. */
  highlights: z.array(z.tuple([count, count])),
});

/**
 * Not sent by the API: set by the REST adapter when the answer is a copy the page's service
 * worker kept (offline, or served while it refreshes); the elements then say it may be old.
 */
const storedAt = z.optional(z.iso.datetime());

export const ProcedureSearchResultSchema = z.object({ items: z.array(ProcedureHitSchema), total: count, storedAt });

const tally = z.int().check(z.gte(0));
const counts = {
  total: tally,
  finished: tally,
  finishedOnTime: tally,
  finishedLate: tally,
  inProgress: tally,
  overdue: tally,
  onTimeRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
};

/** What an office publishes for a period (GET /v1/stats): counts, the on-time rate, and per group. */
export const OfficeStatsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  ...counts,
  byStatus: z.record(z.string(), tally),
  groups: z.optional(z.array(z.object({ key: z.string(), label: z.string(), ...counts }))),
});

/** One entry of the hall's screen: never more than a look-up without the key shows. */
export const HallBoardItemSchema = z.object({
  code: text,
  procedure: text,
  applicant: optionalText,
  agency: optionalText,
  appointmentAt: z.optional(instant),
  reason: z.optional(z.enum(['supplement', 'payment'])),
});

/** The one-door hall's screen (GET /v1/board). */
export const HallBoardSchema = z.object({
  updatedAt: instant,
  agency: optionalText,
  ready: z.array(HallBoardItemSchema),
  waiting: z.array(HallBoardItemSchema),
});

export type Level = z.infer<typeof LevelSchema>;
export type OnlineService = z.infer<typeof OnlineServiceSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type AgencyRef = z.infer<typeof AgencyRefSchema>;
export type Fee = z.infer<typeof FeeSchema>;
export type ProcessingStep = z.infer<typeof ProcessingStepSchema>;
export type SupplementRequest = z.infer<typeof SupplementRequestSchema>;
export type Applicant = z.infer<typeof ApplicantSchema>;
export type Dossier = z.infer<typeof DossierSchema>;
export type OfficeStats = z.infer<typeof OfficeStatsSchema>;
export type HallBoard = z.infer<typeof HallBoardSchema>;
export type HallBoardItem = z.infer<typeof HallBoardItemSchema>;
export type RequiredDocument = z.infer<typeof RequiredDocumentSchema>;
export type Procedure = z.infer<typeof ProcedureSchema>;
export type ProcedureHit = z.infer<typeof ProcedureHitSchema>;
export type ProcedureSearchResult = z.infer<typeof ProcedureSearchResultSchema>;
