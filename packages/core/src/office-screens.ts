/**
 * An office's statistics and the hall's board, counted from the dossiers an adapter lists, for
 * any adapter that lists dossiers and has neither of its own (the demo's memory adapter, iGate).
 * The client loads this on the first such call: a page that only looks dossiers up never does.
 */
import type { Adapter, BoardQuery, StatsQuery } from './adapter.js';
import { DossierListSchema } from './answer-schemas.js';
import type { HallBoard, OfficeStats } from './model.js';
import { boardRange, hallBoard } from './status/board.js';
import { officeStats, statsRange } from './status/stats.js';
import { parseResponse } from './validate.js';

/** The listed dossiers, each checked as a dossier answer is (a broken one names its field). */
async function listed(adapter: Adapter, range: { from: string; to: string }, signal: AbortSignal) {
  return parseResponse(DossierListSchema, await adapter.listDossiers!({ ...range, signal }), `${adapter.name} dossiers`);
}

export async function statsFromList(adapter: Adapter, query: StatsQuery, signal: AbortSignal): Promise<OfficeStats> {
  return officeStats(await listed(adapter, statsRange(query), signal), query);
}

export async function boardFromList(adapter: Adapter, { agency, days }: BoardQuery, signal: AbortSignal): Promise<HallBoard> {
  const now = Date.now();
  return hallBoard(await listed(adapter, boardRange(days, now), signal), { agency, now });
}
