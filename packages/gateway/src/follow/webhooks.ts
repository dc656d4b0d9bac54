/**
 * Outbound webhooks: when a watched dossier changes, a signed JSON event is POSTed to each
 * configured URL — the channels a city already pays for (a Zalo Official Account bridge, an
 * SMS provider) pick it up from there. Signed like Stripe's: `Motcua-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the target's secret; retried with
 * backoff; an event that never gets through is handed to `onDeadLetter` (the gateway logs it).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface WebhookTarget {
  url: string;
  /** Shared with the receiver, from the config or the environment only. */
  secret: string;
}

export interface DossierChangeEvent {
  type: 'dossier.status-changed';
  /** Unique per event: a receiver drops repeats. */
  id: string;
  code: string;
  /** National status codes before and after. */
  from: number;
  to: number;
  /** The status in words (vi), for a message as it is. No personal data. */
  statusText: string;
  at: string;
}

export interface WebhookOptions {
  targets: readonly WebhookTarget[];
  /** Attempts per target before the dead letter (default 5). */
  attempts?: number;
  /** The first wait between attempts, doubled each time (default 1000 ms). */
  backoffMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  onDeadLetter?: (failure: { target: string; event: DossierChangeEvent; attempts: number; error: string }) => void;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** For receivers: true when `header` signs `body` with `secret` and is at most `toleranceSeconds` old. */
export function verifyWebhook(
  body: string,
  header: string | null | undefined,
  secret: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.trim().split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(now / 1000 - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(signature(secret, t, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createWebhooks(options: WebhookOptions) {
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;

  async function deliver(target: WebhookTarget, event: DossierChangeEvent): Promise<boolean> {
    const body = JSON.stringify(event);
    let error = '';
    let made = 0;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      made = attempt;
      const t = Math.floor(now() / 1000);
      try {
        const res = await doFetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'motcua-signature': `t=${t},v1=${signature(target.secret, t, body)}`,
            'motcua-event-id': event.id,
          },
          body,
          // A redirect is not followed: the signed event goes to the configured URL or nowhere.
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await res.body?.cancel();
        if (res.ok) return true;
        error = `HTTP ${res.status}`;
        // A refusal that repeating will not change.
        if (res.status >= 300 && res.status < 500 && res.status !== 408 && res.status !== 429) break;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      if (attempt < attempts) await sleep(backoffMs * 2 ** (attempt - 1));
    }
    options.onDeadLetter?.({ target: target.url, event, attempts: made, error });
    return false;
  }

  return {
    /** Sends `event` to every target; resolves once each has it or went to the dead letter. */
    async send(event: DossierChangeEvent): Promise<{ delivered: number; failed: number }> {
      const results = await Promise.all(options.targets.map((target) => deliver(target, event)));
      return { delivered: results.filter(Boolean).length, failed: results.filter((r) => !r).length };
    },
  };
}
