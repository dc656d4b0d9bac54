/** The words of <motcua-procedure-detail> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import {
  retry,
  notConfigured,
  levelCommune,
  levelDistrict,
  levelProvince,
  onlineFull,
  onlinePartial,
  onlineNone,
  sector,
  online,
  storedCopy,
  money,
} from '../../internal/shared.strings.js';

export const detailStrings = {
  retry,
  storedCopy,
  money,
  notConfigured,
  levelCommune,
  levelDistrict,
  levelProvince,
  onlineFull,
  onlinePartial,
  onlineNone,
  backToResults: 'Quay lại kết quả tìm kiếm',
  procedureCode: 'Mã thủ tục',
  sector,
  levels: 'Cấp thực hiện',
  online,
  onlineLink: 'Nộp hồ sơ trực tuyến',
  documents: 'Hồ sơ cần chuẩn bị',
  originals: '{count} bản chính',
  copies: '{count} bản sao',
  form: 'Mẫu đơn',
  fees: 'Phí, lệ phí',
  free: 'Không mất phí',
  time: 'Thời gian giải quyết',
  workingDays: '{count} ngày làm việc',
  days: '{count} ngày',
  hours: '{count} giờ',
  months: '{count} tháng',
  sameDay: 'Trong ngày',
  where: 'Nơi nộp hồ sơ',
  procedureSteps: 'Các bước thực hiện',
  conditions: 'Điều kiện',
  legalBasis: 'Căn cứ pháp lý',
  result: 'Kết quả',
  print: 'In trang này',
  loadingProcedure: 'Đang tải thủ tục…',
};

export type DetailStringKey = keyof typeof detailStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'procedure-detail': typeof detailStrings;
  }
}
