/**
 * The API's contract: the JSON schemas every route declares (params, query, responses), from
 * which Fastify validates requests and @fastify/swagger generates `/openapi.json`. The model's
 * schemas come from the core's zod schemas, so the spec cannot drift from what is sent.
 */
import { ERROR_MESSAGES, KEY_KINDS } from '@motcua/core';
import { AgencySchema, ApplicantSchema, DossierSchema, HallBoardItemSchema, HallBoardSchema, OfficeStatsSchema, ProcedureSchema, ProcedureSearchResultSchema, SectorSchema } from '@motcua/core/model';
import { DOSSIER_STATUS_CODES } from '@motcua/core/status';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';

type JsonSchema = Record<string, unknown>;

/** A zod schema as a plain JSON schema (2020-12, as OpenAPI 3.1 uses), without its `$schema` line. */
function fromZod(schema: z.ZodMiniType, description: string): JsonSchema {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  return { ...json, description };
}

const ERROR_KINDS = Object.keys(ERROR_MESSAGES);

/** A dossier as it leaves the gateway (privacy.ts): never the lookup key, nor the applicant's phone, e-mail, ID number or address. */
const SentDossierSchema = z.extend(z.omit(DossierSchema, { lookupKey: true }), {
  applicant: z.optional(z.omit(ApplicantSchema, { phone: true, email: true, idNumber: true, address: true })),
});

const count = (description: string) => z.int().check(z.gte(0), z.describe(description));
/** A group's counts, as the model has them (OfficeStatsSchema's groups). */
const STATS_COUNTS = z.omit(OfficeStatsSchema, { from: true, to: true, byStatus: true, groups: true }).def.shape;
const BOARD_ITEM = z.extend(HallBoardItemSchema, { applicant: z.optional(z.string().check(z.describe('Masked, e.g. "Nguyễn V. A."'))) });

const flag = z.boolean();
/** GET /healthz (routes/health.ts builds it). */
const HEALTH = z.object({
  status: z.enum(['ok', 'degraded']).check(z.describe('`degraded` when the backend does not answer, the shared state (Redis) is away or the follow store fails.')),
  backend: z.object({ adapter: z.string(), ok: flag, error: z.optional(z.enum(ERROR_KINDS as [string, ...string[]])), latencyMs: z.int().check(z.gte(0)) }),
  state: z.object({ kind: z.enum(['memory', 'redis']), ok: flag, error: z.optional(z.string()) }).check(z.describe('Where the per-client counters live. With Redis away they are kept per instance until it is back.')),
  follow: z.optional(
    z.object({ store: z.enum(['memory', 'sqlite', 'redis']), ok: flag, error: z.optional(z.string()) }).check(
      z.describe('With following configured: its store. While it fails, look-ups still work but nobody is told of changes; the watcher retries with backoff.'),
    ),
  ),
});

/** Shared schemas, referred to as `{ $ref: 'Name#' }` and listed under `components.schemas`. */
const SHARED: Record<string, JsonSchema> = {
  Dossier: fromZod(SentDossierSchema, "A dossier. Without the lookup key only status, procedure, agency, dates and a masked applicant name are sent (`restricted: true`); with it, the details too. Never the key, nor the applicant's phone, e-mail, ID number or address."),
  // (storedAt is the browser's, not the API's.)
  Procedure: fromZod(z.omit(ProcedureSchema, { storedAt: true }), 'A procedure of the catalogue.'),
  ProcedureSearchResult: fromZod(z.omit(ProcedureSearchResultSchema, { storedAt: true }), 'Ranked hits (best first) with highlight ranges in each name, and the total.'),
  Sector: fromZod(SectorSchema, 'A sector (lĩnh vực).'),
  Agency: fromZod(AgencySchema, 'An agency that receives dossiers.'),
  Error: {
    type: 'object',
    description: 'Every error: a stable `kind`, a message for citizens in the asked language (Vietnamese by default) and both languages.',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['kind', 'message', 'messages'],
        properties: {
          kind: { enum: ERROR_KINDS },
          message: { type: 'string', description: 'For citizens, in the requested language (Vietnamese by default; `Accept-Language: en` for English).' },
          messages: { type: 'object', required: ['vi', 'en'], properties: { vi: { type: 'string' }, en: { type: 'string' } } },
          retryAfter: { type: 'integer', minimum: 0, description: 'Seconds to wait (rate-limited), as in the Retry-After header.' },
          field: { type: 'string', description: 'The input that was refused (invalid-input).' },
          keyKind: { enum: [...KEY_KINDS], description: 'A key error: what the citizen is to type (the receipt key, the personal ID number, the phone number).' },
        },
      },
    },
  },
  // From the core's zod schemas, their fields described here (the browser's copy stays lean).
  Stats: fromZod(
    z.extend(OfficeStatsSchema, {
      inProgress: count('Submitted, accepted, in progress or waiting for the applicant (statuses 1, 2, 4, 5, 6).'),
      onTimeRate: z.nullable(z.number().check(z.gte(0), z.lte(1), z.describe('Finished on time over finished; null when none finished.'))),
      byStatus: z.partialRecord(z.enum(DOSSIER_STATUS_CODES.map(String) as [string, ...string[]]), z.int().check(z.gte(0))).check(z.describe('Count per national status code 1–10.')),
      groups: z.optional(
        z.array(z.object({ key: z.string(), label: z.string(), ...STATS_COUNTS })).check(
          z.describe("With `groupBy`: the same counts per agency, sector, month or day (the period's `key` as YYYY-MM or YYYY-MM-DD), largest first for agencies and sectors, in order for periods."),
        ),
      ),
    }),
    'Dossiers received in the period: counts by national status, finished on time or late, overdue, and the on-time rate.',
  ),
  Board: fromZod(
    z.extend(HallBoardSchema, {
      agency: z.optional(z.string().check(z.describe('The agency asked for, when one was.'))),
      ready: z.array(BOARD_ITEM).check(z.describe('Results ready to collect (status 9), oldest appointment first.')),
      waiting: z.array(BOARD_ITEM).check(z.describe('Waiting for the applicant: documents to bring (5) or fees to pay (6).')),
    }),
    "The one-door hall's screen: results ready to collect, and dossiers waiting for the applicant. Never more than a dossier's public view: code, procedure, masked name, dates.",
  ),
  BoardItem: fromZod(BOARD_ITEM, "One entry of the hall's screen: never more than a look-up without the key shows."),
  Health: fromZod(HEALTH, 'Whether the gateway can answer: its backend, where its counters live, its follow store.'),
};

export function addSharedSchemas(app: FastifyInstance): void {
  for (const [name, schema] of Object.entries(SHARED)) app.addSchema({ $id: name, title: name, ...schema });
}

const ref = (name: keyof typeof SHARED) => ({ $ref: `${name}#` });

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

/** The error answers a route can give, each with the Error body. */
export function errors(...statuses: number[]): Record<number, JsonSchema> {
  return Object.fromEntries(statuses.map((status) => [status, { description: DESCRIPTIONS[status], ...ref('Error') }]));
}

/** A catalogue answer's 304, for a request that sent its ETag back. */
export const NOT_MODIFIED = { 304: { description: 'Not modified: the ETag sent in If-None-Match still holds (no body).', type: 'null' } };

/** The query of a route that takes none: any parameter is refused (400 naming it), not ignored. */
export const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} };

/** Errors every API route can give: a bad request, and the per-client request budget. */
export const COMMON_ERRORS = [400, 429];
/** What a route that asks the backend can add. */
export const BACKEND_ERRORS = [502, 503, 504];

export const schemas = {
  ref,
  /** A dossier code in the path: what the client refuses before any backend call is checked there. */
  dossierCode: { type: 'string', maxLength: 200, pattern: '^\\S(.*\\S)?$', description: 'Dossier code, e.g. 000.00.12.H42-241105-0003 (normalised: case, dashes, spaces, full-width); no leading or trailing space.' },
  lookupKey: { type: 'string', maxLength: 64, description: "The key this gateway checks (`keyKind` in its answers): the receipt's lookup key (mã tra cứu), the applicant's personal ID number, or their phone number. Opens steps and details. An ID or phone number only in a POST body." },
  procedureCode: { type: 'string', pattern: '^[0-9A-Za-z._-]{1,64}$' },
} as const;
