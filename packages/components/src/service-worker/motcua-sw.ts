/**
 * motcua's service worker: a city copies `motcua-sw.js` to the root of its portal and
 * registers it (docs/components.md, "Offline and notifications"):
 *
 *   navigator.serviceWorker.register('/motcua-sw.js?gateway=https://gw.city.gov.vn/');
 *
 * - Notifications: shows a followed dossier's new status (Web Push from the gateway), opens the
 *   lookup on a click, and stops following from the notification's own button.
 * - Offline directory: the portal's pages and element files, the gateway's catalogue
 *   answers and a ward's catalogue file (any JSON the page reads that is a catalogue,
 *   `{ "procedures": [...] }`, on the portal's origin or another), are kept and served
 *   stale-while-revalidate, so the finder and procedure details open after one visit with no
 *   network. A kept answer carries `x-motcua-stored-at`: the elements say the data may be
 *   old. Dossier answers are never kept (personal data). A page that loaded before the
 *   worker controlled it names what it loaded (`{ type: 'motcua-keep', urls }`, sent by the
 *   static adapter): the worker keeps those too.
 *
 * A classic script with no imports: every browser that has service workers runs it.
 */
import { dossierStatus, isDossierStatusCode } from '@motcua/core/status';
import { STORED_AT_HEADER } from '@motcua/core';
import { FOLLOWED_CACHE, followedKey, NOTIFICATION_WORDS_VI, type FollowedRecord, type NotificationWords } from './followed.js';

/** The parts of the worker scope this file uses (the DOM lib, which the project compiles with, lacks them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface PushEvent extends ExtendableEvent {
  readonly data: { json(): unknown; text(): string } | null;
}
interface NotificationEvent extends ExtendableEvent {
  readonly notification: Notification;
  readonly action: string;
}
interface WindowClient {
  readonly url: string;
  focus(): Promise<WindowClient>;
  navigate(url: string): Promise<WindowClient | null>;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly origin: string;
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<WindowClient | null>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const sw = self as unknown as WorkerScope;

/** Bumped when what is kept changes shape: older caches are dropped on activation. */
const VERSION = 'motcua-1';
const FILES = `${VERSION}-files`;
const CATALOGUE = `${VERSION}-catalogue`;
/** Most catalogue answers kept (each search is one); the oldest go first. */
const MAX_CATALOGUE = 300;

const gateway = (() => {
  const given = new URL(sw.location.href).searchParams.get('gateway');
  const url = new URL(given || '/', sw.location.href);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
})();

/** The catalogue: kept. The rest of the API (dossiers, following, statistics, the board): never. */
const CATALOGUE_PATH = /^v1\/(procedures(\/[^/]+)?|sectors|agencies)$/;
const API_PATH = /^(v1\/|lookup|healthz|openapi\.json)/;

/** `waitUntil` refuses events the page's tests dispatch themselves; the work runs all the same. */
function keepAlive(event: ExtendableEvent, work: Promise<unknown>): void {
  try {
    event.waitUntil(work);
  } catch {
    /* an untrusted event */
  }
}

sw.addEventListener('install', (event) => keepAlive(event, sw.skipWaiting()));
sw.addEventListener('activate', (event) =>
  keepAlive(
    event,
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith('motcua-') && !n.startsWith(VERSION) && n !== FOLLOWED_CACHE).map((n) => caches.delete(n)),
        ),
      )
      .then(() => sw.clients.claim()),
  ),
);

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.href.startsWith(gateway)) {
    const path = url.pathname.slice(new URL(gateway).pathname.length);
    if (CATALOGUE_PATH.test(path)) return event.respondWith(staleWhileRevalidate(event, CATALOGUE, request, request.url));
    if (API_PATH.test(path)) return undefined;
  }
  // A JSON file the page reads (the static adapter asks for JSON): kept if it is a catalogue.
  if (request.destination === '' && /json/.test(request.headers.get('accept') ?? ''))
    return event.respondWith(staleWhileRevalidate(event, FILES, request, url.href, isCatalogue));
  if (url.origin !== sw.location.origin) return undefined;
  // A page is kept once, whatever its query: a receipt's link carries the lookup key.
  if (request.mode === 'navigate') return event.respondWith(staleWhileRevalidate(event, FILES, request, `${url.origin}${url.pathname}`));
  if (['script', 'style', 'image', 'font', 'manifest'].includes(request.destination))
    return event.respondWith(staleWhileRevalidate(event, FILES, request, url.href));
  return undefined;
});

/** The kept answer at once (refreshed behind it), or the network's when none is kept. */
async function staleWhileRevalidate(
  event: ExtendableEvent,
  name: string,
  request: Request | string,
  key: string,
  keepIf?: (r: Response) => Promise<boolean>,
): Promise<Response> {
  const cache = await caches.open(name);
  const kept = await cache.match(key);
  // A hashed chunk never changes under its name: no refresh for it.
  if (kept && /\bimmutable\b/.test(kept.headers.get('cache-control') ?? '')) return kept;
  const refresh = fetch(request).then(async (response) => {
    // Not what its server marks as not to be kept (a signed-in page, personal data).
    if (
      response.ok &&
      (response.type === 'basic' || response.type === 'cors') &&
      !/\b(no-store|private)\b/.test(response.headers.get('cache-control') ?? '') &&
      (!keepIf || (await keepIf(response.clone())))
    ) {
      await cache.put(key, await stamped(response.clone()));
      if (name === CATALOGUE) await trim(cache);
    }
    return response;
  });
  if (!kept) return refresh;
  keepAlive(
    event,
    refresh.catch(() => undefined),
  );
  return kept;
}

async function isCatalogue(response: Response): Promise<boolean> {
  const body = (await response.json().catch(() => null)) as { procedures?: unknown } | null;
  return Array.isArray(body?.procedures);
}

// What a page loaded before the worker controlled it: the page, its files, its catalogue file.
const FILE = /\.(m?js|css|json|svg|png|jpe?g|webp|ico|woff2?)$/;
sw.addEventListener('message', (event) => {
  const { type, page, urls } = (event.data ?? {}) as { type?: string; page?: unknown; urls?: unknown };
  if (type !== 'motcua-keep' || event.origin !== sw.location.origin) return;
  const keep = (href: unknown) => {
    if (typeof href !== 'string') return;
    const url = new URL(href, sw.location.href);
    const json = new Request(url.href, { headers: { accept: 'application/json' } });
    if (url.origin !== sw.location.origin) return staleWhileRevalidate(event, FILES, json, url.href, isCatalogue);
    if (!FILE.test(url.pathname)) return;
    return url.pathname.endsWith('.json')
      ? staleWhileRevalidate(event, FILES, json, url.href, isCatalogue)
      : staleWhileRevalidate(event, FILES, url.href, url.href);
  };
  const all: unknown[] = Array.isArray(urls) ? urls.slice(0, 200) : [];
  keepAlive(
    event,
    Promise.allSettled([
      ...(typeof page === 'string' && new URL(page).origin === sw.location.origin
        ? [staleWhileRevalidate(event, FILES, page.replace(/[?#].*$/, ''), page.replace(/[?#].*$/, ''))]
        : []),
      ...all.map(keep),
    ]),
  );
});

/** A copy that says when it was kept (read by the elements: "may be old"). */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(STORED_AT_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function trim(cache: Cache): Promise<void> {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_CATALOGUE)).map((k) => cache.delete(k)));
}

interface Payload {
  code?: string;
  status?: number;
  title?: string;
  body?: string;
  url?: string;
}

async function followed(code: string): Promise<FollowedRecord | undefined> {
  const kept = await (await caches.open(FOLLOWED_CACHE)).match(followedKey(sw.location.origin, code));
  return kept ? ((await kept.json()) as FollowedRecord) : undefined;
}

/** The words a record keeps in its page's language (any language the page had), with the code filled in. */
function wordsOf(record: FollowedRecord | undefined, code: string): NotificationWords & { lang: string } {
  const kept = record?.words ?? NOTIFICATION_WORDS_VI;
  const fill = (text: string) => text.replaceAll('{code}', code);
  return {
    body: fill(kept.body),
    changed: kept.changed,
    stop: kept.stop,
    stopped: fill(kept.stopped),
    notStopped: fill(kept.notStopped),
    lang: record?.words ? record.lang : 'vi',
  };
}

sw.addEventListener('push', (event) => keepAlive(event, showChange(event)));

async function showChange(event: PushEvent): Promise<void> {
  let payload: Payload = {};
  try {
    payload = (event.data?.json() ?? {}) as Payload;
  } catch {
    /* not JSON: a plain notice */
  }
  const code = typeof payload.code === 'string' ? payload.code : '';
  const record = code ? await followed(code) : undefined;
  const words = wordsOf(record, code);
  const status = isDossierStatusCode(payload.status)
    ? (record?.labels?.[payload.status] ?? dossierStatus(payload.status).label.vi)
    : undefined;
  await sw.registration.showNotification(status ?? payload.title ?? words.changed, {
    body: code ? words.body : (payload.body ?? ''),
    lang: words.lang,
    // One notification per dossier: the newest status replaces the last.
    tag: `motcua:${code}`,
    data: { code, url: payload.url ?? '' },
    ...(code ? { actions: [{ action: 'unfollow', title: words.stop }] } : {}),
  } as NotificationOptions);
}

sw.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const { code = '', url = '' } = (event.notification.data ?? {}) as { code?: string; url?: string };
  keepAlive(event, event.action === 'unfollow' ? unfollow(code) : openLookup(code, url));
});

/** The page the citizen followed from (with `?code=`), else the gateway's link. */
async function openLookup(code: string, url: string): Promise<void> {
  const record = code ? await followed(code) : undefined;
  const target = record?.page ?? new URL(url || `lookup?code=${encodeURIComponent(code)}`, gateway).href;
  const path = new URL(target).pathname;
  for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    if (new URL(client.url).pathname !== path) continue;
    try {
      await client.navigate(target);
      await client.focus().catch(() => undefined);
      return;
    } catch {
      break; // not ours to navigate: open a window instead
    }
  }
  await sw.clients.openWindow(target);
}

/** Stops at once at the gateway; says so in a notification either way. */
async function unfollow(code: string): Promise<void> {
  const record = await followed(code);
  const words = wordsOf(record, code);
  const subscription = await sw.registration.pushManager.getSubscription();
  let done = !subscription;
  if (subscription) {
    try {
      const response = await fetch(record?.unfollowUrl ?? `${gateway}v1/follow`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        // (The subscription's auth secret proves to the gateway that this browser is the one that followed.)
        body: JSON.stringify({ endpoint: subscription.endpoint, auth: subscription.toJSON().keys?.auth, code }),
      });
      done = response.ok;
    } catch {
      done = false;
    }
  }
  if (done) await (await caches.open(FOLLOWED_CACHE)).delete(followedKey(sw.location.origin, code));
  await sw.registration.showNotification(done ? words.stopped : words.notStopped, { tag: `motcua:${code}`, lang: words.lang });
}
