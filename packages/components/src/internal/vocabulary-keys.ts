/**
 * For each value of the model's closed lists (levels, online service), its string key in
 * shared.strings.ts, in the order filters list them. Its own module: bundlers split by file,
 * and the lookup, which names no level, should not download it.
 */
import type { Level, OnlineService } from '@motcua/core';

export const LEVEL_WORD = { commune: 'levelCommune', district: 'levelDistrict', province: 'levelProvince' } as const satisfies Record<
  Level,
  string
>;
export const ONLINE_WORD = { full: 'onlineFull', partial: 'onlinePartial', none: 'onlineNone' } as const satisfies Record<
  OnlineService,
  string
>;
