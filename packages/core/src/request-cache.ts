/**
 * Time-limited caching and coalescing of identical concurrent requests.
 *
 * Callers that join an in-flight request each keep their own AbortSignal: one caller giving
 * up rejects only its own promise, and the shared request is aborted when none is left waiting.
 */

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

export interface RequestCacheOptions {
  /** How long a result stays fresh, in ms. */
  ttlMs: number;
  /** At most this many results are kept; the oldest go first. */
  maxEntries: number;
  now?: () => number;
}

// TypeScript's `private`, not `#`: bundles for older phones (ES2021) would carry esbuild's
// WeakMap helpers for `#` fields on every page.
export class RequestCache {
  private readonly results = new Map<string, { value: unknown; expires: number }>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly options: Required<RequestCacheOptions>;

  constructor(options: RequestCacheOptions) {
    this.options = { now: Date.now, ...options };
  }

  /** Runs `load` once for concurrent callers of the same key; caches the result when `cache` is set. */
  run<T>(key: string, load: (signal: AbortSignal) => Promise<T>, options: { signal?: AbortSignal; cache: boolean }): Promise<T> {
    const { signal, cache } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (cache) {
      const hit = this.results.get(key);
      if (hit && hit.expires > this.options.now()) return Promise.resolve(hit.value as T);
      this.results.delete(key);
    }
    let flight = this.inFlight.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = load(controller.signal).then((value) => {
        if (cache && !controller.signal.aborted) this.store(key, value);
        return value;
      });
      const started: InFlight = { promise, controller, waiters: 0 };
      const clear = () => {
        if (this.inFlight.get(key) === started) this.inFlight.delete(key);
      };
      promise.then(clear, clear);
      this.inFlight.set(key, started);
      flight = started;
    }
    return this.wait(flight, signal) as Promise<T>;
  }

  clear(): void {
    this.results.clear();
  }

  private store(key: string, value: unknown): void {
    this.results.delete(key);
    this.results.set(key, { value, expires: this.options.now() + this.options.ttlMs });
    while (this.results.size > this.options.maxEntries) {
      this.results.delete(this.results.keys().next().value as string);
    }
  }

  private wait(flight: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    flight.waiters++;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--flight.waiters === 0) flight.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }
}
