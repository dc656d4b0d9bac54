/** The words of <motcua-status-board>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { notConfigured } from '../../internal/shared.strings.js';

export const boardStrings = {
  notConfigured,
  boardTitle: { vi: 'Thông báo hồ sơ', en: 'Dossier notices' },
  boardReady: { vi: 'Đã có kết quả — mời nhận', en: 'Results ready — please collect' },
  boardWaiting: { vi: 'Cần bổ sung giấy tờ hoặc nộp phí', en: 'Documents or fees needed' },
  boardSupplement: { vi: 'Bổ sung giấy tờ', en: 'Bring documents' },
  boardPayment: { vi: 'Nộp phí, lệ phí', en: 'Pay fees' },
  boardEmpty: { vi: 'Không có hồ sơ nào.', en: 'None.' },
  boardUpdated: { vi: 'Cập nhật lúc {time}', en: 'Updated at {time}' },
  boardStale: { vi: 'Mất kết nối — danh sách lúc {time}, có thể đã cũ', en: 'Connection lost — the list from {time} may be out of date' },
  boardPage: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  boardNext: { vi: 'chuyển trang sau {seconds} giây', en: 'next page in {seconds} {seconds:second|seconds}' },
  boardLoading: { vi: 'Đang tải danh sách…', en: 'Loading the list…' },
  boardFailed: { vi: 'Chưa tải được danh sách. {message}', en: 'The list could not be loaded. {message}' },
  boardUnsupported: { vi: 'Hệ thống một cửa này chưa cung cấp danh sách cho màn hình.', en: 'This one-stop system does not provide the list for screens yet.' },
  boardCode: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  boardApplicant: { vi: 'Người nộp', en: 'Applicant' },
  boardProcedure: { vi: 'Thủ tục', en: 'Procedure' },
};

export type BoardStringKey = keyof typeof boardStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'status-board': typeof boardStrings;
  }
}
