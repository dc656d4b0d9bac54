/**
 * Dossier codes are sequential, so they can be enumerated, and receipt keys are short, so they
 * can be guessed. Beyond the per-minute rate limit, this counts failed look-ups (unknown codes,
 * wrong keys) twice:
 * - per client (its network: networks.ts clientKey), refusing it once they reach a threshold;
 * - per dossier, from anywhere: after too many wrong keys for one dossier, its keyed look-ups
 *   and follows pause for everyone — a guess spread over a thousand addresses fails too. The
 *   dossier's public view (status, without details) is still answered meanwhile.
 * The counts live in the gateway's shared state: with Redis, every instance sees them.
 */
import type { SharedState } from './shared-state.js';

export class LookupGuard {
  constructor(
    private readonly state: SharedState,
    /** Window in ms for a client's failures (default 15 minutes). */
    private readonly windowMs: number,
  ) {}

  /** Seconds until this client may look up again, or 0, given how many failures it may have. */
  async blockedFor(client: string, maxFailures: number): Promise<number> {
    const { count, ttlMs } = await this.state.peek(`failed:${client}`);
    return count >= maxFailures ? Math.max(1, Math.ceil(ttlMs / 1000)) : 0;
  }

  /** Records a failure; returns how many this client has in the window. */
  async fail(client: string): Promise<number> {
    return (await this.state.hit(`failed:${client}`, this.windowMs)).count;
  }

  /** Seconds until `code` may be looked up with a key again, or 0. */
  async dossierPausedFor(code: string): Promise<number> {
    const { count, ttlMs } = await this.state.peek(`paused:${code}`);
    return count > 0 ? Math.max(1, Math.ceil(ttlMs / 1000)) : 0;
  }

  /**
   * Records a wrong key for `code` (counted in the pause's own window); at `maxWrongKeys` its
   * keyed look-ups pause for `pauseMs`. True when this failure started the pause.
   */
  async wrongKey(code: string, maxWrongKeys: number, pauseMs: number): Promise<boolean> {
    const { count } = await this.state.hit(`wrong-keys:${code}`, pauseMs);
    if (count !== maxWrongKeys) return false;
    await this.state.hit(`paused:${code}`, pauseMs);
    return true;
  }
}
