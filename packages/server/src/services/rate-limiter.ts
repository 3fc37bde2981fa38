import { ApiError } from '../errors.js';

/** Length of a rate-limit window in milliseconds. */
const WINDOW_MS = 60_000;

/**
 * A fixed-window limit of requests per client and minute, kept in memory.
 *
 * NOTE: counts live in this process only, so two servers on one database file each allow the
 * full limit, and a restart resets the counts.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  /**
   * @param perMinute requests each client may send per window.
   * @param description what is counted, for the error message, such as "directory searches".
   */
  constructor(
    readonly perMinute: number,
    private readonly description: string,
  ) {}

  /**
   * Counts one request of `clientId` at `now` (milliseconds since the Unix epoch).
   *
   * @throws {ApiError} 6001 with `Retry-After` when the client has used up its window.
   */
  take(clientId: string, now = Date.now()): void {
    let window = this.#windows.get(clientId);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, count: 0 };
      this.#windows.set(clientId, window);
    }
    if (window.count >= this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
      throw new ApiError(
        6001,
        `Client ${clientId} exceeded ${this.perMinute} ${this.description} per minute. Retry after ${retryAfter} seconds.`,
        { 'Retry-After': String(retryAfter) },
      );
    }
    window.count += 1;
  }
}
