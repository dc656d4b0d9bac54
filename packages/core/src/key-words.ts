/** The words for each kind of key (key-kind.ts), Vietnamese first: the elements' and the gateway's no-JS page's. */
import { INVALID_KEY_MESSAGE, KEY_NEEDED_MESSAGE, WRONG_KEY_MESSAGE, type LocalizedText } from './errors.js';
import type { KeyKind } from './key-kind.js';

interface KeyWords {
  /** The field's label (the key is optional: without it the status still shows). */
  label: LocalizedText;
  /** Under the field: where to find it. */
  hint: LocalizedText;
  /** Typed in the wrong shape (before any request). */
  invalid: LocalizedText;
  /** Refused by the office. */
  wrong: LocalizedText;
  /** The office answers only with it, and none was typed. */
  needed: LocalizedText;
}

/** The words for each kind, Vietnamese first; shared by the elements and the gateway's no-JS page. */
export const KEY_WORDS: Record<KeyKind, KeyWords> = {
  receipt: {
    label: { vi: 'Mã tra cứu (không bắt buộc)', en: 'Lookup key (optional)' },
    hint: { vi: 'Mã in trên giấy hẹn, dưới mã hồ sơ, để xem chi tiết quá trình xử lý', en: 'The key printed on your receipt under the code, to see the processing details' },
    invalid: INVALID_KEY_MESSAGE,
    wrong: WRONG_KEY_MESSAGE,
    needed: KEY_NEEDED_MESSAGE,
  },
  'id-number': {
    label: { vi: 'Số định danh cá nhân của người nộp (không bắt buộc)', en: "Applicant's personal ID number (optional)" },
    hint: { vi: '12 chữ số trên thẻ căn cước (CCCD) của người đứng tên hồ sơ, để xem chi tiết quá trình xử lý', en: "The 12 digits on the applicant's citizen ID card (CCCD), to see the processing details" },
    invalid: { vi: 'Số định danh gồm 12 chữ số (hoặc 9 chữ số trên chứng minh nhân dân cũ).', en: 'A personal ID number has 12 digits (or 9 on an old identity card).' },
    wrong: {
      vi: 'Số định danh không khớp với hồ sơ. Vui lòng nhập số định danh cá nhân của người đứng tên hồ sơ.',
      en: "The ID number does not match this dossier. Please enter the personal ID number of the dossier's applicant.",
    },
    needed: {
      vi: 'Cơ quan này chỉ cho tra cứu hồ sơ khi có số định danh cá nhân của người nộp. Vui lòng nhập số định danh (12 chữ số trên CCCD).',
      en: "This office shows a dossier only with the applicant's personal ID number. Please enter it (the 12 digits on the citizen ID card).",
    },
  },
  phone: {
    label: { vi: 'Số điện thoại đã khai khi nộp (không bắt buộc)', en: 'Phone number given with the dossier (optional)' },
    hint: { vi: 'Số điện thoại bạn ghi trong hồ sơ, để xem chi tiết quá trình xử lý', en: 'The phone number written in your dossier, to see the processing details' },
    invalid: { vi: 'Số điện thoại gồm 10 chữ số (11 với máy bàn), bắt đầu bằng số 0.', en: 'A phone number has 10 digits (11 for a landline) and starts with 0.' },
    wrong: { vi: 'Số điện thoại không khớp với hồ sơ. Vui lòng nhập số điện thoại đã khai khi nộp hồ sơ.', en: 'The phone number does not match this dossier. Please enter the number given with the dossier.' },
    needed: {
      vi: 'Cơ quan này chỉ cho tra cứu hồ sơ khi có số điện thoại đã khai khi nộp. Vui lòng nhập số điện thoại đó.',
      en: 'This office shows a dossier only with the phone number given with it. Please enter that number.',
    },
  },
};

/** Under a status shown without the key: what to type (a constant of its own: the status view needs only these). */
export const RESTRICTED_WORDS: Record<KeyKind, LocalizedText> = {
  receipt: { vi: 'Để xem chi tiết quá trình xử lý, hãy nhập mã tra cứu in trên giấy hẹn.', en: 'Enter the lookup key printed on your receipt to see the processing details.' },
  'id-number': { vi: 'Để xem chi tiết quá trình xử lý, hãy nhập số định danh cá nhân (CCCD) của người đứng tên hồ sơ.', en: "Enter the applicant's personal ID number (citizen ID card) to see the processing details." },
  phone: { vi: 'Để xem chi tiết quá trình xử lý, hãy nhập số điện thoại đã khai khi nộp hồ sơ.', en: 'Enter the phone number given with the dossier to see the processing details.' },
};
