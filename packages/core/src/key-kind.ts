/**
 * What a citizen types to open a dossier's details depends on the backend: the key printed
 * on the receipt (motcua's demo, OpenCPS's secret key), the applicant's personal ID number
 * (iGate and the national portal, whose records carry no receipt key), or — in some provinces
 * — the applicant's phone number. The gateway says which one it checks on every dossier answer
 * (`Dossier.keyKind`) and in its key-required error; the lookup and the no-JS page ask for it.
 */
import { INVALID_KEY_MESSAGE, KEY_NEEDED_MESSAGE, WRONG_KEY_MESSAGE, type LocalizedText } from './errors.js';

export type KeyKind = 'receipt' | 'id-number' | 'phone';
export const KEY_KINDS = ['receipt', 'id-number', 'phone'] as const satisfies readonly KeyKind[];

/** Separators people type inside numbers: "001 234 567 890", "0912.345.678", "0912-345-678". */
const SEPARATORS = /[\s.\-()]/g;

/**
 * A personal number (an ID or a phone number: nine digits or more, as typed): it never goes
 * into a URL, a printed symbol, a log line or a cache key in clear.
 */
export function isPersonalKey(key: string): boolean {
  const compact = key.replace(SEPARATORS, '');
  return /^\+?\d{9,}$/.test(compact);
}

/**
 * The key as a backend compares it: an ID's digits; a phone's digits with +84/84 written as
 * the leading 0; a receipt key trimmed and in capitals (keys are read aloud and retyped).
 */
export function normalizeKey(kind: KeyKind, key: string): string {
  const trimmed = key.trim();
  if (kind === 'receipt') return trimmed.toUpperCase();
  const digits = trimmed.replace(SEPARATORS, '');
  if (kind === 'phone') return digits.replace(/^\+?84(?=\d{9}$)/, '0');
  return digits;
}

/** Whether `key` has the shape `kind` asks for: the field's check, before any request. */
export function keyShapeOk(kind: KeyKind, key: string): boolean {
  const k = normalizeKey(kind, key);
  if (kind === 'id-number') return /^(\d{12}|\d{9})$/.test(k);
  if (kind === 'phone') return /^0\d{9,10}$/.test(k);
  return /^[A-Za-z0-9_-]{1,64}$/.test(k);
}

/**
 * A placeholder some backends send where no ID is known ("000000001", "000000000000",
 * "111111111"): it never opens a dossier, whatever is typed.
 */
export function isPlaceholderId(id: string): boolean {
  const digits = id.replace(SEPARATORS, '');
  return !/^\d{9,12}$/.test(digits) || /^0{6}/.test(digits) || /^(\d)\1+$/.test(digits);
}

interface KeyWords {
  /** The field's label (the key is optional: without it the status still shows). */
  label: LocalizedText;
  /** Under the field: where to find it. */
  hint: LocalizedText;
  /** Typed in the wrong shape (before any request). */
  invalid: LocalizedText;
  /** Refused by the office. */
  wrong: LocalizedText;
  /** The office answers only with it, and none was typed. */
  needed: LocalizedText;
  /** Under a status shown without it. */
  restricted: LocalizedText;
}

/** The words for each kind, Vietnamese first; shared by the elements and the gateway's no-JS page. */
export const KEY_WORDS: Record<KeyKind, KeyWords> = {
  receipt: {
    label: { vi: 'Mã tra cứu (không bắt buộc)', en: 'Lookup key (optional)' },
    hint: { vi: 'Mã in trên giấy hẹn, dưới mã hồ sơ, để xem chi tiết quá trình xử lý', en: 'The key printed on your receipt under the code, to see the processing details' },
    invalid: INVALID_KEY_MESSAGE,
    wrong: WRONG_KEY_MESSAGE,
    needed: KEY_NEEDED_MESSAGE,
    restricted: { vi: 'Để xem chi tiết quá trình xử lý, hãy nhập mã tra cứu in trên giấy hẹn.', en: 'Enter the lookup key printed on your receipt to see the processing details.' },
  },
  'id-number': {
    label: { vi: 'Số định danh cá nhân của người nộp (không bắt buộc)', en: "Applicant's personal ID number (optional)" },
    hint: { vi: '12 chữ số trên thẻ căn cước (CCCD) của người đứng tên hồ sơ, để xem chi tiết quá trình xử lý', en: "The 12 digits on the applicant's citizen ID card (CCCD), to see the processing details" },
    invalid: { vi: 'Số định danh gồm 12 chữ số (hoặc 9 chữ số trên chứng minh nhân dân cũ).', en: 'A personal ID number has 12 digits (or 9 on an old identity card).' },
    wrong: {
      vi: 'Số định danh không khớp với hồ sơ. Vui lòng nhập số định danh cá nhân của người đứng tên hồ sơ.',
      en: "The ID number does not match this dossier. Please enter the personal ID number of the dossier's applicant.",
    },
    needed: {
      vi: 'Cơ quan này chỉ cho tra cứu hồ sơ khi có số định danh cá nhân của người nộp. Vui lòng nhập số định danh (12 chữ số trên CCCD).',
      en: "This office shows a dossier only with the applicant's personal ID number. Please enter it (the 12 digits on the citizen ID card).",
    },
    restricted: { vi: 'Để xem chi tiết quá trình xử lý, hãy nhập số định danh cá nhân (CCCD) của người đứng tên hồ sơ.', en: "Enter the applicant's personal ID number (citizen ID card) to see the processing details." },
  },
  phone: {
    label: { vi: 'Số điện thoại đã khai khi nộp (không bắt buộc)', en: 'Phone number given with the dossier (optional)' },
    hint: { vi: 'Số điện thoại bạn ghi trong hồ sơ, để xem chi tiết quá trình xử lý', en: 'The phone number written in your dossier, to see the processing details' },
    invalid: { vi: 'Số điện thoại gồm 10 chữ số, bắt đầu bằng số 0.', en: 'A phone number has 10 digits and starts with 0.' },
    wrong: { vi: 'Số điện thoại không khớp với hồ sơ. Vui lòng nhập số điện thoại đã khai khi nộp hồ sơ.', en: 'The phone number does not match this dossier. Please enter the number given with the dossier.' },
    needed: {
      vi: 'Cơ quan này chỉ cho tra cứu hồ sơ khi có số điện thoại đã khai khi nộp. Vui lòng nhập số điện thoại đó.',
      en: 'This office shows a dossier only with the phone number given with it. Please enter that number.',
    },
    restricted: { vi: 'Để xem chi tiết quá trình xử lý, hãy nhập số điện thoại đã khai khi nộp hồ sơ.', en: 'Enter the phone number given with the dossier to see the processing details.' },
  },
};
