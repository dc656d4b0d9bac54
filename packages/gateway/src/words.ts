/**
 * The gateway's own words: the no-JavaScript /lookup page's, the portal page's answer, the
 * follow routes' refusals, a push's text. Vietnamese is written here; every other language is
 * one table of these keys (`gateway.<word>`) in locales/<lang>.ts, registered in languages.ts.
 * The core's words (status labels, timeliness, the key words, error messages) come from the
 * core's registry, in the same language — never copied here.
 */
import { localized, say, type Lang, type LocalizedText } from '@motcua/core';
import { fillWords } from '@motcua/core/status';
import { languages } from './languages.js';

export const GATEWAY_WORDS = {
  // The language's own name, on the page's link to it.
  language: 'Tiếng Việt',
  // The no-JavaScript /lookup page (and a portal page's answer).
  'page.languages': 'Ngôn ngữ',
  'page.title': 'Tra cứu hồ sơ',
  'page.failed': 'Không tra cứu được',
  'page.dossier': 'Hồ sơ {code}',
  'page.result': 'Kết quả tra cứu hồ sơ',
  'page.result-of': 'Kết quả tra cứu hồ sơ {code}',
  'page.code': 'Mã hồ sơ',
  'page.submit': 'Tra cứu',
  'page.either-key': 'Mã tra cứu hoặc số định danh của người nộp (không bắt buộc)',
  'page.either-key-required': 'Mã tra cứu hoặc số định danh của người nộp',
  'page.either-key-hint': 'Mã tra cứu in trên giấy hẹn; nếu giấy hẹn không có, số định danh cá nhân (CCCD) của người đứng tên hồ sơ.',
  'page.procedure': 'Thủ tục',
  'page.status': 'Trạng thái',
  'page.office-status': 'Trạng thái tại cơ quan',
  'page.timeliness': 'Tiến độ',
  'page.appointment': 'Ngày hẹn trả kết quả',
  'page.agency': 'Nơi tiếp nhận',
  'page.applicant': 'Người nộp',
  'page.delivery': 'Nhận kết quả',
  'page.delivery-postal': 'Qua bưu chính',
  'page.delivery-in-person': 'Tại Bộ phận một cửa',
  'page.steps': 'Quá trình xử lý',
  // A browser sent to an address the gateway does not have (a mistyped or old link).
  'page.not-found': 'Không tìm thấy trang',
  'page.not-found-text': 'Không có trang nào ở địa chỉ này: đường dẫn có thể bị gõ sai hoặc đã cũ.',
  'page.home': 'Về trang chủ',
  // A push: its body (its title is the status label, the core's).
  'push.body': 'Hồ sơ {code}. Bấm để xem chi tiết.',
  // Refusals (each error's message; the API's JSON gives it as { vi, en } too).
  'error.foreign-post':
    'Trang web này chưa được phép gửi tra cứu tới cổng kết nối. Vui lòng tra cứu trên cổng dịch vụ công của tỉnh, thành phố.',
  'error.key-in-url':
    'Vì an toàn, số định danh hoặc số điện thoại không được ghi trong đường dẫn. Vui lòng nhập số vào ô tra cứu trên trang (số được gửi kín trong nội dung yêu cầu).',
  'error.rate-limited': 'Bạn đã tra cứu quá nhiều lần. Vui lòng chờ {minutes} phút rồi thử lại.',
  'error.backend-unreachable': 'Hệ thống của cơ quan hiện không phản hồi. Vui lòng thử lại sau ít phút.',
  'error.backend-busy': 'Hệ thống của cơ quan đang bận. Vui lòng thử lại sau ít phút.',
  'error.no-route': 'Không có địa chỉ này trên cổng kết nối. Danh sách các địa chỉ có tại /openapi.json.',
  'error.method': 'Địa chỉ này không nhận yêu cầu {method}; chỉ nhận {allowed}.',
  'error.too-large': 'Thông tin gửi lên quá dài nên không được nhận. Vui lòng chỉ nhập mã hồ sơ và mã tra cứu rồi thử lại.',
  'error.media-type': 'Thông tin gửi lên không ở dạng được nhận: chỉ nhận biểu mẫu hoặc JSON.',
  'error.paused':
    'Hồ sơ này tạm dừng xem chi tiết vì đã có quá nhiều lần nhập sai. Bạn vẫn xem được trạng thái hồ sơ; vui lòng thử lại sau ít phút.',
  'follow.nothing-to-tell': 'Cần đăng ký nhận thông báo trên trình duyệt để theo dõi hồ sơ.',
  'follow.bad-subscription': 'Trình duyệt gửi thông tin đăng ký nhận thông báo không hợp lệ. Vui lòng tải lại trang rồi thử lại.',
  'follow.dossier-full': 'Hồ sơ này đã có quá nhiều trình duyệt đăng ký theo dõi.',
  'follow.endpoint-full': 'Trình duyệt này đang theo dõi quá nhiều hồ sơ. Hãy thôi theo dõi các hồ sơ đã xong rồi thử lại.',
  'follow.not-yours':
    'Không xác nhận được trình duyệt đã đăng ký theo dõi. Hãy thôi theo dõi từ chính trình duyệt đó, hoặc nhập mã tra cứu.',
  'follow.no-proof': 'Cần thông tin đăng ký của trình duyệt hoặc mã tra cứu để thôi theo dõi.',
  'follow.push-unreachable': 'Chưa kết nối được với dịch vụ thông báo của trình duyệt. Vui lòng thử lại sau ít phút.',
  'follow.store-down': 'Chưa thể đăng ký theo dõi lúc này do hệ thống đang gặp sự cố. Vui lòng thử lại sau.',
  // GET / (for whoever sets the gateway up).
  root: 'Cổng kết nối motcua đang chạy. Trang web của thành phố gọi API này; xem /openapi.json.',
} as const;

export type GatewayWord = keyof typeof GATEWAY_WORDS;

/** The keys every language's table of the gateway gives (the compiler names a missing one). */
export type GatewayWordKey = `gateway.${GatewayWord}`;

/** A word of the gateway in a language (Vietnamese when the language has none), `{name}` filled from `args`. */
export function gatewayWord(lang: Lang, word: GatewayWord, args: Readonly<Record<string, string | number>> = {}): string {
  return fillWords(say(lang, `gateway.${word}`, GATEWAY_WORDS[word]), args);
}

/** A word as a text in every language: an error's message (MotcuaError's `messages`), serialised `{ vi, en }`. */
export const gatewayText = (word: GatewayWord): LocalizedText => localized(`gateway.${word}`, GATEWAY_WORDS[word]);

/**
 * A word with `{name}` filled, as a text in every registered language (an error's message that
 * says a number: the minutes to wait, the methods an address takes).
 */
export function gatewayTextWith(word: GatewayWord, args: Readonly<Record<string, string | number>>): LocalizedText {
  const text = { vi: gatewayWord('vi', word, args) } as { vi: string; en: string };
  for (const lang of languages())
    if (lang !== 'vi') Object.defineProperty(text, lang.toLowerCase(), { enumerable: true, get: () => gatewayWord(lang, word, args) });
  if (!Object.hasOwn(text, 'en')) text.en = text.vi;
  return text;
}
