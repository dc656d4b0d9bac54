/**
 * Dossier codes (mã hồ sơ), national rule `<agency>-<YYMMDD>-<NNNN>` (Thông tư 01/2018/TT-VPCP),
 * plus the variants systems emit: short agency codes (`H42.22`), 8-digit dates, longer sequences.
 */
import { foldVietnamese } from './text.js';

export interface ParsedDossierCode {
  /** The normalised code, e.g. `000.00.12.H42-241105-0003`. */
  code: string;
  agencyCode: string;
  /** Day the dossier was received, `YYYY-MM-DD`. */
  receivedOn: string;
  sequence: number;
}

export interface ExtractedDossierCode {
  code: string;
  /** The lookup key (mã tra cứu) when the scanned text carried one. */
  key?: string;
}

// QCVN 102:2016 agency codes `ddd.dd.dd.Ldd`, or the short forms `H42`, `H42.22`, `G09.20`.
const AGENCY = String.raw`(?:[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}|[A-Z]\d{2}(?:\.\d{1,4}){0,3})`;
const CODE = String.raw`(${AGENCY})-(\d{8}|\d{6})-(\d{4,10})`;
const EXACT_CODE = new RegExp(`^${CODE}$`);
const CODE_IN_TEXT = new RegExp(String.raw`(?<![0-9A-Z.])${CODE}(?![0-9A-Z])`, 'g');

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;

/** What people type and scanners emit, made comparable: width, dashes, case, stray spaces. */
function normalizeCodeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .toUpperCase()
    .replace(/\s*([.-])\s*/g, '$1')
    .trim();
}

function receivedOn(date: string): string | null {
  const year = date.length === 8 ? Number(date.slice(0, 4)) : 2000 + Number(date.slice(0, 2));
  const rest = date.slice(date.length - 4);
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function fromMatch(agencyCode: string, date: string, sequence: string): ParsedDossierCode | null {
  const on = receivedOn(date);
  if (!on) return null;
  return { code: `${agencyCode}-${date}-${sequence}`, agencyCode, receivedOn: on, sequence: Number(sequence) };
}

/**
 * Parses exactly one dossier code, normalising case, spaces, Unicode dashes, full-width
 * characters and a trailing dot. Returns null for anything else, impossible dates included.
 *
 * @example parseDossierCode(' 000.00.12.h42 – 241105 – 0003. ')?.code // '000.00.12.H42-241105-0003'
 */
export function parseDossierCode(text: string): ParsedDossierCode | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const m = EXACT_CODE.exec(normalizeCodeText(text).replace(/\.+$/, ''));
  return m ? fromMatch(m[1]!, m[2]!, m[3]!) : null;
}

const CODE_PARAMS = new Set(['code', 'mahoso', 'ma_ho_so', 'ma', 'hoso', 'sohoso', 'dossiercode', 'dossier', 'q']);
const KEY_PARAMS = new Set(['key', 'secretkey', 'matracuu', 'ma_tra_cuu', 'lookupkey', 'pin']);
const KEY_VALUE = /^[A-Za-z0-9_-]{1,128}$/;

function paramsOf(url: URL): URLSearchParams[] {
  const hash = url.hash.slice(1);
  const list = [url.searchParams];
  if (hash.includes('=')) list.push(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)));
  return list;
}

function fromUrl(text: string): ExtractedDossierCode | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  let code: string | undefined;
  let key: string | undefined;
  for (const params of paramsOf(url)) {
    for (const [name, value] of params) {
      const n = name.toLowerCase();
      if (!code && CODE_PARAMS.has(n)) code = parseDossierCode(value)?.code;
      if (!key && KEY_PARAMS.has(n) && KEY_VALUE.test(value.trim())) key = value.trim();
    }
  }
  if (!code) {
    for (const segment of url.pathname.split('/')) {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A malformed escape cannot hold a code; keep the raw segment.
      }
      code = parseDossierCode(decoded)?.code;
      if (code) break;
    }
  }
  if (!code) return null;
  return key ? { code, key } : { code };
}

const LABELLED_KEY = /(?:mã|ma)\s*(?:tra\s*(?:cứu|cuu)|bí\s*mật|bi\s*mat)\s*[:：]?\s*([A-Za-z0-9]{4,16})\b/iu;
const CODE_LABEL = /(?:ma|so)\s*(?:ho\s*so|bien\s*nhan)\s*:?\s*$/;

function fromText(text: string): ExtractedDossierCode | null {
  const normalized = normalizeCodeText(text);
  const found = new Map<string, number>();
  for (const m of normalized.matchAll(CODE_IN_TEXT)) {
    const parsed = fromMatch(m[1]!, m[2]!, m[3]!);
    if (parsed && !found.has(parsed.code)) found.set(parsed.code, m.index);
  }
  let code: string | undefined;
  if (found.size === 1) {
    code = [...found.keys()][0];
  } else if (found.size > 1) {
    // Several codes: only one that follows a "Mã hồ sơ:" label is unambiguous.
    const labelled = [...found].filter(([, at]) => CODE_LABEL.test(foldVietnamese(normalized.slice(Math.max(0, at - 24), at))));
    if (labelled.length === 1) code = labelled[0]![0];
  }
  if (!code) return null;
  const key = LABELLED_KEY.exec(text.normalize('NFC'))?.[1];
  return key ? { code, key } : { code };
}

/**
 * Finds the dossier code in what a scanner or a paste delivers: a bare code, a labelled one
 * ("Mã hồ sơ: …"), or a URL carrying it in a query parameter, fragment or path — with the
 * lookup key when the URL or text carries one. Null when there is no single code.
 */
export function extractDossierCode(text: string): ExtractedDossierCode | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 4096) return null;
  const bare = parseDossierCode(trimmed);
  if (bare) return { code: bare.code };
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || (!/\s/.test(trimmed) && /[?#/]/.test(trimmed));
  return (looksLikeUrl ? fromUrl(trimmed) : null) ?? fromText(trimmed);
}
