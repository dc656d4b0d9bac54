/**
 * The catalogues the search bench measures on, all of real procedure titles:
 *
 * - `WARD`: the demo city catalogue (195 titles a city and its wards publish; sectors the
 *   national crawl lacks — education, social support, culture, health).
 * - `PROVINCE`: the 2,642 titles of test/fixtures/national-procedures.json (six ministries'
 *   procedures at ministry, province and commune level, with their real near-duplicates:
 *   "… có yếu tố nước ngoài", "đăng ký lại …", "… lưu động", the same title per level), the
 *   demo titles the national file does not already hold, and a few national titles from
 *   ministries the crawl did not cover (`SUPPLEMENT`, below).
 * - `large(5000)`: PROVINCE topped up to 5,000 with titles recombined from it, for speed only.
 */
import { foldVietnamese, type Level, type Procedure } from '@motcua/core';
import { readFileSync } from 'node:fs';
import { DEMO_PROCEDURES } from '../packages/adapters/src/demo/catalogue.js';
import { random } from './stats.js';

/** A citizen query and the titles that answer it (a trailing "…" accepts any title starting so). */
export interface TitleQuery {
  q: string;
  expect: string[];
}

const LEVELS: Record<string, Level | undefined> = { p: 'province', c: 'commune' };

interface NationalFile {
  rows: Array<[code: string, name: string, sector: string, levels: string]>;
}
const national = JSON.parse(readFileSync(new URL('../test/fixtures/national-procedures.json', import.meta.url), 'utf8')) as NationalFile;

const sectorCodes = new Map<string, string>();
const sectorOf = (name: string) => {
  if (!sectorCodes.has(name)) sectorCodes.set(name, `N${sectorCodes.size + 1}`);
  return { code: sectorCodes.get(name)!, name };
};

export const NATIONAL: Procedure[] = national.rows.map(([code, name, sector, levels]) => ({
  code,
  name,
  sector: sectorOf(sector),
  levels: [...levels].map((l) => LEVELS[l]).filter((l): l is Level => l !== undefined),
  onlineService: 'partial',
}));

/**
 * National titles of ministries the crawl did not cover (Culture / Information, Home
 * Affairs–Labour), as the national database and provinces publish them; codes illustrative.
 */
const SUPPLEMENT: Array<[string, string, string]> = [
  [
    'Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Phát thanh, truyền hình và thông tin điện tử',
    'c',
  ],
  [
    'Sửa đổi, bổ sung Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Phát thanh, truyền hình và thông tin điện tử',
    'c',
  ],
  [
    'Gia hạn Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Phát thanh, truyền hình và thông tin điện tử',
    'c',
  ],
  [
    'Cấp lại Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    'Phát thanh, truyền hình và thông tin điện tử',
    'c',
  ],
  ['Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Việc làm', 'p'],
  ['Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Việc làm', 'p'],
  ['Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Việc làm', 'p'],
  ['Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'Việc làm', 'p'],
  ['Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường', 'Văn hóa cơ sở', 'p'],
  ['Cấp Giấy phép kinh doanh dịch vụ lữ hành quốc tế', 'Lữ hành', 'p'],
];

const key = (title: string) =>
  foldVietnamese(title)
    .replace(/^thu tuc:?\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const nationalKeys = new Set(NATIONAL.map((p) => key(p.name)));

export const WARD: Procedure[] = [...DEMO_PROCEDURES];

export const PROVINCE: Procedure[] = [
  ...NATIONAL,
  // Demo codes are illustrative and some coincide with national ones: kept apart.
  ...DEMO_PROCEDURES.filter((p) => !nationalKeys.has(key(p.name))).map((p) => ({ ...p, code: `D-${p.code}` })),
  ...SUPPLEMENT.map(([name, sector, levels], i) => ({
    code: `S-${String(i + 1).padStart(3, '0')}`,
    name,
    sector: sectorOf(sector),
    levels: [...levels].map((l) => LEVELS[l]).filter((l): l is Level => l !== undefined),
    onlineService: 'partial' as const,
  })),
];

/** PROVINCE topped up to `size` with titles recombined from it (heads of some, tails of others). */
export function large(size: number): Procedure[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const out: Procedure[] = [...PROVINCE];
  for (let i = out.length; i < size; i++) {
    const a = pick(PROVINCE).name.split(' ');
    const b = pick(PROVINCE).name.split(' ');
    const name = [...a.slice(0, Math.max(2, Math.ceil(a.length / 2))), ...b.slice(Math.floor(b.length / 2))].join(' ');
    const base = pick(PROVINCE);
    out.push({ code: `9.${String(i).padStart(6, '0')}`, name, sector: base.sector, levels: base.levels ?? [], onlineService: 'none' });
  }
  return out;
}

/** The codes in `catalogue` that answer `query`; throws when an expected title is in none. */
export function resolve(query: TitleQuery, catalogue: readonly Procedure[], where: string): string[] {
  const codes: string[] = [];
  for (const title of query.expect) {
    const prefix = title.endsWith('…');
    const k = key(prefix ? title.slice(0, -1) : title);
    for (const p of catalogue) if (prefix ? key(p.name).startsWith(k) : key(p.name) === k) codes.push(p.code);
  }
  if (codes.length === 0) throw new Error(`${where}: no title of "${query.q}" is in the catalogue: ${query.expect.join(' | ')}`);
  return codes;
}
