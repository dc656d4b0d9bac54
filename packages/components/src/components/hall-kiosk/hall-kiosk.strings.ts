/**
 * The words of <motcua-hall-kiosk>, Vietnamese first; a portal overrides any with
 * `registerStrings()`. Written for someone using a machine like this for the first time:
 * what to do, in everyday words, one step at a time.
 */
import { notConfigured } from '../../internal/shared.strings.js';

export const kioskStrings = {
  notConfigured,
  kioskTitle: 'Tra cứu hồ sơ và thủ tục hành chính',
  kioskScanTitle: 'Bạn có giấy hẹn trả kết quả?',
  kioskScanHint: 'Đưa mã vạch hoặc mã QR trên giấy hẹn vào dưới máy quét. Máy sẽ tự tìm hồ sơ của bạn.',
  kioskDossierTile: 'Xem hồ sơ của tôi',
  kioskDossierTileHint: 'Hồ sơ đã nộp đang được giải quyết đến đâu',
  kioskProceduresTile: 'Tìm hiểu thủ tục',
  kioskProceduresTileHint: 'Cần giấy tờ gì, nộp ở đâu, bao lâu có kết quả',
  kioskStart: 'Về màn hình đầu',
  kioskDossierTitle: 'Xem hồ sơ của tôi',
  kioskTypeHint: 'Không quét được? Gõ mã hồ sơ in trên giấy hẹn, rồi bấm nút “Tra cứu”. Cần giúp, mời hỏi cán bộ tại quầy.',
  kioskSectors: 'Chọn lĩnh vực bạn cần',
  kioskOtherSector: 'Chọn lĩnh vực khác',
  kioskBackToList: 'Quay lại danh sách thủ tục',
  kioskSectorsLoading: 'Đang tải danh sách lĩnh vực…',
  kioskSectorsFailed: 'Chưa tải được danh sách lĩnh vực. Mời hỏi cán bộ tại quầy.',
  kioskHelp: 'Cần giúp đỡ? Mời hỏi cán bộ tại quầy.',
  kioskNotACode: 'Mã vừa quét không phải mã hồ sơ. Mời quét mã trên giấy hẹn trả kết quả.',
  kioskCountdown: 'Màn hình sẽ tự xoá sau {seconds} giây để giữ kín thông tin của bạn.',
  kioskCountdownSaid: 'Không thấy bạn dùng máy. Màn hình sắp tự xoá. Chạm vào màn hình nếu bạn vẫn đang xem.',
  kioskStay: 'Tôi vẫn đang xem',
  kioskDone: 'Xong, xoá màn hình',
};

export type KioskStringKey = keyof typeof kioskStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'hall-kiosk': typeof kioskStrings;
  }
}
