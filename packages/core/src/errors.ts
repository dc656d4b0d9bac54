/** One error class for everything the SDK throws, told apart by `kind`. */
import type { KeyKind } from './key-kind.js';

export type ErrorKind =
  | 'invalid-input'
  | 'not-found'
  | 'key-required'
  | 'unauthorized'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'server'
  | 'bad-response'
  | 'unsupported';

export type Lang = 'vi' | 'en';
export interface LocalizedText {
  vi: string;
  en: string;
}

/** Messages fit to show a citizen, per kind. */
/*
 * Messages more precise than an error kind's, written once for the client, the gateway and
 * the elements (which take them as their default words). One export each, so a bundle keeps
 * only those it uses.
 */
export const INVALID_CODE_MESSAGE: LocalizedText = { vi: 'Mã hồ sơ chưa đúng định dạng. Ví dụ: 000.00.12.H42-241105-0003', en: 'This is not a valid dossier code. Example: 000.00.12.H42-241105-0003' };
export const INVALID_KEY_MESSAGE: LocalizedText = { vi: 'Mã tra cứu chưa đúng: chỉ gồm chữ và số in trên giấy hẹn.', en: 'The lookup key is not valid: only the letters and digits printed on your receipt.' };
export const WRONG_KEY_MESSAGE: LocalizedText = { vi: 'Mã tra cứu không đúng. Vui lòng xem lại mã in trên giấy hẹn trả kết quả.', en: 'The lookup key is wrong. Please check the key printed on your receipt.' };
export const KEY_NEEDED_MESSAGE: LocalizedText = {
  vi: 'Cơ quan này chỉ cho tra cứu hồ sơ khi có mã tra cứu. Vui lòng nhập mã tra cứu in trên giấy hẹn trả kết quả.',
  en: 'This office shows a dossier only with its lookup key. Please enter the key printed on your receipt.',
};

export const ERROR_MESSAGES: Readonly<Record<ErrorKind, LocalizedText>> = {
  'invalid-input': {
    vi: 'Thông tin nhập vào chưa đúng. Vui lòng kiểm tra lại.',
    en: 'The information entered is not valid. Please check it.',
  },
  'not-found': {
    vi: 'Không tìm thấy. Vui lòng kiểm tra lại mã đã nhập.',
    en: 'Nothing was found. Please check the code you entered.',
  },
  'key-required': {
    vi: 'Cần nhập đúng mã tra cứu in trên giấy hẹn để xem hồ sơ này.',
    en: 'Enter the lookup key printed on your receipt to see this dossier.',
  },
  unauthorized: {
    vi: 'Hệ thống từ chối truy cập. Vui lòng liên hệ bộ phận một cửa.',
    en: 'Access was refused. Please contact the one-stop desk.',
  },
  'rate-limited': {
    vi: 'Bạn đã tra cứu quá nhiều lần. Vui lòng chờ một lát rồi thử lại.',
    en: 'Too many lookups. Please wait a moment and try again.',
  },
  timeout: {
    vi: 'Hệ thống phản hồi quá chậm. Vui lòng thử lại.',
    en: 'The system took too long to answer. Please try again.',
  },
  network: {
    vi: 'Không kết nối được. Vui lòng kiểm tra mạng và thử lại.',
    en: 'Could not connect. Please check your network and try again.',
  },
  server: {
    vi: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
    en: 'The system is having a problem. Please try again later.',
  },
  'bad-response': {
    vi: 'Hệ thống trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.',
    en: 'The system sent data that could not be read. Please try again later.',
  },
  unsupported: {
    vi: 'Chức năng này chưa được hỗ trợ tại đây.',
    en: 'This is not available here.',
  },
};

export interface MotcuaErrorOptions {
  cause?: unknown;
  /** Seconds to wait before trying again (rate-limited). */
  retryAfter?: number;
  /** HTTP status from the backend, when there was one. */
  status?: number;
  /** Path of the offending field (invalid-input, bad-response), e.g. `steps[2].dueAt`. */
  field?: string;
  /** A more specific citizen message than the kind's default. */
  messages?: LocalizedText;
  /** key-required: what the office asks for (a receipt key, an ID number, a phone number). */
  keyKind?: KeyKind;
}

/**
 * `message` is Vietnamese and fit to show a citizen; `messageIn('en')` gives English;
 * `detail` is the technical account for developers and logs.
 */
export class MotcuaError extends Error {
  override readonly name = 'MotcuaError';
  readonly kind: ErrorKind;
  readonly detail: string;
  readonly messages: LocalizedText;
  readonly retryAfter?: number;
  readonly status?: number;
  readonly field?: string;
  readonly keyKind?: KeyKind;

  constructor(kind: ErrorKind, detail: string, options: MotcuaErrorOptions = {}) {
    const messages = options.messages ?? ERROR_MESSAGES[kind];
    super(messages.vi, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.detail = detail;
    this.messages = messages;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.status !== undefined) this.status = options.status;
    if (options.field !== undefined) this.field = options.field;
    if (options.keyKind !== undefined) this.keyKind = options.keyKind;
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }

  override toString(): string {
    return `MotcuaError [${this.kind}]: ${this.detail}`;
  }
}

export function isMotcuaError(error: unknown): error is MotcuaError {
  return error instanceof MotcuaError;
}

/** True for the rejection of an aborted request, which callers normally ignore. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
