/**
 * The words of the lookup's "tell me when it changes" box (loaded with it, after an answer);
 * a portal overrides any with `registerStrings()`.
 */
export const followStrings = {
  followButton: { vi: 'Báo cho tôi khi hồ sơ thay đổi', en: 'Tell me when this dossier changes' },
  followHint: { vi: 'Thông báo hiện trên trình duyệt này. Trình duyệt sẽ hỏi bạn có cho phép không.', en: 'Notifications appear in this browser, which will ask for your permission.' },
  following: { vi: 'Bạn sẽ được báo trên trình duyệt này khi hồ sơ thay đổi.', en: 'This browser will tell you when the dossier changes.' },
  unfollowButton: { vi: 'Thôi theo dõi', en: 'Stop following' },
  unfollowed: { vi: 'Đã thôi theo dõi hồ sơ này.', en: 'You no longer follow this dossier.' },
  followWorking: { vi: 'Đang xử lý…', en: 'Working…' },
  followFailed: { vi: 'Chưa làm được. {message}', en: 'That did not work. {message}' },
  followBlocked: {
    vi: 'Trình duyệt đang chặn thông báo của trang này. Hãy cho phép thông báo trong phần cài đặt của trình duyệt, rồi bấm lại.',
    en: 'Your browser blocks notifications from this page. Allow them in the browser settings, then press the button again.',
  },
  followNoPush: {
    vi: 'Trình duyệt này chưa nhận được thông báo. Bạn vẫn có thể tra cứu lại bằng mã hồ sơ bất cứ lúc nào.',
    en: 'This browser cannot receive notifications. You can still look the dossier up again with its code at any time.',
  },
};

export type FollowStringKey = keyof typeof followStrings;

declare module '../../internal/i18n.js' {
  interface ElementStrings {
    'dossier-lookup-follow': typeof followStrings;
  }
}
