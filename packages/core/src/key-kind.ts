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

/** Digits as people type them, wherever they are: full-width ones read as ASCII, the rest dropped. */
export function digitsOf(text: string): string {
  return text.normalize('NFKC').replace(/\D/g, '');
}

/**
 * A personal number (an ID or a phone number: nine digits or more, however written — "CCCD
 * 0425 2337 3996", "0425/2337/3996", full-width digits): it never goes into a URL, a printed
 * symbol, a log line or a cache key in clear. (A receipt's key has a few characters.)
 */
export function isPersonalKey(key: string): boolean {
  return digitsOf(key).length >= 9;
}

/**
 * The key as a backend compares it: an ID's digits; a phone's digits with +84, 0084 or 84
 * written as the leading 0; a receipt key trimmed and in capitals (keys are read aloud and retyped).
 */
export function normalizeKey(kind: KeyKind, key: string): string {
  const trimmed = key.trim();
  if (kind === 'receipt') return trimmed.toUpperCase();
  const digits = digitsOf(trimmed);
  if (kind !== 'phone') return digits;
  const national = digits.replace(/^00(?=84)/, '');
  return /^84\d{9,11}$/.test(national) ? `0${national.slice(2).replace(/^0/, '')}` : national;
}

/** Whether `key` has the shape `kind` asks for: the field's check, before any request. */
export function keyShapeOk(kind: KeyKind, key: string): boolean {
  const k = normalizeKey(kind, key);
  // (An ID typed with words or slashes around it — "CCCD: 0425/2337/3996" — is its digits.)
  if (kind === 'id-number') return /^(\d{12}|\d{9})$/.test(k);
  if (kind === 'phone') return /^0\d{9,10}$/.test(k);
  return /^[A-Za-z0-9_-]{1,64}$/.test(k);
}

/**
 * The key as the client sends it: a number written with spaces, dots, slashes, full-width
 * digits or a "CCCD:" before it is its digits; anything else (a receipt's key) as typed.
 */
export function compactKey(key: string | undefined): string {
  const typed = key?.trim() ?? '';
  return isPersonalKey(typed) && !/\p{L}/u.test(typed.replace(/^(cccd|cmnd|căn cước|sđt)\s*:?/iu, '')) ? digitsOf(typed) : typed;
}

/**
 * A placeholder some backends send where no ID is known ("000000001", "000000000000",
 * "111111111"): it never opens a dossier, whatever is typed.
 */
export function isPlaceholderId(id: string): boolean {
  const digits = id.replace(/[\s.-]/g, '');
  return !/^\d{9,12}$/.test(digits) || /^0{6}/.test(digits) || /^(\d)\1+$/.test(digits);
}
