/** The words of <motcua-office-stats>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { notConfigured, retry } from '../../internal/shared.strings.js';

export const statsStrings = {
  notConfigured,
  retry,
  statsTitle: { vi: 'Tình hình giải quyết hồ sơ', en: 'Dossiers handled' },
  statsPeriod: { vi: 'Kỳ', en: 'Period' },
  periodMonth: { vi: 'Tháng này', en: 'This month' },
  periodLastMonth: { vi: 'Tháng trước', en: 'Last month' },
  periodQuarter: { vi: 'Quý này', en: 'This quarter' },
  periodYear: { vi: 'Năm nay', en: 'This year' },
  periodCustom: { vi: 'Khoảng thời gian khác', en: 'Another period' },
  statsFrom: { vi: 'Từ ngày', en: 'From' },
  statsTo: { vi: 'Đến ngày', en: 'To' },
  statsGroupBy: { vi: 'Theo', en: 'By' },
  groupAgency: { vi: 'Cơ quan', en: 'Agency' },
  groupSector: { vi: 'Lĩnh vực', en: 'Sector' },
  groupMonth: { vi: 'Tháng', en: 'Month' },
  groupOther: { vi: 'Khác', en: 'Other' },
  statsReceived: { vi: 'Tiếp nhận', en: 'Received' },
  statsFinished: { vi: 'Đã giải quyết', en: 'Finished' },
  statsOnTime: { vi: 'Đúng hạn', en: 'On time' },
  statsLate: { vi: 'Trễ hạn', en: 'Late' },
  statsInProgress: { vi: 'Đang giải quyết', en: 'In progress' },
  statsOverdue: { vi: 'Đang quá hạn', en: 'Overdue' },
  statsOther: { vi: 'Khác', en: 'Other' },
  statsOtherNote: {
    vi: 'Khác: hồ sơ không được tiếp nhận, đã rút, dừng xử lý, hoặc đã xong nhưng không có ngày hẹn để tính đúng hạn. Tiếp nhận = Đúng hạn + Trễ hạn + Đang giải quyết + Khác.',
    en: 'Other: dossiers not accepted, withdrawn, stopped, or finished without a due date to judge them by. Received = On time + Late + In progress + Other.',
  },
  statsRate: { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  statsNoRate: { vi: 'chưa có', en: 'none yet' },
  statsChart: { vi: 'Biểu đồ: hồ sơ đúng hạn, trễ hạn và đang giải quyết theo {group}', en: 'Chart: dossiers on time, late and in progress by {group}' },
  statsTable: { vi: 'Số liệu {from} – {to}', en: 'Figures {from} – {to}' },
  statsEmpty: { vi: 'Không có hồ sơ nào được tiếp nhận trong kỳ này.', en: 'No dossier was received in this period.' },
  statsLoading: { vi: 'Đang tải số liệu…', en: 'Loading the figures…' },
  statsFailed: { vi: 'Chưa tải được số liệu. {message}', en: 'The figures could not be loaded. {message}' },
  statsUnsupported: { vi: 'Hệ thống một cửa này chưa cung cấp số liệu thống kê.', en: 'This one-stop system does not publish statistics yet.' },
  statsCsv: { vi: 'Tải về (CSV)', en: 'Download (CSV)' },
  statsPrint: { vi: 'In', en: 'Print' },
  statsBadRange: { vi: 'Ngày bắt đầu phải trước ngày kết thúc.', en: 'The first day must come before the last.' },
};

export type StatsStringKey = keyof typeof statsStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'office-stats': typeof statsStrings;
  }
}
