/** The words of <motcua-barcode-scanner>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { codeInvalid, retry, scannerTitle } from '../../internal/shared.strings.js';

export const scannerStrings = {
  codeInvalid,
  retry,
  scannerTitle,
  scanHint: { vi: 'Đưa mã vạch hoặc mã QR trên giấy hẹn vào trong khung.', en: 'Hold the barcode or QR code on the receipt inside the frame.' },
  scanStarting: { vi: 'Đang mở camera…', en: 'Opening the camera…' },
  scanFound: { vi: 'Đã đọc được mã hồ sơ {code}.', en: 'Read dossier code {code}.' },
  scanRead: { vi: 'Đã đọc được mã: {text}', en: 'Read: {text}' },
  scanNotDossier: { vi: 'Đã đọc được một mã nhưng đó không phải mã hồ sơ. Hãy đưa mã trên giấy hẹn vào khung.', en: 'A code was read, but it is not a dossier code. Hold the code on the receipt inside the frame.' },
  cameraOff: { vi: 'Camera đang tắt.', en: 'The camera is off.' },
  cameraInsecure: { vi: 'Trình duyệt chỉ cho dùng camera trên trang an toàn (địa chỉ bắt đầu bằng https). Hãy chụp hoặc chọn ảnh giấy hẹn, hoặc nhập mã ở dưới.', en: 'Browsers allow the camera only on secure pages (addresses starting with https). Take or choose a photo of the receipt, or type the code below.' },
  cameraUnsupported: { vi: 'Trình duyệt này không mở được camera. Hãy chụp hoặc chọn ảnh giấy hẹn, hoặc nhập mã ở dưới.', en: 'This browser cannot open the camera. Take or choose a photo of the receipt, or type the code below.' },
  cameraDenied: { vi: 'Trang chưa được phép dùng camera. Hãy cho phép camera trong cài đặt của trình duyệt rồi bấm “Thử lại”, hoặc chọn ảnh giấy hẹn, hoặc nhập mã ở dưới.', en: 'This page may not use the camera. Allow the camera in the browser settings and press “Try again”, or choose a photo, or type the code below.' },
  cameraNone: { vi: 'Không tìm thấy camera trên thiết bị này. Hãy chọn ảnh giấy hẹn hoặc nhập mã ở dưới.', en: 'No camera was found on this device. Choose a photo of the receipt or type the code below.' },
  cameraBusy: { vi: 'Camera đang được một ứng dụng khác dùng. Hãy đóng ứng dụng đó rồi bấm “Thử lại”, hoặc chọn ảnh, hoặc nhập mã ở dưới.', en: 'Another app is using the camera. Close it and press “Try again”, or choose a photo, or type the code below.' },
  cameraEnded: { vi: 'Camera đã ngừng. Bấm “Thử lại” để mở lại, hoặc chọn ảnh, hoặc nhập mã ở dưới.', en: 'The camera stopped. Press “Try again” to reopen it, or choose a photo, or type the code below.' },
  cameraFailed: { vi: 'Không mở được camera. Bấm “Thử lại”, hoặc chọn ảnh, hoặc nhập mã ở dưới.', en: 'The camera could not be opened. Press “Try again”, or choose a photo, or type the code below.' },
  startCamera: { vi: 'Mở camera', en: 'Open the camera' },
  stopCamera: { vi: 'Tắt camera', en: 'Turn the camera off' },
  switchCamera: { vi: 'Đổi camera', en: 'Switch camera' },
  torch: { vi: 'Đèn', en: 'Torch' },
  zoom: { vi: 'Phóng to', en: 'Zoom' },
  photoButton: { vi: 'Chụp hoặc chọn ảnh giấy hẹn', en: 'Take or choose a photo of the receipt' },
  photoReading: { vi: 'Đang đọc mã trong ảnh…', en: 'Reading the code in the photo…' },
  photoNoCode: { vi: 'Không thấy mã vạch nào trong ảnh. Hãy chụp lại gần hơn, đủ sáng và không bị lóa, hoặc nhập mã ở dưới.', en: 'No barcode was found in the photo. Take it again closer, in good light and without glare, or type the code below.' },
  typeCodeLabel: { vi: 'Hoặc nhập mã hồ sơ', en: 'Or type the dossier code' },
  useCode: { vi: 'Dùng mã này', en: 'Use this code' },
};

export type ScannerStringKey = keyof typeof scannerStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'barcode-scanner': typeof scannerStrings;
  }
}
