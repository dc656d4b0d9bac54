/**
 * A push service on loopback, as a browser vendor runs one: it accepts a message only with a
 * valid VAPID JWT (RFC 8292: ES256, audience its own origin, not expired) and decrypts the
 * aes128gcm payload (RFC 8291) with the subscription keys the test generated, as the browser
 * would. `subscription()` is what a browser's PushManager would hand the page.
 */
import { createECDH, createPublicKey, createDecipheriv, hkdfSync, randomBytes, verify } from 'node:crypto';
import { scriptedServer, type ScriptedServer } from './http-server.js';

const b64url = (b: Buffer) => b.toString('base64url');

export interface PushedMessage {
  endpoint: string;
  payload: unknown;
  ttl: string | undefined;
}

export interface PushService extends ScriptedServer {
  /** A new subscription (its keys are kept to decrypt what is pushed to it). */
  subscription(): { endpoint: string; keys: { p256dh: string; auth: string } };
  /** Messages received and decrypted. */
  received: PushedMessage[];
  /** Refused requests, with why. */
  refused: string[];
  /** Subscriptions the service will answer 410 Gone for. */
  expire(endpoint: string): void;
}

function verifyVapid(header: string | undefined, audience: string): string | undefined {
  const m = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header ?? '');
  if (!m) return 'no vapid authorization';
  const [head, claims, sig] = m[1]!.split('.');
  const key = Buffer.from(m[2]!.trim(), 'base64url');
  const jwk = { kty: 'EC', crv: 'P-256', x: b64url(key.subarray(1, 33)), y: b64url(key.subarray(33, 65)) };
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig!, 'base64url'),
  );
  if (!ok) return 'bad vapid signature';
  const body = JSON.parse(Buffer.from(claims!, 'base64url').toString()) as { aud?: string; exp?: number; sub?: string };
  if (body.aud !== audience) return `wrong audience ${body.aud}`;
  if (!body.exp || body.exp * 1000 < Date.now() || body.exp * 1000 > Date.now() + 24 * 3_600_000) return 'bad expiry';
  if (!body.sub || !/^(mailto:|https:)/.test(body.sub)) return 'no contact';
  return undefined;
}

/** RFC 8291 + RFC 8188 (one record). */
function decrypt(body: Buffer, uaPrivate: ReturnType<typeof createECDH>, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const ciphertext = body.subarray(21 + idlen);
  const uaPublic = uaPrivate.getPublicKey();
  const ecdhSecret = uaPrivate.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const plain = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with 0x02 and optional zero padding before it.
  const end = plain.lastIndexOf(2);
  return plain.subarray(0, end).toString('utf8');
}

export async function startPushService(): Promise<PushService> {
  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const gone = new Set<string>();
  const received: PushedMessage[] = [];
  const refused: string[] = [];
  let origin = '';
  const server = await scriptedServer((req) => {
    const endpoint = `${origin}${req.path}`;
    const why = verifyVapid(req.headers.authorization, origin);
    if (why) {
      refused.push(why);
      return { status: 401, body: why };
    }
    if (gone.has(endpoint)) return { status: 410, body: 'gone' };
    const sub = keys.get(endpoint);
    if (!sub) return { status: 404, body: 'unknown subscription' };
    if (req.headers['content-encoding'] !== 'aes128gcm') return { status: 400, body: 'aes128gcm expected' };
    try {
      received.push({ endpoint, payload: JSON.parse(decrypt(req.raw, sub.ecdh, sub.auth)), ttl: req.headers.ttl as string | undefined });
    } catch (error) {
      refused.push(`cannot decrypt: ${String(error)}`);
      return { status: 400, body: 'cannot decrypt' };
    }
    return { status: 201, body: '' };
  });
  origin = server.url;
  return {
    ...server,
    received,
    refused,
    expire: (endpoint) => gone.add(endpoint),
    subscription() {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${randomBytes(8).toString('hex')}`;
      keys.set(endpoint, { ecdh, auth });
      return { endpoint, keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) } };
    },
  };
}
