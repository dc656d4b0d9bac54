/**
 * What the lookup and the service worker share about a followed dossier, kept in the Cache
 * API (both can reach it; no IndexedDB code needed): the page to open, where to stop, and the
 * language to speak. Nothing personal: the code and URLs.
 */
export const FOLLOWED_CACHE = 'motcua-followed';

export interface FollowedRecord {
  code: string;
  /** The lookup page, with `?code=` (never the key). */
  page: string;
  /** `DELETE` here with `{ endpoint, auth, code }` stops following. */
  unfollowUrl: string;
  lang: string;
  /** The status labels in the page's language, by code, for the notifications (the worker carries Vietnamese only). */
  labels?: Record<number, string>;
  /** The notifications' words in the page's language (`{code}` filled by the worker); the worker's own are Vietnamese. */
  words?: NotificationWords;
}

export interface NotificationWords {
  /** Under the status: `{code}` and what a tap does. */
  body: string;
  /** The title when a push names no status. */
  changed: string;
  /** The notification's "stop following" action. */
  stop: string;
  /** Said after stopping from the notification, and when that failed. */
  stopped: string;
  notStopped: string;
}

/** The notifications' words in Vietnamese: the lookup's follow words (follow.strings.ts) and the worker's own for a record that carries none. */
export const NOTIFICATION_WORDS_VI: NotificationWords = {
  body: 'Hồ sơ {code}. Bấm để xem chi tiết.',
  changed: 'Hồ sơ có thay đổi',
  stop: 'Thôi theo dõi',
  stopped: 'Đã thôi theo dõi hồ sơ {code}.',
  notStopped: 'Chưa thôi theo dõi được hồ sơ {code} (lỗi kết nối). Hãy mở trang tra cứu và thử lại.',
};

export const followedKey = (origin: string, code: string): string => `${origin}/__motcua/followed/${encodeURIComponent(code)}`;
