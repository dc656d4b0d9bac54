/**
 * Dossier codes are sequential, so they can be enumerated. Beyond the per-minute rate limit,
 * this counts each client's failed look-ups (unknown codes, wrong keys) in a sliding window
 * and refuses further look-ups once they pass a threshold.
 */
export interface LookupGuardOptions {
  /** Failed look-ups allowed per window (default 10). */
  maxFailures: number;
  /** Window in ms (default 15 minutes). */
  windowMs: number;
  now?: () => number;
}

export class LookupGuard {
  readonly #failures = new Map<string, number[]>();
  readonly #options: Required<LookupGuardOptions>;

  constructor(options: LookupGuardOptions) {
    this.#options = { now: Date.now, ...options };
  }

  /** Seconds until this client may look up again, or 0. */
  blockedFor(client: string): number {
    const recent = this.#recent(client);
    if (recent.length < this.#options.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.#options.windowMs - this.#options.now()) / 1000));
  }

  /** Records a failure; returns how many this client has in the window. */
  fail(client: string): number {
    const recent = this.#recent(client);
    recent.push(this.#options.now());
    this.#failures.set(client, recent);
    return recent.length;
  }

  #recent(client: string): number[] {
    const since = this.#options.now() - this.#options.windowMs;
    const recent = (this.#failures.get(client) ?? []).filter((t) => t > since);
    if (recent.length) this.#failures.set(client, recent);
    else this.#failures.delete(client);
    // Bounded memory under a flood of distinct clients: forget the oldest.
    if (this.#failures.size > 100_000) this.#failures.delete(this.#failures.keys().next().value as string);
    return recent;
  }
}
