/**
 * Dossier codes are sequential, so they can be enumerated. Beyond the per-minute rate limit,
 * this counts each client's failed look-ups (unknown codes, wrong keys) in a window that
 * starts with the first failure, and refuses further look-ups once they reach a threshold.
 * The counts live in the gateway's shared state: with Redis, every instance sees them.
 */
import type { SharedState } from './shared-state.js';

export class LookupGuard {
  constructor(
    private readonly state: SharedState,
    /** Window in ms (default 15 minutes). */
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
}
