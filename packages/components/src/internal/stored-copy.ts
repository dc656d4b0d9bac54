/**
 * Whether to say that catalogue data may be old: it is a copy the page's service worker kept
 * (`storedAt`), and the browser is offline or the copy is over a day old. Online, a fresh copy
 * is served from the cache silently while the worker refreshes it (stale-while-revalidate).
 */
const DAY_MS = 86_400_000;

export function storedCopyShown(storedAt: string | undefined, now = Date.now()): boolean {
  if (!storedAt) return false;
  return navigator.onLine === false || now - Date.parse(storedAt) > DAY_MS;
}
