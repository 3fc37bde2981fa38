/** Most keys the limiter tracks; the key with the oldest first failure goes first when full. */
const MAX_KEYS = 100_000;

/** A limit on failed attempts per key within a sliding window. */
export interface FailureLimit {
  maxFailures: number;
  windowMs: number;
}

/**
 * Counts failed login attempts per key, such as `login:<login id>` or `address:<ip>`, and blocks a
 * key that reached its limit within the sliding window.
 *
 * NOTE: counts live in this process only, so two servers on one database file each allow the
 * full limit, and a restart resets the counts.
 */
export class FailureLimiter {
  /** Failure times in milliseconds since the Unix epoch, oldest first, per key. */
  readonly #failures = new Map<string, number[]>();

  constructor(readonly windowMs: number) {}

  /**
   * Returns the seconds until `key` may try again, or undefined when it is below `maxFailures`.
   */
  retryAfterSeconds(key: string, maxFailures: number, now = Date.now()): number | undefined {
    const times = this.#recent(key, now);
    if (times.length < maxFailures) return undefined;
    const oldestCounted = times[times.length - maxFailures] ?? now;
    return Math.max(1, Math.ceil((oldestCounted + this.windowMs - now) / 1000));
  }

  /** Records one failure of each key. */
  recordFailure(keys: readonly string[], now = Date.now()): void {
    for (const key of keys) {
      const times = this.#recent(key, now);
      times.push(now);
      this.#failures.delete(key);
      if (this.#failures.size >= MAX_KEYS) {
        const oldest = this.#failures.keys().next().value;
        if (oldest !== undefined) this.#failures.delete(oldest);
      }
      this.#failures.set(key, times);
    }
  }

  /** Forgets the failures of `key`, after a successful login. */
  reset(key: string): void {
    this.#failures.delete(key);
  }

  #recent(key: string, now: number): number[] {
    const times = this.#failures.get(key);
    if (times === undefined) return [];
    const recent = times.filter((time) => now - time < this.windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    return recent;
  }
}
