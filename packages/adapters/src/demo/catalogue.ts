/** Turns the compact rows of catalogue-data.ts into core Procedure objects. */
import type { Fee, Level, OnlineService, Procedure, RequiredDocument } from '@motcua/core';
import { CATALOGUE_ROWS, DOCUMENT_SETS, LEGAL_SETS, SECTORS } from './catalogue-data.js';

const LEVELS: Record<string, Level> = { c: 'commune', d: 'district', p: 'province' };
const ONLINE: Record<string, OnlineService> = { f: 'full', p: 'partial', n: 'none' };
const AGENCY_BY_LEVEL: Record<Level, string> = {
  commune: 'Ủy ban nhân dân phường, xã',
  district: 'Ủy ban nhân dân thành phố',
  province: 'Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
};
const AGENCY_BY_SECTOR: Record<string, string> = { CTRU: 'Công an phường, xã', CC: 'Công an thành phố, Công an tỉnh' };

const expand = (value: string, sets: Record<string, string>): string => {
  if (!value.startsWith('@')) return value;
  const set = sets[value.slice(1)];
  if (set === undefined) throw new Error(`demo catalogue: unknown set ${value}`);
  return set;
};

const list = (value: string): string[] =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function documents(value: string): RequiredDocument[] {
  return list(expand(value, DOCUMENT_SETS)).map((name) => {
    const copy = /^Bản sao/.test(name);
    const doc: RequiredDocument = { name, originals: copy ? 0 : 1, copies: copy ? 1 : 0 };
    if (/^(Tờ khai|Đơn|Giấy đề nghị|Phiếu yêu cầu|Bản khai)/.test(name)) doc.form = { name };
    return doc;
  });
}

function fees(value: string): Fee[] {
  if (value === '0') return [{ name: 'Không thu phí, lệ phí', amount: 0 }];
  if (/^\d+$/.test(value)) return [{ name: 'Lệ phí', amount: Number(value) }];
  return list(value).map((pair) => {
    const [name = '', amount = ''] = pair.split('=');
    return { name: name.trim(), amount: Number(amount) };
  });
}

function processingTime(value: string): NonNullable<Procedure['processingTime']> {
  if (value === '0')
    return {
      value: 0,
      unit: 'working-day',
      description: 'Trả ngay trong ngày làm việc; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
    };
  const m = /^(\d+)(wd|d|h)$/.exec(value);
  if (!m) throw new Error(`demo catalogue: bad time ${value}`);
  const unit = m[2] === 'wd' ? 'working-day' : m[2] === 'h' ? 'hour' : 'day';
  return { value: Number(m[1]), unit };
}

function legalBasis(value: string): NonNullable<Procedure['legalBasis']> {
  return list(expand(value, LEGAL_SETS)).map((item) => {
    const [title = '', issuer] = item.split('|').map((s) => s.trim());
    const number = /\d+\/\d{4}\/[A-ZĐ0-9-]+/u.exec(title)?.[0];
    return { title, ...(number ? { number } : {}), ...(issuer ? { issuer } : {}) };
  });
}

function toProcedure(row: string): Procedure {
  const [code, name, sector, levels, online, time, fee, docs, legal] = row.split(' | ').map((s) => s.trim());
  if (!code || !name || !sector || !levels || !online || !time || !fee || !docs || !legal)
    throw new Error(`demo catalogue: bad row ${row}`);
  const sectorName = SECTORS[sector];
  if (!sectorName) throw new Error(`demo catalogue: unknown sector ${sector}`);
  const levelList = [...levels].map((l) => LEVELS[l]!);
  const onlineService = ONLINE[online]!;
  return {
    code,
    name,
    sector: { code: sector, name: sectorName },
    levels: levelList,
    onlineService,
    ...(onlineService === 'none'
      ? {}
      : { onlineUrl: `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}` }),
    agency: AGENCY_BY_SECTOR[sector] ?? AGENCY_BY_LEVEL[levelList.at(-1)!],
    processingTime: processingTime(time),
    fees: fees(fee),
    documents: documents(docs),
    steps: [
      'Chuẩn bị hồ sơ theo quy định',
      onlineService === 'none' ? 'Nộp hồ sơ tại Bộ phận một cửa' : 'Nộp hồ sơ tại Bộ phận một cửa hoặc trực tuyến trên Cổng Dịch vụ công',
      'Cơ quan có thẩm quyền thẩm định, giải quyết hồ sơ',
      'Nhận kết quả tại Bộ phận một cửa, qua bưu chính hoặc trực tuyến',
    ],
    legalBasis: legalBasis(legal),
  };
}

/** The demo catalogue: real procedure titles of a provincial city, with illustrative details. */
export const DEMO_PROCEDURES: readonly Procedure[] = CATALOGUE_ROWS.trim().split('\n').map(toProcedure);
export const DEMO_SECTORS = Object.entries(SECTORS).map(([code, name]) => ({ code, name }));
