/**
 * Named networks with limits of their own. One address may stand for many people: the
 * one-door hall's Wi-Fi, a kiosk, a carrier's shared address. Their citizens share that
 * address's budget, so the operator raises it for them — knowing that someone abusing the
 * hall's network also gets the higher limits (docs/gateway.md).
 */
import { createHash } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { GatewayLimits } from './limits.js';

export interface NetworkLimits extends Partial<Pick<GatewayLimits, 'perMinute' | 'dossierPerMinute' | 'failedLookups'>> {
  /** For logs and docs, e.g. "hall-ha-tinh". */
  name: string;
  /** One CIDR block or several, IPv4 or IPv6: "203.113.0.0/24". */
  cidr: string | string[];
}

/** Throws a TypeError naming the bad block. */
function blockList(network: NetworkLimits): BlockList {
  const list = new BlockList();
  for (const block of Array.isArray(network.cidr) ? network.cidr : [network.cidr]) {
    const [address = '', bits = ''] = block.trim().split('/');
    const family = isIP(address);
    const prefix = Number(bits);
    if (!family || !/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128))
      throw new TypeError(`network "${network.name}": "${block}" is not a CIDR block such as 203.113.0.0/24`);
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

/** The limits for a client address: its network's where it is in one, else the defaults. */
export function limitsByAddress(defaults: GatewayLimits, networks: readonly NetworkLimits[] = []): (address: string) => GatewayLimits {
  const lists = networks.map((network) => ({ network, list: blockList(network) }));
  return (address) => {
    const family = isIP(address);
    if (!family || !lists.length) return defaults;
    // An IPv4 client seen through an IPv6 socket ("::ffff:203.113.0.7") is matched as IPv4.
    const v4 = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : undefined;
    const found = lists.find(({ list }) => (v4 ? list.check(v4, 'ipv4') : list.check(address, family === 4 ? 'ipv4' : 'ipv6')));
    return found ? { ...defaults, ...definedOnly(found.network) } : defaults;
  };
}

function definedOnly({ perMinute, dossierPerMinute, failedLookups }: NetworkLimits): Partial<GatewayLimits> {
  return Object.fromEntries(Object.entries({ perMinute, dossierPerMinute, failedLookups }).filter(([, v]) => v !== undefined));
}

/** How much of an address is one client: IPv4 /32 and IPv6 /64 by default (one home connection gets a /64). */
export interface ClientPrefixes {
  ipv4Prefix: number;
  ipv6Prefix: number;
}

/**
 * The client a request counts as, for budgets, failed look-ups and logs: the network its
 * address is in (an IPv4-mapped address as IPv4), hashed — counters and logs hold no raw IPs.
 * Forty addresses of one /64 are one client.
 */
export function clientKey(address: string, { ipv4Prefix, ipv6Prefix }: ClientPrefixes): string {
  let network = address;
  if (ipaddr.isValid(address)) {
    let parsed = ipaddr.parse(address);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
    const prefix = parsed.kind() === 'ipv4' ? ipv4Prefix : ipv6Prefix;
    network = `${(parsed.kind() === 'ipv4' ? ipaddr.IPv4 : ipaddr.IPv6).networkAddressFromCIDR(`${parsed.toString()}/${prefix}`).toNormalizedString()}/${prefix}`;
  }
  return createHash('sha256').update(`motcua:${network}`).digest('base64url').slice(0, 12);
}
