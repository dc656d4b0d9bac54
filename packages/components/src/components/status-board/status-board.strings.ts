/** The words of <motcua-status-board> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import { notConfigured } from '../../internal/shared.strings.js';

export const boardStrings = {
  notConfigured,
  boardTitle: 'Thông báo hồ sơ',
  boardReady: 'Đã có kết quả — mời nhận',
  boardWaiting: 'Cần bổ sung giấy tờ hoặc nộp phí',
  boardSupplement: 'Bổ sung giấy tờ',
  boardPayment: 'Nộp phí, lệ phí',
  boardEmpty: 'Không có hồ sơ nào.',
  boardUpdated: 'Cập nhật lúc {time}',
  boardStale: 'Mất kết nối — danh sách lúc {time}, có thể đã cũ',
  boardPage: 'Trang {page}/{pages}',
  boardNext: 'chuyển trang sau {seconds} giây',
  boardLoading: 'Đang tải danh sách…',
  boardFailed: 'Chưa tải được danh sách. {message}',
  boardUnsupported: 'Hệ thống một cửa này chưa cung cấp danh sách cho màn hình.',
  boardCode: 'Mã hồ sơ',
  boardApplicant: 'Người nộp',
  boardProcedure: 'Thủ tục',
};

export type BoardStringKey = keyof typeof boardStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'status-board': typeof boardStrings;
  }
}
