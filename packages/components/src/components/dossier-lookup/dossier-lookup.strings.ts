/** The words of <motcua-dossier-lookup> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import { KEY_WORDS } from '@motcua/core';
import { codeLabel, codeInvalid, retry, notConfigured, scannerTitle } from '../../internal/shared.strings.js';

export const lookupStrings = {
  codeLabel,
  codeHint: 'Mã in trên giấy hẹn trả kết quả, ví dụ 000.00.12.H42-241105-0003',
  codeInvalid,
  codeRequired: 'Vui lòng nhập mã hồ sơ.',
  codeOk: 'Mã hợp lệ.',
  // The key field asks for what the office checks (the gateway says it in each answer and key
  // error, or the page in `key-kind`); before either has, for one or the other.
  keyLabel: 'Mã tra cứu hoặc số định danh (không bắt buộc)',
  keyRequiredLabel: 'Mã tra cứu hoặc số định danh',
  keyHint: 'Mã tra cứu in trên giấy hẹn; nếu giấy hẹn không có, số định danh cá nhân (CCCD) của người đứng tên hồ sơ',
  keyLabelReceipt: KEY_WORDS.receipt.label,
  keyRequiredLabelReceipt: KEY_WORDS.receipt.required,
  keyHintReceipt: KEY_WORDS.receipt.hint,
  keyLabelIdNumber: KEY_WORDS['id-number'].label,
  keyRequiredLabelIdNumber: KEY_WORDS['id-number'].required,
  keyHintIdNumber: KEY_WORDS['id-number'].hint,
  keyInvalidIdNumber: KEY_WORDS['id-number'].invalid,
  keyLabelPhone: KEY_WORDS.phone.label,
  keyRequiredLabelPhone: KEY_WORDS.phone.required,
  keyHintPhone: KEY_WORDS.phone.hint,
  keyInvalidPhone: KEY_WORDS.phone.invalid,
  keyInvalidReceipt: KEY_WORDS.receipt.invalid,
  lookupButton: 'Tra cứu',
  lookupAnother: 'Tra cứu hồ sơ khác',
  scanButton: 'Quét mã trên giấy hẹn',
  scanOpening: 'Đang mở trình quét…',
  scanUnavailable:
    'Chưa mở được trình quét mã do lỗi kết nối. Vui lòng nhập mã in trên giấy hẹn, hoặc thử lại; nếu vẫn không được, hãy tải lại trang.',
  viewUnavailable: 'Không tải được phần hiển thị kết quả. Vui lòng thử lại; nếu vẫn không được, hãy tải lại trang.',
  resultLabel: 'Hồ sơ {code}: {status}',
  loading: 'Đang tra cứu…',
  notFound: 'Không tìm thấy hồ sơ {code}. Vui lòng kiểm tra lại mã in trên giấy hẹn.',
  keyRequired: KEY_WORDS.receipt.wrong,
  keyNeeded: KEY_WORDS.receipt.needed,
  keyWrongIdNumber: KEY_WORDS['id-number'].wrong,
  keyNeededIdNumber: KEY_WORDS['id-number'].needed,
  keyWrongPhone: KEY_WORDS.phone.wrong,
  keyNeededPhone: KEY_WORDS.phone.needed,
  rateLimited: 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  rateLimitedMinutes: 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  offline: 'Bạn đang ngoại tuyến. Hãy kiểm tra kết nối mạng rồi thử lại.',
  failed: 'Chưa tra cứu được. {message}',
  retry,
  notConfigured,
  scannerTitle,
  close: 'Đóng',
};

export type LookupStringKey = keyof typeof lookupStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-lookup': typeof lookupStrings;
  }
}
