/**
 * What a citizen types to open a dossier's details depends on the backend: the key printed
 * on the receipt (motcua's demo, OpenCPS's secret key), the applicant's personal ID number
 * (iGate and the national portal, whose records carry no receipt key), or — in some provinces
 * — the applicant's phone number. The gateway says which one it checks on every dossier answer
 * (`Dossier.keyKind`) and in its key-required error; the lookup and the no-JS page ask for it
 * in the words of key-words.ts. (No imports here: the client and the model take only these.)
 */

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
