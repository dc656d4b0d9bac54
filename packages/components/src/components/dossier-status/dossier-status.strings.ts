/** The words of <motcua-dossier-status>, Vietnamese first; a portal overrides any with `registerStrings()`. */
import { RESTRICTED_WORDS } from '@motcua/core';
import { received, appointment, levelCommune, levelDistrict, levelProvince } from '../../internal/shared.strings.js';

export const statusStrings = {
  received,
  appointment,
  // After a supplement request: the date the office moved the result to.
  newAppointment: { vi: 'Hẹn trả kết quả mới', en: 'New result date' },
  completed: { vi: 'Ngày giải quyết xong', en: 'Processed' },
  returned: { vi: 'Ngày trả kết quả', en: 'Result returned' },
  agency: { vi: 'Nơi tiếp nhận', en: 'Received by' },
  applicant: { vi: 'Người nộp', en: 'Applicant' },
  officeStatus: { vi: 'Trạng thái tại cơ quan', en: "The office's status" },
  delivery: { vi: 'Nhận kết quả', en: 'Result handed over' },
  deliveryInPerson: { vi: 'Tại Bộ phận một cửa', en: 'At the one-stop desk' },
  deliveryPostal: { vi: 'Qua bưu chính', en: 'By post' },
  onTime: { vi: 'Đúng hạn — còn {days} ngày', en: 'On time — {days} {days:day|days} left' },
  dueToday: { vi: 'Đến hạn hôm nay', en: 'Due today' },
  dueSoon: { vi: 'Sắp đến hạn — còn {days} ngày', en: 'Due soon — {days} {days:day|days} left' },
  overdue: { vi: 'Quá hạn {days} ngày', en: 'Overdue by {days} {days:day|days}' },
  doneOnTime: { vi: 'Đã giải quyết đúng hạn', en: 'Processed on time' },
  doneLate: { vi: 'Giải quyết trễ {days} ngày', en: 'Processed {days} {days:day|days} late' },
  phaseSubmitted: { vi: 'Hồ sơ đã được gửi và đang chờ cán bộ tiếp nhận.', en: 'Your dossier was sent and is waiting to be accepted.' },
  phaseAccepted: { vi: 'Hồ sơ đã được tiếp nhận và sẽ được chuyển xử lý.', en: 'Your dossier was accepted and will be processed.' },
  phaseRefused: { vi: 'Hồ sơ không được tiếp nhận.', en: 'Your dossier was not accepted.' },
  phaseInProgress: { vi: 'Hồ sơ đang được xử lý.', en: 'Your dossier is being processed.' },
  phaseSupplement: { vi: 'Cơ quan cần bạn bổ sung giấy tờ.', en: 'The office needs more documents from you.' },
  phasePayment: { vi: 'Bạn cần nộp phí, lệ phí hoặc thuế để hồ sơ được xử lý tiếp.', en: 'You need to pay fees or taxes before processing continues.' },
  phaseWithdrawn: { vi: 'Hồ sơ đã được rút theo đề nghị của người nộp.', en: 'The dossier was withdrawn at your request.' },
  phaseStopped: { vi: 'Hồ sơ đã dừng xử lý.', en: 'Processing has stopped.' },
  phaseDone: { vi: 'Đã có kết quả. Bạn có thể đến nhận theo giấy hẹn.', en: 'The result is ready. You can collect it as your receipt says.' },
  phaseReturned: { vi: 'Kết quả đã được trả.', en: 'The result has been returned.' },
  bring: { vi: 'Cần mang bổ sung', en: 'Please bring' },
  pay: { vi: 'Cần nộp', en: 'To pay' },
  results: { vi: 'Kết quả', en: 'Results' },
  steps: { vi: 'Quá trình xử lý', en: 'Processing steps' },
  stepDone: { vi: 'Đã xong', en: 'Done' },
  stepInProgress: { vi: 'Đang xử lý', en: 'In progress' },
  stepPending: { vi: 'Chưa đến lượt', en: 'Not started' },
  stepLate: { vi: 'Trễ hạn {days} ngày', en: '{days} {days:day|days} late' },
  stepOverdue: { vi: 'Quá hạn {days} ngày', en: 'Overdue by {days} {days:day|days}' },
  handler: { vi: 'Người xử lý', en: 'Handled by' },
  started: { vi: 'Bắt đầu', en: 'Started' },
  due: { vi: 'Hạn', en: 'Due' },
  finished: { vi: 'Xong', en: 'Finished' },
  levelCommune,
  levelDistrict,
  levelProvince,
  // Under a status shown without the key: what to type, by the key the office checks (Dossier.keyKind).
  restricted: RESTRICTED_WORDS.receipt,
  restrictedIdNumber: RESTRICTED_WORDS['id-number'],
  restrictedPhone: RESTRICTED_WORDS.phone,
  supplementWhat: { vi: 'Giấy tờ cần bổ sung được ghi trong phần chi tiết của hồ sơ.', en: 'The documents to bring are listed in the dossier’s details.' },
  supplementAsk: { vi: 'Vui lòng liên hệ Bộ phận một cửa để biết cần bổ sung giấy tờ gì.', en: 'Please ask the one-stop desk which documents to bring.' },
  note: { vi: 'Ghi chú', en: 'Note' },
};

export type StatusStringKey = keyof typeof statusStrings;

// This element's words join the page-wide table of keys `registerStrings()` accepts.
declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-status': typeof statusStrings;
  }
}
