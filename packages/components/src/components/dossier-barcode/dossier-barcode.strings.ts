/** The words of <motcua-dossier-barcode> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import { codeLabel, received, appointment } from '../../internal/shared.strings.js';

export const barcodeStrings = {
  codeLabel,
  received,
  appointment,
  barcodeLabel: 'Mã vạch của hồ sơ {code}',
  receiptTitle: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  procedure: 'Thủ tục',
  lookupKey: 'Mã tra cứu',
  details: 'Xem chi tiết',
  // (Not core's KEY_WORDS: all their words would cost this element 1.1 KB.)
  keyNoteId: 'Nhập số định danh cá nhân (CCCD) của người đứng tên hồ sơ.',
  keyNotePhone: 'Nhập số điện thoại đã khai khi nộp hồ sơ.',
  qrLabel: 'Mã QR tra cứu hồ sơ {code}',
  qrCodeLabel: 'Mã QR của hồ sơ {code}',
  qrCaption: 'Quét mã để xem tình trạng hồ sơ',
  qrCodeCaption: 'Mã hồ sơ',
  lookupAt: 'Tra cứu tình trạng hồ sơ tại',
  barcodeInvalid: 'Không tạo được mã vạch: mã hồ sơ “{code}” không đúng định dạng.',
};

export type BarcodeStringKey = keyof typeof barcodeStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-barcode': typeof barcodeStrings;
  }
}
