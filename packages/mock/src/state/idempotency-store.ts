/**
 * First responses of requests sent with `Idempotency-Key`, replayed for repeats within 24 hours.
 */

/** How long a key is remembered, in milliseconds (24 hours, as the spec states). */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** A response as stored for replay. */
export interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

interface IdempotencyRecord {
  /** The operation, path, query and body of the first request. */
  fingerprint: string;
  response: StoredResponse;
  expiresAt: number;
}

/** Stored responses keyed by the caller and its `Idempotency-Key`. */
export class IdempotencyStore {
  readonly #now: () => Date;
  #records = new Map<string, IdempotencyRecord>();

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** Forgets every key. */
  reset(): void {
    this.#records = new Map();
  }

  /** Returns the stored first request and response for this caller's key, if still remembered. */
  find(caller: string, key: string): Omit<IdempotencyRecord, 'expiresAt'> | undefined {
    const id = JSON.stringify([caller, key]);
    const record = this.#records.get(id);
    if (record && record.expiresAt <= this.#now().getTime()) {
      this.#records.delete(id);
      return undefined;
    }
    return record;
  }

  /** Stores the first response for this caller's key. */
  save(caller: string, key: string, fingerprint: string, response: StoredResponse): void {
    const expiresAt = this.#now().getTime() + IDEMPOTENCY_WINDOW_MS;
    this.#records.set(JSON.stringify([caller, key]), { fingerprint, response, expiresAt });
  }
}
