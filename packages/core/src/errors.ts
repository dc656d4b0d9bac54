/** One error class for everything the SDK throws, told apart by `kind`. */
import type { KeyKind } from './key-kind.js';
import { localized, localizedAll, textIn, type Lang, type LocalizedText } from './language.js';

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

export type { Lang, LocalizedText } from './language.js';

/*
 * Messages more precise than an error kind's, written once for the client, the gateway and
 * the elements (which take them as their default words). One export each, so a bundle keeps
 * only those it uses. Vietnamese here; every other language in its file (locales/).
 */
export const INVALID_CODE_MESSAGE = localized('code.invalid', 'Mã hồ sơ chưa đúng định dạng. Ví dụ: 000.00.12.H42-241105-0003');
export const INVALID_KEY_MESSAGE = localized('key.receipt.invalid', 'Mã tra cứu chưa đúng: chỉ gồm chữ và số in trên giấy hẹn.');
export const WRONG_KEY_MESSAGE = localized('key.receipt.wrong', 'Mã tra cứu không đúng. Vui lòng xem lại mã in trên giấy hẹn trả kết quả.');
export const KEY_NEEDED_MESSAGE = localized(
  'key.receipt.needed',
  'Cơ quan này chỉ cho tra cứu hồ sơ khi có mã tra cứu. Vui lòng nhập mã tra cứu in trên giấy hẹn trả kết quả.',
);

/** Messages fit to show a citizen, per kind. */
export const ERROR_MESSAGES: Readonly<Record<ErrorKind, LocalizedText>> = localizedAll('error', {
  'invalid-input': 'Thông tin nhập vào chưa đúng. Vui lòng kiểm tra lại.',
  'not-found': 'Không tìm thấy. Vui lòng kiểm tra lại mã đã nhập.',
  'key-required': 'Cần nhập đúng mã tra cứu in trên giấy hẹn để xem hồ sơ này.',
  unauthorized: 'Hệ thống từ chối truy cập. Vui lòng liên hệ bộ phận một cửa.',
  'rate-limited': 'Bạn đã tra cứu quá nhiều lần. Vui lòng chờ một lát rồi thử lại.',
  timeout: 'Hệ thống phản hồi quá chậm. Vui lòng thử lại.',
  network: 'Không kết nối được. Vui lòng kiểm tra mạng và thử lại.',
  server: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
  'bad-response': 'Hệ thống trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.',
  unsupported: 'Chức năng này chưa được hỗ trợ tại đây.',
});

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
 * `message` is Vietnamese and fit to show a citizen; `messageIn('en')` gives English (any
 * registered language: see language.ts); `detail` is the technical account for developers and logs.
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
    return textIn(this.messages, lang);
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
