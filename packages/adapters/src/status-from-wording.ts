/**
 * A backend's own status wording → the nearest national code (1–10). For backends whose
 * status ids vary by deployment (iGate) or that send words of their own: an unknown status
 * must not fail a citizen's lookup, and the national vocabulary is what every view, filter
 * and statistic speaks. The backend's words are kept beside it (`statusLabel`).
 */
import { foldVietnamese } from '@motcua/core';
import en from '@motcua/core/locales/en';
import { DOSSIER_STATUSES, type DossierStatusCode } from '@motcua/core/status';

/** Checked in order: the first that matches wins ("chờ trả kết quả" is 9 before "trả kết quả" is 10). */
const RULES: ReadonlyArray<[RegExp, DossierStatusCode]> = [
  [/bo sung/, 5],
  [/nghia vu tai chinh|thanh toan|nop phi|le phi/, 6],
  [/\brut\b|\bhuy\b/, 7],
  [/dung xu ly|tam dung|ngung xu ly/, 8],
  [/khong (duoc )?tiep nhan|tu choi/, 3],
  [/cho tra|co ket qua|xu ly xong|hoan thanh|cho nhan ket qua/, 9],
  [/da tra/, 10],
  [/tiep nhan/, 2],
  [/moi dang ky|cho tiep nhan|moi nop/, 1],
  [/xu ly|tham dinh|phe duyet|ky duyet|chuyen/, 4],
];

/** The national code a status label names or comes nearest to, or undefined when its words say nothing known. */
export function statusFromWords(label: string | undefined): DossierStatusCode | undefined {
  if (!label) return undefined;
  const folded = foldVietnamese(label).trim();
  const exact = Object.values(DOSSIER_STATUSES).find(
    (s) => foldVietnamese(s.label.vi) === folded || en[`status.${s.code}`].toLowerCase() === label.trim().toLowerCase(),
  );
  if (exact) return exact.code;
  return RULES.find(([words]) => words.test(folded))?.[1];
}

/** What a status nobody recognises is shown as: "in progress" — not final, never claiming a result. */
export const UNKNOWN_STATUS: DossierStatusCode = 4;
