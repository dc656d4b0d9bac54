/**
 * The words of <motcua-hall-kiosk>, Vietnamese first; a portal overrides any with
 * `registerStrings()`. Written for someone using a machine like this for the first time:
 * what to do, in everyday words, one step at a time.
 */
import { notConfigured } from '../../internal/shared.strings.js';

export const kioskStrings = {
  notConfigured,
  kioskTitle: { vi: 'Tra cứu hồ sơ và thủ tục hành chính', en: 'Look up your dossier or a procedure' },
  kioskScanTitle: { vi: 'Bạn có giấy hẹn trả kết quả?', en: 'Do you have a receipt?' },
  kioskScanHint: {
    vi: 'Đưa mã vạch hoặc mã QR trên giấy hẹn vào dưới máy quét. Máy sẽ tự tìm hồ sơ của bạn.',
    en: 'Hold the barcode or QR code on your receipt under the scanner. Your dossier will come up by itself.',
  },
  kioskDossierTile: { vi: 'Xem hồ sơ của tôi', en: 'My dossier' },
  kioskDossierTileHint: { vi: 'Hồ sơ đã nộp đang được giải quyết đến đâu', en: 'How far the dossier you handed in has got' },
  kioskProceduresTile: { vi: 'Tìm hiểu thủ tục', en: 'Procedures' },
  kioskProceduresTileHint: { vi: 'Cần giấy tờ gì, nộp ở đâu, bao lâu có kết quả', en: 'What to bring, where to hand it in, how long it takes' },
  kioskStart: { vi: 'Về màn hình đầu', en: 'Back to the start' },
  kioskDossierTitle: { vi: 'Xem hồ sơ của tôi', en: 'My dossier' },
  kioskTypeHint: {
    vi: 'Không quét được? Gõ mã hồ sơ in trên giấy hẹn, rồi bấm nút “Tra cứu”. Cần giúp, mời hỏi cán bộ tại quầy.',
    en: 'Cannot scan? Type the dossier code printed on your receipt, then press “Look up”. For help, please ask at the desk.',
  },
  kioskSectors: { vi: 'Chọn lĩnh vực bạn cần', en: 'Choose what your matter is about' },
  kioskOtherSector: { vi: 'Chọn lĩnh vực khác', en: 'Choose another' },
  kioskBackToList: { vi: 'Quay lại danh sách thủ tục', en: 'Back to the list' },
  kioskSectorsLoading: { vi: 'Đang tải danh sách lĩnh vực…', en: 'Loading…' },
  kioskSectorsFailed: { vi: 'Chưa tải được danh sách lĩnh vực. Mời hỏi cán bộ tại quầy.', en: 'The list could not be loaded. Please ask at the desk.' },
  kioskHelp: { vi: 'Cần giúp đỡ? Mời hỏi cán bộ tại quầy.', en: 'Need help? Please ask the staff at the desk.' },
  kioskNotACode: {
    vi: 'Mã vừa quét không phải mã hồ sơ. Mời quét mã trên giấy hẹn trả kết quả.',
    en: 'That was not a dossier code. Please scan the code on your receipt.',
  },
  kioskCountdown: {
    vi: 'Màn hình sẽ tự xoá sau {seconds} giây để giữ kín thông tin của bạn.',
    en: 'The screen will clear itself in {seconds} {seconds:second|seconds} to keep your details private.',
  },
  kioskCountdownSaid: {
    vi: 'Không thấy bạn dùng máy. Màn hình sắp tự xoá. Chạm vào màn hình nếu bạn vẫn đang xem.',
    en: 'No one seems to be using the screen. It will clear itself soon: touch the screen if you are still reading.',
  },
  kioskStay: { vi: 'Tôi vẫn đang xem', en: 'I am still reading' },
  kioskDone: { vi: 'Xong, xoá màn hình', en: 'Done, clear the screen' },
  kioskOtherLanguage: { vi: 'English', en: 'Tiếng Việt' },
};

export type KioskStringKey = keyof typeof kioskStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'hall-kiosk': typeof kioskStrings;
  }
}
