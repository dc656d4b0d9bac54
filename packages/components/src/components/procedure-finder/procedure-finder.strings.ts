/** The words of <motcua-procedure-finder>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { retry, notConfigured, levelCommune, levelDistrict, levelProvince, onlineFull, onlinePartial, onlineNone, sector, online, storedCopy } from '../../internal/shared.strings.js';

export const finderStrings = {
  retry,
  storedCopy,
  notConfigured,
  levelCommune,
  levelDistrict,
  levelProvince,
  finderLabel: { vi: 'Tìm thủ tục hành chính', en: 'Find a procedure' },
  finderPlaceholder: { vi: 'Ví dụ: sổ đỏ, hộ khẩu, bằng lái, khai sinh', en: 'e.g. land certificate, residence, driving licence, birth' },
  filterSector: { vi: 'Lĩnh vực', en: 'Sector' },
  filterLevel: { vi: 'Cấp thực hiện', en: 'Level' },
  filterOnline: { vi: 'Nộp trực tuyến', en: 'Online' },
  allSectors: { vi: 'Tất cả lĩnh vực', en: 'All sectors' },
  allLevels: { vi: 'Tất cả các cấp', en: 'All levels' },
  anyOnline: { vi: 'Tất cả', en: 'Any' },
  onlineFull,
  onlinePartial,
  onlineNone,
  resultsCount: { vi: 'Tìm thấy {count} thủ tục', en: '{count} {count:procedure|procedures} found' },
  noResults: { vi: 'Không tìm thấy thủ tục phù hợp với “{query}”. Hãy thử từ khác, ví dụ “khai sinh”, “sổ đỏ”.', en: 'No procedure matches “{query}”. Try other words.' },
  searching: { vi: 'Đang tìm…', en: 'Searching…' },
  searchFailed: { vi: 'Chưa tìm được. {message}', en: 'The search did not work. {message}' },
  searchOffline: {
    vi: 'Bạn đang ngoại tuyến: chỉ xem lại được những tìm kiếm và thủ tục đã mở khi có mạng. Hãy thử lại khi có kết nối.',
    en: 'You are offline: only searches and procedures opened before can be shown. Try again when you are connected.',
  },
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
