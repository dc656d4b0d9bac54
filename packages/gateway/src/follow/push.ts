/**
 * Web Push to a citizen's browser: the payload encrypted for the subscription (RFC 8291,
 * aes128gcm) and the request signed with the gateway's VAPID key (RFC 8292), both by the
 * `web-push` library; the request itself goes out through fetch, so a push service on any
 * URL works the same (tests use one on loopback). The payload holds the code and the status
 * in words — no personal data.
 */
import webpush from 'web-push';

export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface VapidKeys {
  /** Base64url, uncompressed P-256 point; given to browsers. */
  publicKey: string;
  /** From the config or the environment only. */
  privateKey: string;
  /** A contact for push services: `mailto:` or an https URL. */
  subject: string;
}

export interface PushPayload {
  code: string;
  /** The new national status code (the service worker words it in the page's language). */
  status?: number;
  /** The status in words (Vietnamese), for the notification as it is shown. */
  title: string;
  body: string;
  /** The lookup page to open on click. */
  url: string;
}

export type PushResult = 'sent' | 'gone' | 'failed';

export function createPushSender(vapid: VapidKeys, options: { fetch?: typeof fetch; ttlSeconds?: number; timeoutMs?: number } = {}) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    /** `gone`: the push service no longer knows the subscription (404/410): forget it. */
    async send(subscription: PushSubscriptionJson, payload: PushPayload): Promise<PushResult> {
      const request = webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
        vapidDetails: { subject: vapid.subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
        TTL: options.ttlSeconds ?? 86_400,
        contentEncoding: 'aes128gcm',
      });
      try {
        const res = await doFetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: new Uint8Array(request.body),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await res.body?.cancel();
        if (res.status === 404 || res.status === 410) return 'gone';
        return res.ok ? 'sent' : 'failed';
      } catch {
        return 'failed';
      }
    },
  };
}

export const generateVapidKeys = (): { publicKey: string; privateKey: string } => webpush.generateVAPIDKeys();
