/** The gateway's limits per client and their defaults, and the dossier budget routes share. */
import type { FastifyRequest } from 'fastify';

export interface GatewayLimits {
  /** Requests per minute per client, all routes (default 300). */
  perMinute: number;
  /** Dossier look-ups per minute per client (default 20). */
  dossierPerMinute: number;
  /** Failed look-ups (unknown code, wrong key) per window before a client is refused (default 10). */
  failedLookups: number;
  failedLookupWindowMinutes: number;
  /**
   * Wrong keys for one dossier, from any number of clients, before its keyed look-ups and
   * follows pause (default 10), and for how long (default 15 minutes): a guess spread over
   * many addresses must fail too.
   */
  wrongKeysPerDossier: number;
  dossierPauseMinutes: number;
  /** How much of an address counts as one client (default IPv4 /32, IPv6 /64). */
  ipv4Prefix: number;
  ipv6Prefix: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  perMinute: 300,
  dossierPerMinute: 20,
  failedLookups: 10,
  failedLookupWindowMinutes: 15,
  wrongKeysPerDossier: 10,
  dossierPauseMinutes: 15,
  ipv4Prefix: 32,
  ipv6Prefix: 64,
};

/** How long answers are reused, stated once for the API (createGateway) and the config file. */
export const DEFAULT_CACHE_SECONDS = { catalogue: 300, dossier: 15 } as const;

/**
 * The route config of everything that looks a dossier up (the JSON look-up, the no-JavaScript
 * page, follow and unfollow): one per-client budget they all draw from, `dossierPerMinute`.
 */
export const DOSSIER_BUDGET = {
  rateLimit: {
    max: (request: FastifyRequest) => request.server.limitsFor(request).dossierPerMinute,
    timeWindow: 60_000,
    groupId: 'dossier',
  },
};
