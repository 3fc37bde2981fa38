/**
 * Failures that a test schedules with `fail()`, taken by the next calls of an operation.
 */
import type { DetailedErrorCode } from './problems.js';
import type { OperationId } from './spec.js';

/** Options of a scheduled failure. */
export interface FailureOptions {
  /** How many consecutive calls fail; default 1. */
  times?: number;
  /** Sends `Retry-After` with this many seconds (useful with 429 and 503). */
  retryAfterSeconds?: number;
  /** Waits this many milliseconds before responding (or before the network error). */
  delayMs?: number;
  /** Fails the request at the network level (`fetch` rejects with a `TypeError`) instead. */
  networkError?: true;
  /** Overrides the `detailed_error_code` that the status implies, for example 2003 with 401. */
  detailedErrorCode?: DetailedErrorCode;
  /** Overrides the `detailed_error` (or the OAuth `error_description`) text. */
  detailedError?: string;
}

/** A failure waiting for its operation. */
export interface ScheduledFailure {
  status: number;
  detailedErrorCode: DetailedErrorCode;
  options: FailureOptions;
  remaining: number;
}

const CODES_BY_STATUS: Record<number, DetailedErrorCode> = {
  400: 1001,
  401: 2002,
  403: 3001,
  404: 4001,
  405: 4005,
  409: 5001,
  410: 7001,
  415: 1005,
  429: 6001,
};

function isNonNegativeInteger(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

function checkOptions(operationId: string, options: FailureOptions): void {
  const { times, retryAfterSeconds, delayMs } = options;
  if (times !== undefined && !(Number.isInteger(times) && times >= 1)) {
    throw new TypeError(`fail('${operationId}'): times must be an integer >= 1; got ${times}.`);
  }
  if (retryAfterSeconds !== undefined && !isNonNegativeInteger(retryAfterSeconds)) {
    throw new TypeError(
      `fail('${operationId}'): retryAfterSeconds must be an integer >= 0; got ${retryAfterSeconds}.`,
    );
  }
  if (delayMs !== undefined && !(Number.isFinite(delayMs) && delayMs >= 0)) {
    throw new TypeError(`fail('${operationId}'): delayMs must be a number >= 0; got ${delayMs}.`);
  }
}

function detailedErrorCodeFor(operationId: string, status: number, options: FailureOptions) {
  if (!(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new TypeError(
      `fail('${operationId}'): status must be an HTTP error status from 400 to 599; got ${status}.`,
    );
  }
  const code =
    options.detailedErrorCode ?? CODES_BY_STATUS[status] ?? (status >= 500 ? 9001 : undefined);
  if (code === undefined) {
    throw new TypeError(
      `fail('${operationId}', ${status}): the spec defines no detailed_error_code for ${status}; ` +
        'pass options.detailedErrorCode.',
    );
  }
  return code;
}

/** The failures scheduled per operation, each taken in the order it was scheduled. */
export class FailureSchedule {
  #failures = new Map<OperationId, ScheduledFailure[]>();

  /**
   * Schedules a failure for the next calls of an operation.
   *
   * @throws {TypeError} when the status is not 400-599 or an option is out of range.
   */
  add(operationId: OperationId, status: number, options: FailureOptions = {}): void {
    checkOptions(operationId, options);
    const detailedErrorCode = detailedErrorCodeFor(operationId, status, options);
    const queue = this.#failures.get(operationId) ?? [];
    queue.push({ status, detailedErrorCode, options, remaining: options.times ?? 1 });
    this.#failures.set(operationId, queue);
  }

  /** Takes one call's failure for the operation, or `undefined` when none is scheduled. */
  take(operationId: OperationId): ScheduledFailure | undefined {
    const queue = this.#failures.get(operationId);
    const failure = queue?.[0];
    if (!queue || !failure) {
      return undefined;
    }
    failure.remaining -= 1;
    if (failure.remaining === 0) {
      queue.shift();
    }
    return failure;
  }

  /** Drops every scheduled failure. */
  reset(): void {
    this.#failures = new Map();
  }
}
