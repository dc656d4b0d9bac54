/**
 * A USB barcode scanner is a keyboard: it types what it read as a burst of keys a few
 * milliseconds apart and ends it with Enter, into whatever has focus — or nothing. People do
 * not type like that: even a fast typist leaves 60 ms and more between most keys, and never a
 * whole code at scanner speed. A burst is told apart by its timing alone, wherever focus is.
 */
export interface KeyBurstOptions {
  /** The longest gap between two of a scanner's keys, in ms (default 50; scanners send one every 1–20 ms). */
  maxGap?: number;
  /** The fewest characters a scan has (default 6). */
  minLength?: number;
}

export class KeyBurst {
  private chars: string[] = [];
  private last = Number.NEGATIVE_INFINITY;
  private readonly maxGap: number;
  private readonly minLength: number;

  constructor({ maxGap = 50, minLength = 6 }: KeyBurstOptions = {}) {
    this.maxGap = maxGap;
    this.minLength = minLength;
  }

  /**
   * A key pressed at `time` (ms, as `event.timeStamp`). Returns what was scanned when the key
   * is the Enter that ends a burst; otherwise undefined. Keys that type nothing (Shift, which
   * a scanner presses for capitals and `:`) neither count nor break a burst.
   */
  key(key: string, time: number): string | undefined {
    const fast = time - this.last <= this.maxGap;
    if (key === 'Enter') {
      const text = this.chars.join('');
      this.reset();
      return fast && text.length >= this.minLength ? text : undefined;
    }
    if ([...key].length !== 1) return undefined;
    if (!fast) this.chars = [];
    this.chars.push(key);
    this.last = time;
    return undefined;
  }

  /** Forgets a burst under way. */
  reset(): void {
    this.chars = [];
    this.last = Number.NEGATIVE_INFINITY;
  }
}
