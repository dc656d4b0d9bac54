/** The national dossier status vocabulary (`TrangThaiHoSo`, 1–10) with labels and a coarse phase. */
import type { KeyedText } from '../language.js';

export const DOSSIER_STATUS_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type DossierStatusCode = (typeof DOSSIER_STATUS_CODES)[number];

/** Where a dossier stands, coarser than the status code: what a citizen needs to know first. */
export type DossierPhase =
  'submitted' | 'accepted' | 'refused' | 'in-progress' | 'awaiting-applicant' | 'done' | 'returned' | 'withdrawn' | 'stopped';

export interface DossierStatusInfo {
  code: DossierStatusCode;
  phase: DossierPhase;
  /** The national label (`vi`); every language through `textIn(label, lang)`. */
  label: KeyedText;
  /** No further processing will happen. */
  final: boolean;
  /** What the applicant has to do, when the office waits on them. */
  applicantAction?: 'supplement' | 'payment';
}

const info = (
  code: DossierStatusCode,
  phase: DossierPhase,
  vi: string,
  final = false,
  applicantAction?: DossierStatusInfo['applicantAction'],
): DossierStatusInfo => {
  // Its key only, no registry: the status table stays a module of its own, without imports.
  const label = { key: `status.${code}`, vi };
  return applicantAction ? { code, phase, label, final, applicantAction } : { code, phase, label, final };
};

export const DOSSIER_STATUSES: Readonly<Record<DossierStatusCode, DossierStatusInfo>> = {
  1: info(1, 'submitted', 'Mới đăng ký'),
  2: info(2, 'accepted', 'Được tiếp nhận'),
  3: info(3, 'refused', 'Không được tiếp nhận', true),
  4: info(4, 'in-progress', 'Đang xử lý'),
  5: info(5, 'awaiting-applicant', 'Yêu cầu bổ sung giấy tờ', false, 'supplement'),
  6: info(6, 'awaiting-applicant', 'Yêu cầu thực hiện nghĩa vụ tài chính', false, 'payment'),
  7: info(7, 'withdrawn', 'Công dân yêu cầu rút hồ sơ', true),
  8: info(8, 'stopped', 'Dừng xử lý', true),
  9: info(9, 'done', 'Đã xử lý xong'),
  10: info(10, 'returned', 'Đã trả kết quả', true),
};

export function isDossierStatusCode(value: unknown): value is DossierStatusCode {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;
}

/** Status label, phase and applicant action for a national status code. */
export function dossierStatus(code: DossierStatusCode): DossierStatusInfo {
  return DOSSIER_STATUSES[code];
}
