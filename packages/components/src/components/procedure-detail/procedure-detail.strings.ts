/** The words of <motcua-procedure-detail>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { retry, notConfigured, levelCommune, levelDistrict, levelProvince, onlineFull, onlinePartial, onlineNone, sector, online, storedCopy } from '../../internal/shared.strings.js';

export const detailStrings = {
  retry,
  storedCopy,
  notConfigured,
  levelCommune,
  levelDistrict,
  levelProvince,
  onlineFull,
  onlinePartial,
  onlineNone,
  backToResults: { vi: 'Quay lại kết quả tìm kiếm', en: 'Back to the search results' },
  procedureCode: { vi: 'Mã thủ tục', en: 'Procedure code' },
  sector,
  levels: { vi: 'Cấp thực hiện', en: 'Level' },
  online,
  onlineLink: { vi: 'Nộp hồ sơ trực tuyến', en: 'Apply online' },
  documents: { vi: 'Hồ sơ cần chuẩn bị', en: 'Documents to bring' },
  originals: { vi: '{count} bản chính', en: '{count} {count:original|originals}' },
  copies: { vi: '{count} bản sao', en: '{count} {count:copy|copies}' },
  form: { vi: 'Mẫu đơn', en: 'Form' },
  fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  free: { vi: 'Không mất phí', en: 'Free of charge' },
  time: { vi: 'Thời gian giải quyết', en: 'Processing time' },
  workingDays: { vi: '{count} ngày làm việc', en: '{count} working {count:day|days}' },
  days: { vi: '{count} ngày', en: '{count} {count:day|days}' },
  hours: { vi: '{count} giờ', en: '{count} {count:hour|hours}' },
  months: { vi: '{count} tháng', en: '{count} {count:month|months}' },
  sameDay: { vi: 'Trong ngày', en: 'Same day' },
  where: { vi: 'Nơi nộp hồ sơ', en: 'Where to apply' },
  procedureSteps: { vi: 'Các bước thực hiện', en: 'Steps' },
  conditions: { vi: 'Điều kiện', en: 'Conditions' },
  legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  result: { vi: 'Kết quả', en: 'Result' },
  print: { vi: 'In trang này', en: 'Print this page' },
  loadingProcedure: { vi: 'Đang tải thủ tục…', en: 'Loading the procedure…' },
};

export type DetailStringKey = keyof typeof detailStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'procedure-detail': typeof detailStrings;
  }
}
