/** The words of <motcua-barcode-scanner> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import { codeInvalid, retry, scannerTitle } from '../../internal/shared.strings.js';

export const scannerStrings = {
  codeInvalid,
  retry,
  scannerTitle,
  scanHint: 'Đưa mã vạch hoặc mã QR trên giấy hẹn vào trong khung.',
  scanStarting: 'Đang mở camera…',
  scanFound: 'Đã đọc được mã hồ sơ {code}.',
  scanRead: 'Đã đọc được mã: {text}',
  scanNotDossier: 'Đã đọc được một mã nhưng đó không phải mã hồ sơ. Hãy đưa mã trên giấy hẹn vào khung.',
  cameraOff: 'Camera đang tắt.',
  cameraInsecure:
    'Trình duyệt chỉ cho dùng camera trên trang an toàn (địa chỉ bắt đầu bằng https). Hãy chụp hoặc chọn ảnh giấy hẹn, hoặc nhập mã ở dưới.',
  cameraUnsupported: 'Trình duyệt này không mở được camera. Hãy chụp hoặc chọn ảnh giấy hẹn, hoặc nhập mã ở dưới.',
  cameraDenied:
    'Trang chưa được phép dùng camera. Hãy cho phép camera trong cài đặt của trình duyệt rồi bấm “Thử lại”, hoặc chọn ảnh giấy hẹn, hoặc nhập mã ở dưới.',
  cameraNone: 'Không tìm thấy camera trên thiết bị này. Hãy chọn ảnh giấy hẹn hoặc nhập mã ở dưới.',
  cameraBusy: 'Camera đang được một ứng dụng khác dùng. Hãy đóng ứng dụng đó rồi bấm “Thử lại”, hoặc chọn ảnh, hoặc nhập mã ở dưới.',
  cameraEnded: 'Camera đã ngừng. Bấm “Thử lại” để mở lại, hoặc chọn ảnh, hoặc nhập mã ở dưới.',
  cameraFailed: 'Không mở được camera. Bấm “Thử lại”, hoặc chọn ảnh, hoặc nhập mã ở dưới.',
  startCamera: 'Mở camera',
  stopCamera: 'Tắt camera',
  switchCamera: 'Đổi camera',
  torch: 'Đèn',
  zoom: 'Phóng to',
  photoButton: 'Chụp hoặc chọn ảnh giấy hẹn',
  photoReading: 'Đang đọc mã trong ảnh…',
  photoNoCode: 'Không thấy mã vạch nào trong ảnh. Hãy chụp lại gần hơn, đủ sáng và không bị lóa, hoặc nhập mã ở dưới.',
  typeCodeLabel: 'Hoặc nhập mã hồ sơ',
  useCode: 'Dùng mã này',
};

export type ScannerStringKey = keyof typeof scannerStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'barcode-scanner': typeof scannerStrings;
  }
}
