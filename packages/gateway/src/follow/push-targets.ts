/**
 * Where the gateway may send a push. A subscription's endpoint comes from a stranger's browser,
 * so without a policy `POST /v1/follow` would make the gateway POST into the city's own network
 * (server-side request forgery). A push goes only:
 * - over https, on the default port, to a host of the browsers' push services (`pushHosts`);
 * - to an address that is public unicast — every address the host resolves to is checked
 *   (no loopback, private, link-local, CGNAT, ULA, IPv4-mapped, NAT64, 6to4, Teredo,
 *   unspecified, multicast, documentation…), whatever numeric spelling the URL used;
 * - and the connection is made to the very address that was checked (no second DNS look-up
 *   for a rebinding attacker to answer differently).
 * The check runs when a browser follows and again before each push.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * The push services' hosts, as the browsers name them: Chrome, Edge-on-Chromium, Opera and
 * Samsung Internet use Firebase Cloud Messaging (Chromium's push_messaging_constants:
 * `https://fcm.googleapis.com/fcm/send/`, `…/wp/`; older subscriptions on android.googleapis.com),
 * Firefox Mozilla's autopush (`updates.push.services.mozilla.com`), legacy Edge and Windows
 * the Windows Push Notification Services (`*.notify.windows.com`), Safari Apple's
 * (`web.push.apple.com`, `*.push.apple.com`).
 */
export const DEFAULT_PUSH_HOSTS: readonly string[] = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.notify.windows.com',
  '*.push.apple.com',
];

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface PushTargetPolicy {
  /** Host names, exact or `*.` for any subdomain (default DEFAULT_PUSH_HOSTS; config: `follow.pushHosts` adds to it). */
  hosts?: readonly string[];
  /** How a host is resolved (default: the system's resolver, every address). */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  /**
   * Tests only, never from a config file: origins (`http://127.0.0.1:4000`) pushed to over
   * plain http and at any address — for a push service on loopback. Still resolved once and
   * connected to that address, like any other.
   */
  dangerouslyAllowOrigins?: readonly string[];
}

export type PushTarget = { ok: true; url: URL; address: ResolvedAddress } | { ok: false; reason: string; transient?: boolean };

/** True for a public unicast address: the only kind a push may reach. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.range() !== 'unicast') return false;
  // IPv6 global unicast is 2000::/3; ipaddr calls anything it has no name for "unicast".
  return parsed.kind() === 'ipv4' || parsed.match(ipaddr.IPv6.parse('2000::'), 3);
}

const systemResolve = async (host: string): Promise<ResolvedAddress[]> =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

function hostAllowed(host: string, hosts: readonly string[]): boolean {
  return hosts.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
  });
}

/** Checks `endpoint` against the policy; the address to connect to when it may be pushed to. */
export async function checkPushTarget(endpoint: string, policy: PushTargetPolicy = {}): Promise<PushTarget> {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const testing = policy.dangerouslyAllowOrigins?.includes(url.origin) === true;
  if (!testing) {
    if (url.protocol !== 'https:') return { ok: false, reason: 'not https' };
    if (url.port !== '') return { ok: false, reason: 'not the https port' };
    if (url.username || url.password) return { ok: false, reason: 'credentials in the URL' };
    // The URL parser has already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1.
    if (ipaddr.isValid(host)) return { ok: false, reason: 'an address, not a push service' };
    if (!hostAllowed(host, [...DEFAULT_PUSH_HOSTS, ...(policy.hosts ?? [])]))
      return { ok: false, reason: `${host} is not a push service host (follow.pushHosts)` };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await (policy.resolve ?? systemResolve)(host);
  } catch (error) {
    return { ok: false, reason: `${host} does not resolve: ${(error as Error).message}`, transient: true };
  }
  if (!addresses.length) return { ok: false, reason: `${host} does not resolve`, transient: true };
  const inner = testing ? undefined : addresses.find((a) => !isPublicAddress(a.address));
  if (inner) return { ok: false, reason: `${host} resolves to ${inner.address}, not a public address` };
  return { ok: true, url, address: addresses[0]! };
}
