/**
 * Defines motcua elements the first time the page uses them. A webmaster adds one script:
 *
 *   <script type="module" src="/assets/motcua/autoloader.js"></script>
 *   <motcua-dossier-lookup endpoint="https://gw.hatinh.gov.vn"></motcua-dossier-lookup>
 *
 * Each element's code loads only when its tag appears (now or later). Elements inside other
 * components' shadow roots are not seen: call `discover(shadowRoot)` for those.
 */
import { ELEMENTS, type MotcuaTag } from './elements.js';

const known = (tag: string): tag is MotcuaTag => Object.hasOwn(ELEMENTS, tag);

/**
 * Each element's module graph in the script-tag build, as paths under the autoloader's
 * folder (rollup.config.js writes it in; elsewhere it stays empty). Listing the whole graph
 * as modulepreload links lets the browser fetch it in one round trip, instead of finding
 * each chunk only after its importer arrived: on a 3G phone each level costs ~0.6 s.
 * `result` is what a lookup needs to show an answer: preloaded when the page URL carries a
 * dossier code (a receipt's link), since that answer is asked for at once.
 */
const GRAPH_JSON: string = '__motcua_graph__';
const GRAPH: Record<string, string[]> = GRAPH_JSON.startsWith('{') ? JSON.parse(GRAPH_JSON) : {};
const preloaded = new Set<string>();

function preload(key: string): void {
  for (const file of GRAPH[key] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * A receipt's link (`?code=…&key=…`): the lookup asks its gateway for that dossier as soon as
 * it starts. Asking now, as a preload that the lookup's own request then takes over, saves
 * the round trips its code needs to arrive. Only for a code in its printed (canonical) form,
 * upper-cased, which is the URL the lookup will ask for (a cheap pattern: the code parser comes
 * with the lookup; a code in another form is simply not preloaded). Then the status in words, shown
 * until the lookup's code has arrived.
 */
function preloadAnswer(lookup: Element): Promise<void> | undefined {
  const params = new URLSearchParams(location.search || location.hash.slice(1));
  // Printed codes are upper case; a link typed by hand may not be (the lookup reads it so too).
  const code = (params.get('code') ?? '').trim().toUpperCase();
  const endpoint = lookup.getAttribute('endpoint') ?? lookup.closest('motcua-provider')?.getAttribute('endpoint');
  if (!endpoint || !/^[\dA-Z.]+-\d{6}-\d{4,7}$/.test(code)) return undefined;
  const base = `${new URL(endpoint, document.baseURI).href.replace(/\/?$/, '/')}v1/dossiers/${encodeURIComponent(code)}`;
  const key = params.get('key')?.trim();
  // An ID or phone number (9 digits or more) never goes into an address: the lookup posts it.
  if ((key?.replace(/\D/g, '').length ?? 0) < 9) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `${base}${key ? `?${new URLSearchParams({ key })}` : ''}`;
    document.head.append(link);
  }
  return showSummary(lookup, base);
}

/** The lookup's own answer (or its refusal) is on screen. */
let answeredYet = false;

/**
 * The status in words (the gateway's `/summary`: code, procedure, status, progress, appointment),
 * in the lookup's `answer` slot until its own answer replaces it — what the gateway's portal
 * writes into its page (portal.ts). On a 3G phone it arrives with the lookup's answer, about
 * half a second before the ~45 KB of code that shows that (docs/bench/ttfs.md). Only in the
 * lookup's language (no other flashes first), as text: the gateway's words are never markup.
 */
async function showSummary(lookup: Element, answerUrl: string): Promise<void> {
  const own = () => lookup.querySelector(':scope > [slot="answer"]');
  const lang = (lookup.closest('[lang]')?.getAttribute('lang') || 'vi').toLowerCase();
  if (own()) return; // the portal's page carries it
  let summary: { lang: string; label: string; rows: Array<{ term: string; value: string; status?: boolean }> } | undefined;
  try {
    const res = await fetch(`${answerUrl}/summary?${new URLSearchParams({ lang })}`, { headers: { accept: 'application/json' } });
    summary = res.ok ? (await res.json()).summary : undefined;
  } catch {
    return; // the lookup says what went wrong
  }
  if (!summary || (summary.lang !== lang && summary.lang !== lang.split('-')[0]) || answeredYet || own()) return;
  const section = document.createElement('section');
  section.slot = 'answer';
  section.className = 'motcua-page-answer';
  section.dataset.motcuaAnswer = '';
  section.setAttribute('aria-label', String(summary.label));
  const list = section.appendChild(document.createElement('dl'));
  for (const row of summary.rows) {
    list.appendChild(document.createElement('dt')).textContent = String(row.term);
    const value = list.appendChild(document.createElement('dd'));
    value.textContent = String(row.value);
    if (row.status) value.dataset.motcuaStatus = '';
  }
  lookup.prepend(section);
  // Settled once that frame is drawn (the lookup's code waits for it).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** The answer is on screen (or failed), or 4 s have passed. */
function answered(): Promise<void> {
  return new Promise((resolve) => {
    for (const name of ['motcua-dossier-found', 'motcua-lookup-error']) document.addEventListener(name, () => resolve(), { once: true });
    setTimeout(resolve, 4000);
  });
}

/**
 * The words file of each language but Vietnamese that the elements speak (their own `lang`, a
 * provider's, the page's), fetched with their code: an element finds its language's words
 * only once it runs, a round trip later.
 */
function preloadWords(elements: readonly Element[]): void {
  for (const el of elements) {
    const lang = el.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase();
    if (!lang) continue;
    // The whole tag when it is shipped, else its language (en-GB → en), as resolveLang() does.
    preload(Object.hasOwn(GRAPH, `lang:${lang}`) ? `lang:${lang}` : `lang:${lang.split('-')[0]}`);
  }
}

async function define(tags: string[]): Promise<void> {
  tags.forEach(preload);
  // The provider first, so the elements inside it find their settings when they start.
  if (tags.includes('motcua-provider')) await ELEMENTS['motcua-provider']();
  await Promise.all(
    tags
      .filter((tag) => tag !== 'motcua-provider')
      .filter(known)
      .map((tag) => ELEMENTS[tag]()),
  );
}

/** Loads the definitions of the motcua elements in `root` that are not defined yet. */
export async function discover(root: ParentNode | Element): Promise<void> {
  const found: Element[] = [];
  if (root instanceof Element && root.localName.startsWith('motcua-')) found.push(root);
  root.querySelectorAll(':not(:defined)').forEach((el) => el.localName.startsWith('motcua-') && found.push(el));
  const starting = found.filter((el) => known(el.localName) && !customElements.get(el.localName));
  const wanted = [...new Set(starting.map((el) => el.localName))];
  preloadWords(starting);
  const lookup =
    wanted.includes('motcua-dossier-lookup') && /[?#&]code=/.test(location.search + location.hash)
      ? (root.querySelector('motcua-dossier-lookup') ?? (root as Element))
      : null;
  if (!lookup || lookup.hasAttribute('code') || lookup.getAttribute('deep-link') === 'off') return define(wanted);
  // A receipt's link: the citizen came for that answer. It is asked for now, with what shows
  // it; the page's other elements wait for it, leaving the connections to it.
  const summary = preloadAnswer(lookup);
  preload('result');
  const answer = answered();
  const first: string[] = wanted.filter((tag) => tag === 'motcua-provider' || tag === 'motcua-dossier-lookup');
  // The lookup's code is fetched meanwhile and runs once the words are on screen: on a slow
  // phone its start would hold the main thread for the frame that shows them.
  first.forEach(preload);
  await Promise.race([summary, new Promise((resolve) => setTimeout(resolve, 3000))]);
  await define(first);
  const later = wanted.filter((tag) => !first.includes(tag));
  if (later.length) {
    await answer;
    await define(later);
  }
}

if (typeof document !== 'undefined') {
  for (const name of ['motcua-dossier-found', 'motcua-lookup-error']) document.addEventListener(name, () => (answeredYet = true));
  void discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
  }).observe(document.documentElement, { subtree: true, childList: true });
}
