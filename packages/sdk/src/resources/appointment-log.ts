import { VdxError } from '../errors.js';
import type { components } from '../types.js';
import { dataOf, type IdempotencyOptions, idempotencyHeader, type RawClient } from './result.js';

/** One notification of the appointment log: which meeting changed, how, and when. */
export type AppointmentLogEntry = components['schemas']['AppointmentLogEntry'];
/** `created`, `updated`, `participants-changed`, `uninvited` or `deleted`. */
export type AppointmentLogChange = components['schemas']['AppointmentLogChange'];
/** The result of one take: the entries, oldest first, and whether more are waiting. */
export type AppointmentLogBatch = components['schemas']['AppointmentLogBatch'];

/** Options of `appointments.log.take()`. */
export interface AppointmentLogTakeOptions extends IdempotencyOptions {
  /** Maximum number of entries to take (1-1000); the server's default is 1000. */
  limit?: number;
}

/** Options of `appointments.log.poll()`. */
export interface AppointmentLogPollOptions {
  /** Milliseconds to wait after a take that left nothing waiting; default 5000. */
  intervalMs?: number;
  /** Stops the polling: no take starts after it aborts, and a pending wait ends at once. */
  signal?: AbortSignal;
  /** Maximum number of entries per take (1-1000). */
  limit?: number;
}

/**
 * The calling OAuth client's appointment log (`/appointments/v1/appointment-log`), a
 * consume-on-read list of changes to the meetings its organisation subtree takes part in.
 *
 * Every method throws `VdxApiError` for an error response, `VdxNetworkError` or
 * `VdxTimeoutError` when no response arrives, and `VdxAuthError` when the client's token
 * provider cannot get a token.
 */
export interface AppointmentLogApi {
  /**
   * Takes the current notifications, oldest first, and marks them as read, so the next take
   * does not return them. `items` is empty when nothing is new. With `idempotencyKey`, a
   * repeat after a lost response returns the same notifications again.
   */
  take(options?: AppointmentLogTakeOptions): Promise<AppointmentLogBatch>;
  /**
   * Yields notifications as they arrive: it takes the log, yields each entry, takes again at
   * once while `hasMore` is true, and otherwise waits `intervalMs` before the next take. The
   * iteration ends when `signal` aborts. A take that is running when the signal aborts still
   * completes, and its entries are still yielded, because the server has marked them as read.
   * An error of a take ends the iteration with that error.
   *
   * NOTE: leaving the loop early (`break`, `return` or a throw in its body) drops the rest of
   * the current take's entries, which the server has already marked as read.
   *
   * @throws {VdxError} when `intervalMs` is not a positive number.
   *
   * @example
   * ```ts
   * const stop = new AbortController();
   * for await (const entry of client.appointments.log.poll({ signal: stop.signal })) {
   *   console.log(entry.change, entry.appointmentId);
   * }
   * ```
   */
  poll(options?: AppointmentLogPollOptions): AsyncIterable<AppointmentLogEntry>;
}

const DEFAULT_POLL_INTERVAL_MS = 5_000;

/** Creates the appointment log helpers over a raw client. */
export function createAppointmentLogApi(raw: RawClient): AppointmentLogApi {
  const take = async (options?: AppointmentLogTakeOptions) =>
    dataOf(
      raw.POST('/appointments/v1/appointment-log/next', {
        params: {
          query: options?.limit === undefined ? undefined : { limit: options.limit },
          header: idempotencyHeader(options),
        },
      }),
      'POST',
    );

  return {
    take,
    poll: (options = {}) => {
      const intervalMs = options.intervalMs ?? DEFAULT_POLL_INTERVAL_MS;
      if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
        throw new VdxError(
          `intervalMs must be a positive number of milliseconds; got ${intervalMs}.`,
        );
      }
      return pollLog(() => take({ limit: options.limit }), intervalMs, options.signal);
    },
  };
}

async function* pollLog(
  take: () => Promise<AppointmentLogBatch>,
  intervalMs: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<AppointmentLogEntry, void, undefined> {
  while (!signal?.aborted) {
    const batch = await take();
    yield* batch.items;
    if (!batch.hasMore) await wait(intervalMs, signal);
  }
}

/** Resolves after `ms` milliseconds, or at once when `signal` aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
