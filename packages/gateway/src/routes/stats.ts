/**
 * GET /v1/stats — what offices publish over a period: received, finished on time or late, in
 * progress, overdue, the on-time rate; for one agency or sector, or grouped by agency,
 * sector, month or day (dossiers counted by the day they were received).
 */
import { MotcuaError, parseResponse, vietnamDate, type Dossier } from '@motcua/core';
import { summarizeDossiers, type DossierStats } from '@motcua/core/status';
import { DossierSchema } from '@motcua/core/model';
import type { FastifyInstance } from 'fastify';
import { array } from 'zod/mini';
import { BACKEND_ERRORS, COMMON_ERRORS, errors, schemas } from '../api-schemas.js';
import type { RouteContext } from '../reply.js';

type GroupBy = 'agency' | 'sector' | 'month' | 'day';

interface StatsQuery {
  from?: string;
  to?: string;
  agency?: string;
  sector?: string;
  groupBy?: GroupBy;
}

/** The key and label a dossier is counted under. */
const GROUP: Record<GroupBy, (d: Dossier) => [string, string] | undefined> = {
  agency: (d) => (d.agency ? [d.agency.code ?? d.agency.name, d.agency.name] : undefined),
  sector: (d) => (d.sector ? [d.sector.code, d.sector.name] : undefined),
  month: (d) => (d.receivedAt ? [vietnamDate(d.receivedAt).slice(0, 7), vietnamDate(d.receivedAt).slice(0, 7)] : undefined),
  day: (d) => (d.receivedAt ? [vietnamDate(d.receivedAt), vietnamDate(d.receivedAt)] : undefined),
};

function groups(dossiers: readonly Dossier[], by: GroupBy) {
  const buckets = new Map<string, { label: string; dossiers: Dossier[] }>();
  for (const d of dossiers) {
    const [key, label] = GROUP[by](d) ?? ['', by === 'agency' || by === 'sector' ? 'Khác' : ''];
    const bucket = buckets.get(key) ?? { label, dossiers: [] };
    bucket.dossiers.push(d);
    buckets.set(key, bucket);
  }
  const rows = [...buckets].map(([key, { label, dossiers: list }]) => {
    const { byStatus: _byStatus, ...counts }: DossierStats = summarizeDossiers(list);
    return { key, label, ...counts };
  });
  // Periods in order; agencies and sectors largest first.
  return by === 'month' || by === 'day' ? rows.sort((a, b) => a.key.localeCompare(b.key)) : rows.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

export async function statsRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  app.get<{ Querystring: StatsQuery }>(
    '/v1/stats',
    {
      schema: {
        tags: ['statistics'],
        operationId: 'stats',
        summary: 'Counts by status, on time and late, in progress and overdue over a period, for one agency or sector or grouped',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            from: { type: 'string', format: 'date', description: 'First day, YYYY-MM-DD (default: the first of this month, Vietnam time).' },
            to: { type: 'string', format: 'date', description: 'Last day, YYYY-MM-DD (default: today).' },
            agency: { type: 'string', maxLength: 64, description: 'Only this agency (its code, or its name when it has none).' },
            sector: { type: 'string', maxLength: 64, description: 'Only this sector (its code).' },
            groupBy: { enum: ['agency', 'sector', 'month', 'day'], description: 'Also count per group (`groups`).' },
          },
        },
        response: { 200: schemas.ref('Stats'), ...errors(...COMMON_ERRORS, 501, ...BACKEND_ERRORS) },
      },
    },
    async (request, reply) => {
      if (!context.adapter.listDossiers) throw new MotcuaError('unsupported', `the ${context.adapter.name} adapter cannot list dossiers`);
      const today = vietnamDate(Date.now());
      const { from = `${today.slice(0, 8)}01`, to = today, agency, sector, groupBy } = request.query;
      if (from > to) throw new MotcuaError('invalid-input', 'from is after to', { field: 'from' });
      if (Date.parse(to) - Date.parse(from) > 366 * 86_400_000 && groupBy === 'day') throw new MotcuaError('invalid-input', 'groupBy=day covers at most a year', { field: 'groupBy' });
      // Whole days in Vietnam: [from 00:00, to + 1 day 00:00) at UTC+7.
      const end = new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000).toISOString();
      const all = parseResponse(array(DossierSchema), await context.adapter.listDossiers({ from: `${from}T00:00:00+07:00`, to: end }), `${context.adapter.name} dossiers`);
      const dossiers = all.filter((d) => (!agency || d.agency?.code === agency || d.agency?.name === agency) && (!sector || d.sector?.code === sector));
      reply.header('cache-control', 'public, max-age=300');
      return { from, to, ...summarizeDossiers(dossiers), ...(groupBy ? { groups: groups(dossiers, groupBy) } : {}) };
    },
  );
}
