/** The words of <motcua-procedure-finder> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
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
} from '../../internal/shared.strings.js';

export const finderStrings = {
  retry,
  storedCopy,
  notConfigured,
  levelCommune,
  levelDistrict,
  levelProvince,
  finderLabel: 'Tìm thủ tục hành chính',
  finderPlaceholder: 'Ví dụ: sổ đỏ, hộ khẩu, bằng lái, khai sinh',
  filterSector: 'Lĩnh vực',
  filterLevel: 'Cấp thực hiện',
  filterOnline: 'Nộp trực tuyến',
  allSectors: 'Tất cả lĩnh vực',
  allLevels: 'Tất cả các cấp',
  anyOnline: 'Tất cả',
  onlineFull,
  onlinePartial,
  onlineNone,
  resultsCount: 'Tìm thấy {count} thủ tục',
  noResults: 'Không tìm thấy thủ tục phù hợp với “{query}”. Hãy thử từ khác, ví dụ “khai sinh”, “sổ đỏ”.',
  searching: 'Đang tìm…',
  searchFailed: 'Chưa tìm được. {message}',
  searchOffline: 'Bạn đang ngoại tuyến: chỉ xem lại được những tìm kiếm và thủ tục đã mở khi có mạng. Hãy thử lại khi có kết nối.',
  sector,
  online,
};

export type FinderStringKey = keyof typeof finderStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'procedure-finder': typeof finderStrings;
  }
}
