/**
 * Web Push to a citizen's browser: the payload encrypted for the subscription (RFC 8291,
 * aes128gcm) and the request signed with the gateway's VAPID key (RFC 8292), both by the
 * `web-push` library; the request itself goes out through Node's https, connected to the
 * address push-targets.ts checked. The payload holds the code and the status in words, in the
 * follower's language — no personal data.
 */
import { ECDH } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import webpush from 'web-push';
import { checkPushTarget, type PushTargetPolicy, type ResolvedAddress } from './push-targets.js';

export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The follower's language (the follow request's `lang`, else its Accept-Language): a push's words are in it. */
  lang?: string;
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
  /** The status in words, in the follower's language, for the notification as it is shown. */
  title: string;
  body: string;
  /** The lookup page to open on click. */
  url: string;
}

/** `gone`: the push service no longer knows the subscription (404/410): forget it. `refused`: the endpoint is not one the policy allows now. */
export type PushResult = { result: 'sent' | 'gone' } | { result: 'failed' | 'refused'; why: string };

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * What is wrong with a subscription's keys, by field, or undefined: `p256dh` must be a P-256
 * public key (65 bytes, uncompressed, on the curve) and `auth` 16 bytes, both base64url — else
 * encrypting for it fails at every push.
 */
export function subscriptionKeysProblem(keys: { p256dh: string; auth: string }): { field: 'p256dh' | 'auth'; why: string } | undefined {
  const p256dh = BASE64URL.test(keys.p256dh) ? Buffer.from(keys.p256dh, 'base64url') : undefined;
  if (p256dh?.length !== 65 || p256dh[0] !== 4) return { field: 'p256dh', why: 'not a 65-byte uncompressed P-256 key in base64url' };
  try {
    ECDH.convertKey(p256dh, 'prime256v1');
  } catch {
    return { field: 'p256dh', why: 'not a point on P-256' };
  }
  if (!BASE64URL.test(keys.auth) || Buffer.from(keys.auth, 'base64url').length !== 16)
    return { field: 'auth', why: 'not 16 bytes in base64url' };
  return undefined;
}

/** A lookup that answers the address already checked: the connection cannot be sent elsewhere. */
const pinned = ({ address, family }: ResolvedAddress): LookupFunction =>
  ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
    options.all ? callback(null, [{ address, family }]) : callback(null, address, family)) as unknown as LookupFunction;

function post(
  url: URL,
  address: ResolvedAddress,
  request: { method: string; headers: Record<string, string | number>; body: Buffer },
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.request : http.request;
    const req = send(
      url,
      {
        method: request.method,
        headers: { ...request.headers, 'content-length': request.body.length },
        lookup: pinned(address),
        timeout: timeoutMs,
        agent: false,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}

export interface PushSenderOptions {
  ttlSeconds?: number;
  /** Per push (default 5000 ms): a push service that never answers must not hold a round. */
  timeoutMs?: number;
  /** Where pushes may go (push-targets.ts). */
  targets?: PushTargetPolicy;
}

export function createPushSender(vapid: VapidKeys, options: PushSenderOptions = {}) {
  return {
    async send(subscription: PushSubscriptionJson, payload: PushPayload): Promise<PushResult> {
      // Checked again now: the host may resolve elsewhere than when the browser followed.
      const target = await checkPushTarget(subscription.endpoint, options.targets);
      if (!target.ok) return { result: 'refused', why: target.reason };
      try {
        const request = webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
          vapidDetails: { subject: vapid.subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
          TTL: options.ttlSeconds ?? 86_400,
          contentEncoding: 'aes128gcm',
        });
        const status = await post(
          target.url,
          target.address,
          { method: request.method, headers: request.headers as Record<string, string>, body: request.body },
          options.timeoutMs ?? 5000,
        );
        if (status === 404 || status === 410) return { result: 'gone' };
        return status >= 200 && status < 300 ? { result: 'sent' } : { result: 'failed', why: `HTTP ${status}` };
      } catch (error) {
        return { result: 'failed', why: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export const generateVapidKeys = (): { publicKey: string; privateKey: string } => webpush.generateVAPIDKeys();
