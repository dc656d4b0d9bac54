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
import { createHash } from 'node:crypto';
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

  /**
   * Records a failure; returns how many this client has in the window — or undefined when it
   * made this very failure before in the window (`same`: the code, and the key tried, hashed).
   * A repeat is no new guess: a misprinted receipt's link opened again (its page asks twice, for
   * the words and for the answer) must not lock its network out of every dossier.
   */
  async fail(client: string, same: string): Promise<number | undefined> {
    if (await this.again(`failed-as:${client}`, same, this.windowMs)) return undefined;
    return (await this.state.hit(`failed:${client}`, this.windowMs)).count;
  }

  /** Whether `what` was marked under `scope` in the window (and marks it): kept as a hash, never as typed. */
  private async again(scope: string, what: string, windowMs: number): Promise<boolean> {
    const fingerprint = createHash('sha256').update(what).digest('base64url').slice(0, 16);
    return (await this.state.hit(`${scope}:${fingerprint}`, windowMs)).count > 1;
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
  async wrongKey(code: string, key: string, maxWrongKeys: number, pauseMs: number): Promise<boolean> {
    // The same wrong key from anywhere is one guess (a link passed around, a page reloaded).
    if (await this.again(`wrong-key-as:${code}`, key, pauseMs)) return false;
    const { count } = await this.state.hit(`wrong-keys:${code}`, pauseMs);
    if (count !== maxWrongKeys) return false;
    await this.state.hit(`paused:${code}`, pauseMs);
    return true;
  }
}
