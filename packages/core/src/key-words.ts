/** The words for each kind of key (key-kind.ts), in Vietnamese (other languages: locales/): the elements' and the gateway's no-JS page's. */
import { INVALID_KEY_MESSAGE, KEY_NEEDED_MESSAGE, WRONG_KEY_MESSAGE } from './errors.js';
import type { KeyKind } from './key-kind.js';
import { localizedAll, type LocalizedText } from './language.js';

interface KeyWords {
  /** The field's label (the key is optional: without it the status still shows). */
  label: LocalizedText;
  /** The label once the office has said it shows a dossier only with the key: no "optional". */
  required: LocalizedText;
  /** Under the field: where to find it. */
  hint: LocalizedText;
  /** Typed in the wrong shape (before any request). */
  invalid: LocalizedText;
  /** Refused by the office. */
  wrong: LocalizedText;
  /** The office answers only with it, and none was typed. */
  needed: LocalizedText;
}

/** The words for each kind; shared by the elements and the gateway's no-JS page. */
export const KEY_WORDS: Record<KeyKind, KeyWords> = {
  receipt: {
    ...localizedAll('key.receipt', {
      label: 'Mã tra cứu (không bắt buộc)',
      required: 'Mã tra cứu',
      hint: 'Mã in trên giấy hẹn, dưới mã hồ sơ, để xem chi tiết quá trình xử lý',
    }),
    invalid: INVALID_KEY_MESSAGE,
    wrong: WRONG_KEY_MESSAGE,
    needed: KEY_NEEDED_MESSAGE,
  },
  'id-number': localizedAll('key.id-number', {
    label: 'Số định danh cá nhân của người nộp (không bắt buộc)',
    required: 'Số định danh cá nhân của người nộp',
    hint: '12 chữ số trên thẻ căn cước (CCCD) của người đứng tên hồ sơ, để xem chi tiết quá trình xử lý',
    invalid: 'Số định danh gồm 12 chữ số (hoặc 9 chữ số trên chứng minh nhân dân cũ).',
    wrong: 'Số định danh không khớp với hồ sơ. Vui lòng nhập số định danh cá nhân của người đứng tên hồ sơ.',
    needed:
      'Cơ quan này chỉ cho tra cứu hồ sơ khi có số định danh cá nhân của người nộp. Vui lòng nhập số định danh (12 chữ số trên CCCD).',
  }),
  phone: localizedAll('key.phone', {
    label: 'Số điện thoại đã khai khi nộp (không bắt buộc)',
    required: 'Số điện thoại đã khai khi nộp',
    hint: 'Số điện thoại bạn ghi trong hồ sơ, để xem chi tiết quá trình xử lý',
    invalid: 'Số điện thoại gồm 10 chữ số (11 với máy bàn), bắt đầu bằng số 0.',
    wrong: 'Số điện thoại không khớp với hồ sơ. Vui lòng nhập số điện thoại đã khai khi nộp hồ sơ.',
    needed: 'Cơ quan này chỉ cho tra cứu hồ sơ khi có số điện thoại đã khai khi nộp. Vui lòng nhập số điện thoại đó.',
  }),
};

/** Under a status shown without the key: what to type (a constant of its own: the status view needs only these). */
export const RESTRICTED_WORDS: Record<KeyKind, LocalizedText> = localizedAll('restricted', {
  receipt: 'Để xem chi tiết quá trình xử lý, hãy nhập mã tra cứu in trên giấy hẹn.',
  'id-number': 'Để xem chi tiết quá trình xử lý, hãy nhập số định danh cá nhân (CCCD) của người đứng tên hồ sơ.',
  phone: 'Để xem chi tiết quá trình xử lý, hãy nhập số điện thoại đã khai khi nộp hồ sơ.',
});
