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
}

export const followedKey = (origin: string, code: string): string => `${origin}/__motcua/followed/${encodeURIComponent(code)}`;
