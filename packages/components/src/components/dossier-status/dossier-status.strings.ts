/** The words of <motcua-dossier-status> in Vietnamese (every other language: src/locales/<lang>.ts); a portal overrides any with `registerStrings()`. */
import { RESTRICTED_WORDS } from '@motcua/core';
import { TIMELINESS_WORDS } from '@motcua/core/status';
import { received, appointment, levelCommune, levelDistrict, levelProvince, money } from '../../internal/shared.strings.js';

export const statusStrings = {
  received,
  money,
  appointment,
  // After a supplement request: the date the office moved the result to.
  newAppointment: 'Hẹn trả kết quả mới',
  completed: 'Ngày giải quyết xong',
  returned: 'Ngày trả kết quả',
  agency: 'Nơi tiếp nhận',
  applicant: 'Người nộp',
  officeStatus: 'Trạng thái tại cơ quan',
  delivery: 'Nhận kết quả',
  deliveryInPerson: 'Tại Bộ phận một cửa',
  deliveryPostal: 'Qua bưu chính',
  // The core's words (the gateway's pages say the same), under the element's own keys.
  onTime: TIMELINESS_WORDS['on-time'],
  dueToday: TIMELINESS_WORDS['due-today'],
  dueSoon: TIMELINESS_WORDS['due-soon'],
  overdue: TIMELINESS_WORDS.overdue,
  doneOnTime: TIMELINESS_WORDS['done-on-time'],
  doneLate: TIMELINESS_WORDS['done-late'],
  phaseSubmitted: 'Hồ sơ đã được gửi và đang chờ cán bộ tiếp nhận.',
  phaseAccepted: 'Hồ sơ đã được tiếp nhận và sẽ được chuyển xử lý.',
  phaseRefused: 'Hồ sơ không được tiếp nhận.',
  phaseInProgress: 'Hồ sơ đang được xử lý.',
  phaseSupplement: 'Cơ quan cần bạn bổ sung giấy tờ.',
  phasePayment: 'Bạn cần nộp phí, lệ phí hoặc thuế để hồ sơ được xử lý tiếp.',
  phaseWithdrawn: 'Hồ sơ đã được rút theo đề nghị của người nộp.',
  phaseStopped: 'Hồ sơ đã dừng xử lý.',
  phaseDone: 'Đã có kết quả. Bạn có thể đến nhận theo giấy hẹn.',
  phaseReturned: 'Kết quả đã được trả.',
  bring: 'Cần mang bổ sung',
  pay: 'Cần nộp',
  results: 'Kết quả',
  steps: 'Quá trình xử lý',
  stepDone: 'Đã xong',
  stepInProgress: 'Đang xử lý',
  stepPending: 'Chưa đến lượt',
  stepLate: 'Trễ hạn {days} ngày',
  stepOverdue: 'Quá hạn {days} ngày',
  handler: 'Người xử lý',
  started: 'Bắt đầu',
  due: 'Hạn',
  finished: 'Xong',
  levelCommune,
  levelDistrict,
  levelProvince,
  // Under a status shown without the key: what to type, by the key the office checks (Dossier.keyKind).
  restricted: RESTRICTED_WORDS.receipt,
  restrictedIdNumber: RESTRICTED_WORDS['id-number'],
  restrictedPhone: RESTRICTED_WORDS.phone,
  supplementWhat: 'Giấy tờ cần bổ sung được ghi trong phần chi tiết của hồ sơ.',
  supplementAsk: 'Vui lòng liên hệ Bộ phận một cửa để biết cần bổ sung giấy tờ gì.',
  note: 'Ghi chú',
};

export type StatusStringKey = keyof typeof statusStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-status': typeof statusStrings;
  }
}
