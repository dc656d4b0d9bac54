/** Combining marks left behind by canonical decomposition: Vietnamese tones and vowel marks all live here. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds Vietnamese text for comparison: accepts NFC and NFD input and both tone-mark
 * placements (hoà / hòa), drops diacritics, maps đ/Đ to d (they do not decompose),
 * turns full-width forms into ASCII and lowercases.
 *
 * @example foldVietnamese('Giấy chứng nhận quyền sử dụng đất') // 'giay chung nhan quyen su dung dat'
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
