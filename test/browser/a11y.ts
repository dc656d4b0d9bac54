/**
 * Helpers for the accessibility tests that axe cannot stand in for (issue 31): where focus is
 * through shadow roots, what the live regions said, 320 px with 200 % text, forced colours,
 * the language a text is read in.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/** The focused element, through every open shadow root. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `forced-colors: active` (Windows high contrast), emulated through CDP; `false` ends it. */
export async function forcedColors(on: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', on ? [{ name: 'forced-colors', value: 'active' }] : []);
  // The media query list answers once the emulation has reached the page.
  for (let i = 0; i < 50 && matchMedia('(forced-colors: active)').matches !== on; i++) await new Promise((r) => setTimeout(r, 20));
  if (matchMedia('(forced-colors: active)').matches !== on) throw new Error('forced colours were not emulated');
}

/** A 320 px wide phone with text at 200 % (the root font size, which every rem follows). */
export async function phoneAt200(): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  document.documentElement.style.fontSize = '200%';
}

/** Back to the runner's window and text size. */
export async function desktopText(): Promise<void> {
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
}

/** How far the page scrolls sideways (0 when it reflows). */
export function sidewaysScroll(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** The language a node is read in: the nearest `lang`, through shadow roots. */
export function langOf(node: Node): string {
  let at: Node | null = node;
  while (at) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
    if (at instanceof ShadowRoot) at = at.host;
  }
  return '';
}

/** The element holding `text` in a shadow tree (the innermost one). */
export function holding(root: ParentNode, text: string): Element {
  const all = [...root.querySelectorAll('*')].filter((e) => e.textContent?.includes(text));
  const found = all.find((e) => ![...e.children].some((c) => c.textContent?.includes(text)));
  if (!found) throw new Error(`nothing says "${text}"`);
  return found;
}

/** The live regions of a shadow root (alert, status, aria-live), as their text. */
export function liveRegions(root: ParentNode): string[] {
  return [...root.querySelectorAll('[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])')].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Records every change to what the live regions of `root` say. */
export function watchLiveRegions(root: ParentNode & Node): { changes: string[][]; stop: () => void } {
  const changes: string[][] = [];
  let last = JSON.stringify(liveRegions(root));
  const observer = new MutationObserver(() => {
    const now = liveRegions(root);
    if (JSON.stringify(now) !== last) changes.push(now);
    last = JSON.stringify(now);
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  return { changes, stop: () => observer.disconnect() };
}

/**
 * What sticks out of the element sideways (its box, not the page: a page's margins can hide
 * an overflow): every part of its shadow trees whose right edge passes the host's, but for
 * what sits in a region that scrolls on its own (a wide table).
 */
export function spills(host: Element): string[] {
  const edge = host.getBoundingClientRect().right + 0.5;
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.closest('dialog:not([open])') || isScrolled(e, root)) continue;
      const box = e.getBoundingClientRect();
      if (box.width && box.right > edge)
        out.push(
          `${e.tagName.toLowerCase()}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : e.className ? `.${String(e.className).split(' ')[0]}` : ''} ends at ${Math.round(box.right)} > ${Math.round(edge)}`,
        );
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

function isScrolled(e: Element, root: ShadowRoot): boolean {
  for (let at = e.parentElement; at && root.contains(at); at = at.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(at).overflowX)) return true;
  }
  return false;
}
