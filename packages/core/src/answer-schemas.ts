/** What the client validates answers with, loaded on its first call (see client.ts). */
import { array } from 'zod/mini';
import { AgencySchema, DossierSchema, SectorSchema } from './model.js';

export { DossierSchema, HallBoardSchema, OfficeStatsSchema, ProcedureSchema, ProcedureSearchResultSchema } from './model.js';
export { readTolerant } from './drop-unreadable.js';
export const SectorListSchema = array(SectorSchema);
export const AgencyListSchema = array(AgencySchema);
export const DossierListSchema = array(DossierSchema);
