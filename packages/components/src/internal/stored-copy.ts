/**
 * The finder's and the detail's "may be old" notice. It is said when the catalogue data is a
 * copy the page's service worker kept (`storedAt`) and the browser is offline or the copy is
 * over a day old. Online, a fresh copy is served from the cache silently while the worker
 * refreshes it (stale-while-revalidate).
 */
import { css } from 'lit';

const DAY_MS = 86_400_000;

/** How the notice looks, in the finder and the detail alike. */
export const storedCopyStyles = css`
  [part='stored-copy'] {
    margin: 0;
    padding: 0.5rem 0.75rem;
    background: var(--_warning-bg);
    border-left: 6px solid var(--_warning);
    border-radius: var(--_radius);
  }
`;

export function storedCopyShown(storedAt: string | undefined, now = Date.now()): boolean {
  if (!storedAt) return false;
  return navigator.onLine === false || now - Date.parse(storedAt) > DAY_MS;
}
