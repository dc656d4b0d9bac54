/** The words of <motcua-office-stats> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import { notConfigured, retry } from '../../internal/shared.strings.js';

export const statsStrings = {
  notConfigured,
  retry,
  statsTitle: 'Tình hình giải quyết hồ sơ',
  statsPeriod: 'Kỳ',
  periodMonth: 'Tháng này',
  periodLastMonth: 'Tháng trước',
  periodQuarter: 'Quý này',
  periodYear: 'Năm nay',
  periodCustom: 'Khoảng thời gian khác',
  statsFrom: 'Từ ngày',
  statsTo: 'Đến ngày',
  statsGroupBy: 'Theo',
  groupAgency: 'Cơ quan',
  groupSector: 'Lĩnh vực',
  groupMonth: 'Tháng',
  groupOther: 'Khác',
  statsReceived: 'Tiếp nhận',
  statsFinished: 'Đã giải quyết',
  statsOnTime: 'Đúng hạn',
  statsLate: 'Trễ hạn',
  statsInProgress: 'Đang giải quyết',
  statsOverdue: 'Đang quá hạn',
  statsOther: 'Khác',
  statsOtherNote:
    'Khác: hồ sơ không được tiếp nhận, đã rút, dừng xử lý, hoặc đã xong nhưng không có ngày hẹn để tính đúng hạn. Tiếp nhận = Đúng hạn + Trễ hạn + Đang giải quyết + Khác.',
  statsTotal: 'Tổng cộng',
  statsRate: 'Tỷ lệ đúng hạn',
  statsNoRate: 'chưa có',
  statsChart: 'Biểu đồ: hồ sơ đúng hạn, trễ hạn và đang giải quyết theo {group}',
  statsTable: 'Số liệu {from} – {to}',
  statsEmpty: 'Không có hồ sơ nào được tiếp nhận trong kỳ này.',
  statsLoading: 'Đang tải số liệu…',
  statsFailed: 'Chưa tải được số liệu. {message}',
  statsUnsupported: 'Hệ thống một cửa này chưa cung cấp số liệu thống kê.',
  statsCsv: 'Tải về (CSV)',
  statsPrint: 'In',
  statsBadRange: 'Ngày bắt đầu phải trước ngày kết thúc.',
};

export type StatsStringKey = keyof typeof statsStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'office-stats': typeof statsStrings;
  }
}
