/**
 * A Zalo Official Account bridge for motcua's webhooks: the gateway POSTs a signed
 * `dossier.status-changed` event here, and the bridge sends the citizen a Zalo message in words.
 *
 * Run it beside the gateway (no credentials in files: both secrets from the environment):
 *
 *   MOTCUA_WEBHOOK_SECRET=… ZALO_OA_ACCESS_TOKEN=… RECIPIENTS=recipients.json npx tsx bridge.ts
 *
 * and name it in the gateway's config: `"follow": { "webhooks": [{ "url":
 * "https://zalo-bridge.city.gov.vn/motcua", "secret": "…" }] }`.
 *
 * Who gets the message is the city's to know, not motcua's: the gateway holds no phone number
 * or Zalo ID. `recipients.json` maps a dossier code to the Zalo user ID of a citizen who
 * followed the city's OA and asked at the desk to be told (`{ "000.00.12.H42-241105-0003":
 * "4242424242424242" }`); a city would read its one-door system's records instead. The desk
 * application makes the gateway watch such a dossier with `POST /v1/follow { code, key }` (no
 * browser subscription: the webhooks alone).
 *
 * Zalo's side, as public code shows it (not tried against Zalo here): `POST
 * https://openapi.zalo.me/v3.0/oa/message/cs` with the OA's token in an `access_token` header
 * and `{ recipient: { user_id }, message: { text } }`; an answer with `error` ≠ 0 is refused.
 * "cs" (customer-service) messages reach users who wrote to the OA recently; outside that
 * window Zalo sells "transaction" messages or ZNS templates — `send()` is the place to change.
 */
import { createServer, type Server } from 'node:http';
import { verifyWebhook } from '@motcua/gateway';

export interface BridgeOptions {
  /** The webhook's secret, as in the gateway's config. */
  secret: string;
  /** The OA's access token (Zalo's OAuth; refreshing it is the city's job). */
  accessToken: string;
  /** Dossier code → Zalo user ID. */
  recipients: (code: string) => string | undefined | Promise<string | undefined>;
  /** Default https://openapi.zalo.me (tests: a loopback server). */
  zaloApi?: string;
  log?: (line: string) => void;
}

interface StatusChanged {
  type: string;
  id: string;
  code: string;
  statusText: string;
}

export function createBridge(options: BridgeOptions): Server {
  const api = options.zaloApi ?? 'https://openapi.zalo.me';
  const log = options.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  // motcua retries a delivery that failed: the same event id may come twice.
  const seen = new Set<string>();

  async function send(userId: string, event: StatusChanged): Promise<boolean> {
    const res = await fetch(`${api}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: options.accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message: { text: `Hồ sơ ${event.code}: ${event.statusText}.` } }),
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await res.json().catch(() => ({}))) as { error?: number; message?: string };
    if (!res.ok || (answer.error ?? 0) !== 0) {
      log(`zalo refused ${event.id}: HTTP ${res.status} error ${answer.error} ${answer.message ?? ''}`);
      return false;
    }
    return true;
  }

  return createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/motcua') return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (!verifyWebhook(body, req.headers['motcua-signature'] as string | undefined, options.secret))
          return void res.writeHead(401).end();
        const event = JSON.parse(body) as StatusChanged;
        if (event.type !== 'dossier.status-changed' || seen.has(event.id)) return void res.writeHead(204).end();
        const userId = await options.recipients(event.code);
        // Nobody asked for Zalo messages about this dossier: done.
        if (!userId) return void res.writeHead(204).end();
        let sent = false;
        try {
          sent = await send(userId, event);
        } catch (error) {
          log(`zalo unreachable for ${event.id}: ${String(error)}`);
        }
        if (!sent) return void res.writeHead(502).end(); // motcua retries with backoff
        seen.add(event.id);
        if (seen.size > 10_000) seen.delete(seen.values().next().value!);
        res.writeHead(204).end();
      })().catch((error: unknown) => {
        log(`bridge error: ${String(error)}`);
        res.writeHead(500).end();
      });
    });
  });
}

// Run directly: settings from the environment.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const need = (name: string) => process.env[name] || (console.error(`zalo-oa-bridge: set ${name}`), process.exit(1));
  const table = JSON.parse(readFileSync(need('RECIPIENTS'), 'utf8')) as Record<string, string>;
  const server = createBridge({
    secret: need('MOTCUA_WEBHOOK_SECRET'),
    accessToken: need('ZALO_OA_ACCESS_TOKEN'),
    recipients: (code) => table[code],
  });
  server.listen(Number(process.env.PORT ?? 8787), process.env.HOST ?? '127.0.0.1', () =>
    process.stdout.write(`zalo-oa-bridge on ${JSON.stringify(server.address())}\n`),
  );
}
