/**
 * Named networks with limits of their own. One address may stand for many people: the
 * one-door hall's Wi-Fi, a kiosk, a carrier's shared address. Their citizens share that
 * address's budget, so the operator raises it for them — knowing that someone abusing the
 * hall's network also gets the higher limits (docs/gateway.md).
 */
import { BlockList, isIP } from 'node:net';
import type { GatewayLimits } from './reply.js';

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
    if (!family || !/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new TypeError(`network "${network.name}": "${block}" is not a CIDR block such as 203.113.0.0/24`);
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
