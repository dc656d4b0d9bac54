/** The national dossier status vocabulary (`TrangThaiHoSo`, 1–10) with labels and a coarse phase. */
export const DOSSIER_STATUS_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type DossierStatusCode = (typeof DOSSIER_STATUS_CODES)[number];

/** Where a dossier stands, coarser than the status code: what a citizen needs to know first. */
export type DossierPhase =
  | 'submitted'
  | 'accepted'
  | 'refused'
  | 'in-progress'
  | 'awaiting-applicant'
  | 'done'
  | 'returned'
  | 'withdrawn'
  | 'stopped';

export interface DossierStatusInfo {
  code: DossierStatusCode;
  phase: DossierPhase;
  /** The national label (vi) and its English rendering. */
  label: { vi: string; en: string };
  /** No further processing will happen. */
  final: boolean;
  /** What the applicant has to do, when the office waits on them. */
  applicantAction?: 'supplement' | 'payment';
}

const info = (
  code: DossierStatusCode,
  phase: DossierPhase,
  vi: string,
  en: string,
  final = false,
  applicantAction?: DossierStatusInfo['applicantAction'],
): DossierStatusInfo => (applicantAction ? { code, phase, label: { vi, en }, final, applicantAction } : { code, phase, label: { vi, en }, final });

export const DOSSIER_STATUSES: Readonly<Record<DossierStatusCode, DossierStatusInfo>> = {
  1: info(1, 'submitted', 'Mới đăng ký', 'Newly submitted'),
  2: info(2, 'accepted', 'Được tiếp nhận', 'Accepted'),
  3: info(3, 'refused', 'Không được tiếp nhận', 'Not accepted', true),
  4: info(4, 'in-progress', 'Đang xử lý', 'In progress'),
  5: info(5, 'awaiting-applicant', 'Yêu cầu bổ sung giấy tờ', 'More documents requested', false, 'supplement'),
  6: info(6, 'awaiting-applicant', 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Payment of fees or taxes required', false, 'payment'),
  7: info(7, 'withdrawn', 'Công dân yêu cầu rút hồ sơ', 'Withdrawn by the applicant', true),
  8: info(8, 'stopped', 'Dừng xử lý', 'Processing stopped', true),
  9: info(9, 'done', 'Đã xử lý xong', 'Processed, result ready for pickup'),
  10: info(10, 'returned', 'Đã trả kết quả', 'Result returned', true),
};

export function isDossierStatusCode(value: unknown): value is DossierStatusCode {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;
}

/** Status label, phase and applicant action for a national status code. */
export function dossierStatus(code: DossierStatusCode): DossierStatusInfo {
  return DOSSIER_STATUSES[code];
}
