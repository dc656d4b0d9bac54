/**
 * "Báo cho tôi khi hồ sơ thay đổi": following the dossier the lookup shows, by Web Push.
 * Offered only after a lookup with the right key, for a dossier still in progress, when the
 * browser can receive pushes, the gateway follows dossiers, and the page has motcua's service
 * worker (it shows the notifications). The page and the worker share what is followed through
 * the Cache API (service-worker/followed.ts).
 */
import { isMotcuaError, localized, MotcuaError, textIn, type Dossier, type Lang, type MotcuaClient } from '@motcua/core';
import { DOSSIER_STATUS_CODES, DOSSIER_STATUSES } from '@motcua/core/status';
import { dossierStatus } from '@motcua/core/status';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { translate } from '../../internal/i18n.js';
import { FOLLOWED_CACHE, followedKey, type FollowedRecord } from '../../service-worker/followed.js';
import { followStrings, type FollowStringKey } from './follow.strings.js';

export type FollowOffer = 'none' | 'off' | 'on';

/** What the service worker keeps of a followed dossier: where it leads, and every word its notifications say, in `lang`. */
export function followedRecord(code: string, page: string, unfollowUrl: string, lang: Lang): FollowedRecord {
  const labels = Object.fromEntries(DOSSIER_STATUS_CODES.map((status) => [status, textIn(DOSSIER_STATUSES[status].label, lang)]));
  const say = (key: FollowStringKey) => translate(lang, followStrings, key);
  const words = {
    body: say('pushBody'),
    changed: say('pushChanged'),
    stop: say('unfollowButton'),
    stopped: say('pushStopped'),
    notStopped: say('pushNotStopped'),
  };
  return { code, page, unfollowUrl, lang, labels, words };
}

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
}

/**
 * The browser can receive pushes and the page has a service worker to show them. A receipt's
 * link answers fast: the page's worker may still be registering, so it is given a moment.
 */
async function pushRegistration(waitMs = 0): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return undefined;
  const now = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (now || !waitMs) return now;
  return Promise.race([navigator.serviceWorker.ready, new Promise<undefined>((resolve) => setTimeout(resolve, waitMs))]);
}

const SUBSCRIBE_TIMEOUT_MS = 15_000;

const followedCache = () => caches.open(FOLLOWED_CACHE);
const keyFor = (code: string) => followedKey(location.origin, code);

/** `applicationServerKey` as pushManager takes it. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

const sameKey = (a: ArrayBuffer | null | undefined, b: Uint8Array) =>
  !!a && a.byteLength === b.byteLength && new Uint8Array(a).every((x, i) => x === b[i]);

export class FollowController {
  /** What the lookup offers for the dossier it shows. */
  offer: FollowOffer = 'none';
  private code = '';
  private key = '';
  /** The dossier the last start or stop was for: its outcome is said under that one only. */
  private changed = '';
  private client: MotcuaClient | undefined;

  /** Starting or stopping, as a task: pending, then the new offer, or the error said. */
  readonly change: Task<['start' | 'stop'], FollowOffer>;

  constructor(private readonly host: Host) {
    this.change = new Task(host, {
      autoRun: false,
      task: async ([action]) => {
        this.changed = this.code;
        this.offer = action === 'start' ? await this.start() : await this.stop();
        return this.offer;
      },
    });
  }

  /** After an answer: what to offer for it (the key it was looked up with, if any). */
  async consider(dossier: Dossier, key: string, client: MotcuaClient | undefined): Promise<void> {
    this.offer = 'none';
    this.code = dossier.code;
    this.key = key;
    this.client = client;
    if (!key || dossier.restricted || dossierStatus(dossier.status).final || !client?.follow.url) return this.host.requestUpdate();
    if (!(await pushRegistration(5000))) return this.host.requestUpdate();
    const kept = await followedCache().then(
      (c) => c.match(keyFor(dossier.code)),
      () => undefined,
    );
    // The answer may have changed while we looked.
    if (this.code !== dossier.code) return undefined;
    this.offer = kept ? 'on' : 'off';
    this.host.requestUpdate();
    return undefined;
  }

  private async start(): Promise<FollowOffer> {
    const client = this.client!;
    const permission = await Notification.requestPermission();
    if (permission !== 'granted')
      throw new MotcuaError('unauthorized', `notifications ${permission}`, {
        messages: localized('followBlocked', followStrings.followBlocked),
      });
    const registration = await navigator.serviceWorker.ready;
    const publicKey = keyBytes(await client.follow.publicKey());
    let subscription = await registration.pushManager.getSubscription();
    // Made with another key (the gateway's keys changed): the push service would refuse ours.
    if (subscription && !sameKey(subscription.options?.applicationServerKey, publicKey)) {
      await subscription.unsubscribe().catch(() => false);
      subscription = null;
    }
    try {
      // A browser without a reachable push service may never answer: give up after a while.
      subscription ??= await Promise.race([
        registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the push service did not answer in 15 s')), SUBSCRIBE_TIMEOUT_MS),
        ),
      ]);
    } catch (error) {
      throw new MotcuaError('unsupported', `push subscription failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
        messages: localized('followNoPush', followStrings.followNoPush),
      });
    }
    const json = subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    await client.follow.start({
      code: this.code,
      key: this.key,
      subscription: { endpoint: json.endpoint, keys: json.keys },
      lang: this.host.language,
    });
    const page = new URL(location.href);
    page.search = `?code=${encodeURIComponent(this.code)}`;
    page.hash = '';
    const record = followedRecord(this.code, page.href, client.follow.url!, this.host.language);
    await (
      await followedCache()
    ).put(keyFor(this.code), new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }));
    return 'on';
  }

  private async stop(): Promise<FollowOffer> {
    const registration = await pushRegistration();
    const subscription = await registration?.pushManager.getSubscription();
    // (The subscription's auth secret proves to the gateway that this browser is the one that followed.)
    if (subscription)
      await this.client!.follow.stop({
        endpoint: subscription.endpoint,
        auth: (subscription.toJSON() as { keys: { auth: string } }).keys.auth,
        code: this.code,
      });
    await (await followedCache()).delete(keyFor(this.code));
    return 'off';
  }

  private t(key: FollowStringKey, args?: Record<string, string>): string {
    return translate(this.host.language, followStrings, key, args);
  }

  /** The box under the answer: the offer, what is on, and what went wrong. */
  render() {
    const { offer, change } = this;
    if (offer === 'none') return nothing;
    const mine = this.changed === this.code;
    const pending = mine && change.status === TaskStatus.PENDING;
    const error = mine && change.status === TaskStatus.ERROR ? change.error : undefined;
    const said =
      offer === 'on'
        ? this.t('following')
        : mine && change.status === TaskStatus.COMPLETE && change.value === 'off'
          ? this.t('unfollowed')
          : '';
    return html`<div part="follow">
      <p role="status">${said}</p>
      ${offer === 'off' ? html`<p part="hint" id="follow-hint">${this.t('followHint')}</p>` : nothing}
      <!-- Not disabled while it works: a disabled button would drop keyboard focus to the page. -->
      <button
        part="follow-button"
        class="secondary"
        type="button"
        aria-describedby=${offer === 'off' ? 'follow-hint' : nothing}
        aria-busy=${pending ? 'true' : 'false'}
        aria-disabled=${pending ? 'true' : 'false'}
        @click=${() => pending || void change.run([offer === 'on' ? 'stop' : 'start'])}
      >
        ${pending ? this.t('followWorking') : this.t(offer === 'on' ? 'unfollowButton' : 'followButton')}
      </button>
      ${error ? html`<p part="message" role="alert">${isMotcuaError(error) ? error.messageIn(this.host.language) : this.t('followFailed', { message: error instanceof Error ? error.message : '' })}</p>` : nothing}
    </div>`;
  }
}
