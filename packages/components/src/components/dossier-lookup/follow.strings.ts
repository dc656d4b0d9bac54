/**
 * The words of the lookup's "tell me when it changes" box (loaded with it, after an answer);
 * a portal overrides any with `registerStrings()`.
 */
export const followStrings = {
  followButton: 'Báo cho tôi khi hồ sơ thay đổi',
  followHint: 'Thông báo hiện trên trình duyệt này. Trình duyệt sẽ hỏi bạn có cho phép không.',
  following: 'Bạn sẽ được báo trên trình duyệt này khi hồ sơ thay đổi.',
  unfollowButton: 'Thôi theo dõi',
  unfollowed: 'Đã thôi theo dõi hồ sơ này.',
  followWorking: 'Đang xử lý…',
  followFailed: 'Chưa làm được. {message}',
  followBlocked: 'Trình duyệt đang chặn thông báo của trang này. Hãy cho phép thông báo trong phần cài đặt của trình duyệt, rồi bấm lại.',
  followNoPush: 'Trình duyệt này chưa nhận được thông báo. Bạn vẫn có thể tra cứu lại bằng mã hồ sơ bất cứ lúc nào.',
  // The notifications the service worker shows (kept with the followed dossier, in the page's language).
  pushBody: 'Hồ sơ {code}. Bấm để xem chi tiết.',
  pushChanged: 'Hồ sơ có thay đổi',
  pushStopped: 'Đã thôi theo dõi hồ sơ {code}.',
  pushNotStopped: 'Chưa thôi theo dõi được hồ sơ {code} (lỗi kết nối). Hãy mở trang tra cứu và thử lại.',
};

export type FollowStringKey = keyof typeof followStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-lookup-follow': typeof followStrings;
  }
}
