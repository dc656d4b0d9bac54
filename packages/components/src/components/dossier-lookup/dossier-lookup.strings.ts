/** The words of <motcua-dossier-lookup>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { KEY_WORDS } from '@motcua/core';
import { codeLabel, codeInvalid, retry, notConfigured, scannerTitle } from '../../internal/shared.strings.js';

export const lookupStrings = {
  codeLabel,
  codeHint: { vi: 'Mã in trên giấy hẹn trả kết quả, ví dụ 000.00.12.H42-241105-0003', en: 'The code on your receipt, e.g. 000.00.12.H42-241105-0003' },
  codeInvalid,
  codeRequired: { vi: 'Vui lòng nhập mã hồ sơ.', en: 'Please enter the dossier code.' },
  codeOk: { vi: 'Mã hợp lệ.', en: 'Valid code.' },
  // The key field asks for what the office checks (the gateway says it in each answer and key
  // error, or the page in `key-kind`); before either has, for one or the other.
  keyLabel: { vi: 'Mã tra cứu hoặc số định danh (không bắt buộc)', en: 'Lookup key or ID number (optional)' },
  keyHint: {
    vi: 'Mã tra cứu in trên giấy hẹn; nếu giấy hẹn không có, số định danh cá nhân (CCCD) của người đứng tên hồ sơ',
    en: "The lookup key on your receipt; if it has none, the applicant's personal ID number (citizen ID card)",
  },
  keyLabelReceipt: KEY_WORDS.receipt.label,
  keyHintReceipt: KEY_WORDS.receipt.hint,
  keyLabelIdNumber: KEY_WORDS['id-number'].label,
  keyHintIdNumber: KEY_WORDS['id-number'].hint,
  keyInvalidIdNumber: KEY_WORDS['id-number'].invalid,
  keyLabelPhone: KEY_WORDS.phone.label,
  keyHintPhone: KEY_WORDS.phone.hint,
  keyInvalidPhone: KEY_WORDS.phone.invalid,
  keyInvalidReceipt: KEY_WORDS.receipt.invalid,
  lookupButton: { vi: 'Tra cứu', en: 'Look up' },
  scanButton: { vi: 'Quét mã trên giấy hẹn', en: 'Scan the receipt' },
  scanOpening: { vi: 'Đang mở trình quét…', en: 'Opening the scanner…' },
  scanUnavailable: {
    vi: 'Chưa mở được trình quét mã do lỗi kết nối. Vui lòng nhập mã in trên giấy hẹn, hoặc thử lại; nếu vẫn không được, hãy tải lại trang.',
    en: 'The scanner could not be opened (connection problem). Please type the code from your receipt, or try again; if it still fails, reload the page.',
  },
  viewUnavailable: {
    vi: 'Không tải được phần hiển thị kết quả. Vui lòng thử lại; nếu vẫn không được, hãy tải lại trang.',
    en: 'The part of the page that shows the result did not load. Please try again; if it still fails, reload the page.',
  },
  resultLabel: { vi: 'Hồ sơ {code}: {status}', en: 'Dossier {code}: {status}' },
  loading: { vi: 'Đang tra cứu…', en: 'Looking up…' },
  notFound: { vi: 'Không tìm thấy hồ sơ {code}. Vui lòng kiểm tra lại mã in trên giấy hẹn.', en: 'No dossier {code} was found. Please check the code on your receipt.' },
  keyRequired: KEY_WORDS.receipt.wrong,
  keyNeeded: KEY_WORDS.receipt.needed,
  keyWrongIdNumber: KEY_WORDS['id-number'].wrong,
  keyNeededIdNumber: KEY_WORDS['id-number'].needed,
  keyWrongPhone: KEY_WORDS.phone.wrong,
  keyNeededPhone: KEY_WORDS.phone.needed,
  rateLimited: { vi: 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau {seconds} giây.', en: 'Too many lookups. Please try again in {seconds} {seconds:second|seconds}.' },
  offline: { vi: 'Bạn đang ngoại tuyến. Hãy kiểm tra kết nối mạng rồi thử lại.', en: 'You are offline. Check your connection and try again.' },
  failed: { vi: 'Chưa tra cứu được. {message}', en: 'The lookup did not work. {message}' },
  retry,
  notConfigured,
  scannerTitle,
  close: { vi: 'Đóng', en: 'Close' },
};

export type LookupStringKey = keyof typeof lookupStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-lookup': typeof lookupStrings;
  }
}
