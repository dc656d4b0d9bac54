/**
 * The API's contract, in zod: every route's params, query, body and answers. Fastify validates
 * requests with them (fastify-type-provider-zod), the handlers are typed by them, and
 * @fastify/swagger writes `/openapi.json` from them (openapi-document.ts). The model's schemas
 * are the core's, so the spec cannot drift from what is sent.
 */
import { ERROR_MESSAGES, KEY_KINDS } from '@motcua/core';
import {
  AgencySchema,
  ApplicantSchema,
  DossierSchema,
  HallBoardItemSchema,
  HallBoardSchema,
  OfficeStatsSchema,
  ProcedureSchema,
  ProcedureSearchResultSchema,
  SectorSchema,
} from '@motcua/core/model';
import { DOSSIER_STATUS_CODES } from '@motcua/core/status';
import * as z from 'zod/mini';

/** Names a schema for the document (in zod's global registry, where its fields' descriptions live too). */
function component<T extends z.ZodMiniType>(id: string, schema: T, description: string): T {
  z.globalRegistry.add(schema, { id, title: id, description });
  return schema;
}

const ERROR_KINDS = Object.keys(ERROR_MESSAGES) as [string, ...string[]];

/** A dossier as it leaves the gateway (privacy.ts): never the lookup key, nor the applicant's phone, e-mail, ID number or address. */
const SentDossierSchema = z.extend(z.omit(DossierSchema, { lookupKey: true }), {
  applicant: z.optional(z.omit(ApplicantSchema, { phone: true, email: true, idNumber: true, address: true })),
});

const count = (description: string) => z.int().check(z.gte(0), z.describe(description));
/** A group's counts, as the model has them (OfficeStatsSchema's groups). */
const STATS_COUNTS = z.omit(OfficeStatsSchema, { from: true, to: true, byStatus: true, groups: true }).def.shape;
const BOARD_ITEM = component(
  'BoardItem',
  z.extend(HallBoardItemSchema, { applicant: z.optional(z.string().check(z.describe('Masked, e.g. "Nguyễn V. A."'))) }),
  "One entry of the hall's screen: never more than a look-up without the key shows.",
);

const flag = z.boolean();
/** GET /healthz (routes/health.ts builds it). */
const HEALTH = component(
  'Health',
  z.object({
    status: z
      .enum(['ok', 'degraded'])
      .check(z.describe('`degraded` when the backend does not answer, the shared state (Redis) is away or the follow store fails.')),
    backend: z.object({ adapter: z.string(), ok: flag, error: z.optional(z.enum(ERROR_KINDS)), latencyMs: z.int().check(z.gte(0)) }),
    state: z
      .object({ kind: z.enum(['memory', 'redis']), ok: flag, error: z.optional(z.string()) })
      .check(z.describe('Where the per-client counters live. With Redis away they are kept per instance until it is back.')),
    follow: z.optional(
      z
        .object({ store: z.enum(['memory', 'sqlite', 'redis']), ok: flag, error: z.optional(z.string()) })
        .check(
          z.describe(
            'With following configured: its store. While it fails, look-ups still work but nobody is told of changes; the watcher retries with backoff.',
          ),
        ),
    ),
  }),
  'Whether the gateway can answer: its backend, where its counters live, its follow store.',
);

/** A dossier as it may leave the gateway. */
const DOSSIER = component(
  'Dossier',
  SentDossierSchema,
  "A dossier. Without the lookup key only status, procedure, agency, dates and a masked applicant name are sent (`restricted: true`); with it, the details too. Never the key, nor the applicant's phone, e-mail, ID number or address.",
);

const ERROR = component(
  'Error',
  z.object({
    error: z.object({
      kind: z.enum(ERROR_KINDS),
      message: z
        .string()
        .check(z.describe('For citizens, in the requested language (Vietnamese by default; `Accept-Language: en` for English).')),
      messages: z.object({ vi: z.string(), en: z.string() }),
      retryAfter: z.optional(z.int().check(z.gte(0), z.describe('Seconds to wait (rate-limited), as in the Retry-After header.'))),
      field: z.optional(z.string().check(z.describe('The input that was refused (invalid-input).'))),
      keyKind: z.optional(
        z
          .enum(KEY_KINDS)
          .check(z.describe('A key error: what the citizen is to type (the receipt key, the personal ID number, the phone number).')),
      ),
    }),
  }),
  'Every error: a stable `kind`, a message for citizens in the asked language (Vietnamese by default) and both languages.',
);

/** The schemas answers are made of, each listed once under `components.schemas`. */
const COMPONENTS = {
  Dossier: DOSSIER,
  // (storedAt is the browser's, not the API's.)
  Procedure: component('Procedure', z.omit(ProcedureSchema, { storedAt: true }), 'A procedure of the catalogue.'),
  ProcedureSearchResult: component(
    'ProcedureSearchResult',
    z.omit(ProcedureSearchResultSchema, { storedAt: true }),
    'Ranked hits (best first) with highlight ranges in each name, and the total.',
  ),
  // (Copies: the core's own schemas are not named in the global registry.)
  Sector: component('Sector', z.extend(SectorSchema, {}), 'A sector (lĩnh vực).'),
  Agency: component('Agency', z.extend(AgencySchema, {}), 'An agency that receives dossiers.'),
  Error: ERROR,
  DossierSummary: component(
    'DossierSummary',
    z.object({
      lang: z.string().check(z.describe('The language the words are in: the one asked for when the gateway speaks it, else `vi`.')),
      label: z.string().check(z.describe('What the facts are, for a screen reader ("Kết quả tra cứu hồ sơ …").')),
      rows: z.array(
        z.object({
          term: z.string(),
          value: z.string(),
          status: z.optional(z.literal(true).check(z.describe('This fact is the status.'))),
        }),
      ),
    }),
    "A dossier's status in words, as a page shows it before its own script has loaded: what a look-up without the key shows (code, procedure, status, progress, appointment). Text, never markup.",
  ),
  // From the core's zod schemas, their fields described here (the browser's copy stays lean).
  Stats: component(
    'Stats',
    z.extend(OfficeStatsSchema, {
      inProgress: count('Submitted, accepted, in progress or waiting for the applicant (statuses 1, 2, 4, 5, 6).'),
      onTimeRate: z.nullable(z.number().check(z.gte(0), z.lte(1), z.describe('Finished on time over finished; null when none finished.'))),
      byStatus: z
        .partialRecord(z.enum(DOSSIER_STATUS_CODES.map(String) as [string, ...string[]]), z.int().check(z.gte(0)))
        .check(z.describe('Count per national status code 1–10.')),
      groups: z.optional(
        z
          .array(z.object({ key: z.string(), label: z.string(), ...STATS_COUNTS }))
          .check(
            z.describe(
              "With `groupBy`: the same counts per agency, sector, month or day (the period's `key` as YYYY-MM or YYYY-MM-DD), largest first for agencies and sectors, in order for periods.",
            ),
          ),
      ),
    }),
    'Dossiers received in the period: counts by national status, finished on time or late, overdue, and the on-time rate.',
  ),
  Board: component(
    'Board',
    z.extend(HallBoardSchema, {
      agency: z.optional(z.string().check(z.describe('The agency asked for, when one was.'))),
      ready: z.array(BOARD_ITEM).check(z.describe('Results ready to collect (status 9), oldest appointment first.')),
      waiting: z.array(BOARD_ITEM).check(z.describe('Waiting for the applicant: documents to bring (5) or fees to pay (6).')),
    }),
    "The one-door hall's screen: results ready to collect, and dossiers waiting for the applicant. Never more than a dossier's public view: code, procedure, masked name, dates.",
  ),
  BoardItem: BOARD_ITEM,
  Health: HEALTH,
};

/** The names listed under `components.schemas`: every use of one of these schemas refers to it by name. */
export const COMPONENT_NAMES = Object.keys(COMPONENTS);

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (`invalid-input`, `field` names what).',
  403: 'The lookup key is wrong, or the backend answers only with it (`key-required`).',
  404: 'Nothing with that code (`not-found`).',
  429: 'Too many requests from this client (`rate-limited`); the Retry-After header and `retryAfter` say when to try again.',
  501: 'The backend cannot answer this (`unsupported`).',
  502: 'The backend failed or answered what the gateway cannot read (`server`, `bad-response`).',
  503: 'The backend cannot be reached (`network`).',
  504: 'The backend did not answer in time (`timeout`).',
};

/** The error answers a route can give, each with the Error body and what the status means. */
export function errors(
  ...statuses: number[]
): Record<number, { description: string; content: { 'application/json': { schema: typeof ERROR } } }> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: DESCRIPTIONS[status]!, content: { 'application/json': { schema: ERROR } } }]),
  );
}

/** A JSON answer made of a named schema, described as that schema is (a bare reference would leave the answer undescribed). */
export function described<T extends z.ZodMiniType>(schema: T): { description: string; content: { 'application/json': { schema: T } } } {
  return { description: String(z.globalRegistry.get(schema)?.description ?? ''), content: { 'application/json': { schema } } };
}

/** A catalogue answer's 304, for a request that sent its ETag back. */
export const NOT_MODIFIED = { 304: z.null().check(z.describe('Not modified: the ETag sent in If-None-Match still holds (no body).')) };

/** The query of a route that takes none: any parameter is refused (400 naming it), not ignored. */
export const NO_QUERY = z.strictObject({});

/** Errors every API route can give: a bad request, and the per-client request budget. */
export const COMMON_ERRORS = [400, 429];
/** What a route that asks the backend can add. */
export const BACKEND_ERRORS = [502, 503, 504];

/** An HTML page's answers (the no-JavaScript lookup): the page, or the page with the reason. */
export function pageAnswers(
  statuses: number[],
  described: (status: number) => string,
): Record<number, { description: string; content: { 'text/html': { schema: z.ZodMiniString } } }> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: described(status), content: { 'text/html': { schema: z.string() } } }]),
  );
}

export const schemas = {
  ...COMPONENTS,
  /** A dossier code in the path: what the client refuses before any backend call is checked there. */
  dossierCode: z
    .string()
    .check(
      z.maxLength(200),
      z.regex(/^\S(.*\S)?$/),
      z.describe(
        'Dossier code, e.g. 000.00.12.H42-241105-0003 (normalised: case, dashes, spaces, full-width); no leading or trailing space.',
      ),
    ),
  lookupKey: z
    .string()
    .check(
      z.maxLength(64),
      z.describe(
        "The key this gateway checks (`keyKind` in its answers): the receipt's lookup key (mã tra cứu), the applicant's personal ID number, or their phone number. Opens steps and details. An ID or phone number only in a POST body.",
      ),
    ),
  procedureCode: z.string().check(z.regex(/^[0-9A-Za-z._-]{1,64}$/)),
};
