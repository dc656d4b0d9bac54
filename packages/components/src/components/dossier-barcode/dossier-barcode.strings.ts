/** The words of <motcua-dossier-barcode>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { codeLabel, received, appointment } from '../../internal/shared.strings.js';

export const barcodeStrings = {
  codeLabel,
  received,
  appointment,
  barcodeLabel: { vi: 'Mã vạch của hồ sơ {code}', en: 'Barcode of dossier {code}' },
  receiptTitle: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Dossier receipt and result appointment' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  lookupKey: { vi: 'Mã tra cứu', en: 'Lookup key' },
  details: { vi: 'Xem chi tiết', en: 'Details' },
  // (Not core's KEY_WORDS: all their words would cost this element 1.1 KB.)
  keyNoteId: { vi: 'Nhập số định danh cá nhân (CCCD) của người đứng tên hồ sơ.', en: "Enter the applicant's personal ID number (citizen ID card)." },
  keyNotePhone: { vi: 'Nhập số điện thoại đã khai khi nộp hồ sơ.', en: 'Enter the phone number given with the dossier.' },
  qrLabel: { vi: 'Mã QR tra cứu hồ sơ {code}', en: 'QR code to look up dossier {code}' },
  qrCodeLabel: { vi: 'Mã QR của hồ sơ {code}', en: 'QR code of dossier {code}' },
  qrCaption: { vi: 'Quét mã để xem tình trạng hồ sơ', en: 'Scan to see the dossier’s status' },
  qrCodeCaption: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  lookupAt: { vi: 'Tra cứu tình trạng hồ sơ tại', en: 'Check the dossier at' },
  barcodeInvalid: { vi: 'Không tạo được mã vạch: mã hồ sơ “{code}” không đúng định dạng.', en: 'No barcode: “{code}” is not a valid dossier code.' },
};

export type BarcodeStringKey = keyof typeof barcodeStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-barcode': typeof barcodeStrings;
  }
}
