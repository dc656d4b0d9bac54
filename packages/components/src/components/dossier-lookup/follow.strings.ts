/**
 * The words of the lookup's "tell me when it changes" box (loaded with it, after an answer);
 * a portal overrides any with `registerStrings()`.
 */
import { NOTIFICATION_WORDS_VI } from '../../service-worker/followed.js';

export const followStrings = {
  followButton: 'Báo cho tôi khi hồ sơ thay đổi',
  followHint: 'Thông báo hiện trên trình duyệt này. Trình duyệt sẽ hỏi bạn có cho phép không.',
  following: 'Bạn sẽ được báo trên trình duyệt này khi hồ sơ thay đổi.',
  unfollowButton: NOTIFICATION_WORDS_VI.stop,
  unfollowed: 'Đã thôi theo dõi hồ sơ này.',
  followWorking: 'Đang xử lý…',
  followFailed: 'Chưa làm được. {message}',
  followBlocked: 'Trình duyệt đang chặn thông báo của trang này. Hãy cho phép thông báo trong phần cài đặt của trình duyệt, rồi bấm lại.',
  followNoPush: 'Trình duyệt này chưa nhận được thông báo. Bạn vẫn có thể tra cứu lại bằng mã hồ sơ bất cứ lúc nào.',
  // The notifications the service worker shows (kept with the followed dossier, in the page's language).
  pushBody: NOTIFICATION_WORDS_VI.body,
  pushChanged: NOTIFICATION_WORDS_VI.changed,
  pushStopped: NOTIFICATION_WORDS_VI.stopped,
  pushNotStopped: NOTIFICATION_WORDS_VI.notStopped,
};

export type FollowStringKey = keyof typeof followStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-lookup-follow': typeof followStrings;
  }
}
