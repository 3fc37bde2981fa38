import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ApiError } from '../errors.js';
import type { Store } from '../store/store.js';

/** How long a stored response is replayed: 24 hours, as the spec defines for `Idempotency-Key`. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const CIPHER = 'aes-256-gcm';
const SEALED_PREFIX = 'sealed:v1:';

/** A response to replay for a repeated request. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The decision for a request with an Idempotency-Key: run it, or replay a stored response. */
export type IdempotencyDecision =
  | { kind: 'proceed' }
  | { kind: 'replay'; response: StoredResponse };

/**
 * Stores the first response per (caller, Idempotency-Key) and replays it for repeats.
 *
 * Responses that carry a secret (a password or a login code) are stored encrypted with a key
 * kept only in this process's memory, so the database never contains the secret in plain text. After
 * a restart such a response can no longer be replayed, and the repeat gets a 409.
 */
export class IdempotencyService {
  readonly #sealingKey = randomBytes(32);

  constructor(private readonly store: Store) {}

  /**
   * Returns the request's fingerprint: a hash of the method, the path with query, and the body.
   *
   * A JSON body counts by its content, so key order and whitespace do not matter but array
   * order does. A body that does not parse as JSON counts byte by byte.
   */
  static fingerprint(method: string, pathWithQuery: string, body: string): string {
    return createHash('sha256')
      .update(`${method} ${pathWithQuery}\n${canonicalBody(body)}`)
      .digest('hex');
  }

  /**
   * Reserves the key for this request, or returns the stored response of an earlier one.
   *
   * @throws {ApiError} 5002 when the key was used for a different request, 5001 while the
   *   first request with the key is still running or when its response cannot be replayed.
   */
  async begin(subject: string, key: string, fingerprint: string): Promise<IdempotencyDecision> {
    const now = Date.now();
    const expiredBefore = now - IDEMPOTENCY_TTL_MS;
    const reserved = await this.store.reserveIdempotencyKey(
      { subject, key, fingerprint, status: null, headers: null, body: null, createdAt: now },
      expiredBefore,
    );
    if (reserved) return { kind: 'proceed' };

    const record = await this.store.getIdempotencyRecord(subject, key);
    if (!record) return this.begin(subject, key, fingerprint);
    if (record.fingerprint !== fingerprint) {
      throw new ApiError(5002, `Idempotency-Key ${key} was already used for a different request.`);
    }
    if (record.status === null || record.body === null) {
      throw new ApiError(
        5001,
        `A request with Idempotency-Key ${key} is still in progress; retry after it completes.`,
      );
    }
    const body = this.#unseal(record.body, key);
    return {
      kind: 'replay',
      response: { status: record.status, headers: record.headers ?? {}, body },
    };
  }

  /** Stores the response of a request that {@link begin} let proceed. */
  async complete(
    subject: string,
    key: string,
    response: StoredResponse,
    containsSecret: boolean,
  ): Promise<void> {
    const body = containsSecret ? this.#seal(response.body) : response.body;
    await this.store.completeIdempotencyKey(subject, key, { ...response, body });
  }

  /** Frees the key after a failed request, so that the caller can retry with it. */
  async release(subject: string, key: string): Promise<void> {
    await this.store.releaseIdempotencyKey(subject, key);
  }

  #seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(CIPHER, this.#sealingKey, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url'));
    return SEALED_PREFIX + parts.join('.');
  }

  #unseal(stored: string, key: string): string {
    if (!stored.startsWith(SEALED_PREFIX)) return stored;
    const [iv, tag, sealed] = stored
      .slice(SEALED_PREFIX.length)
      .split('.')
      .map((part) => Buffer.from(part, 'base64url'));
    try {
      const decipher = createDecipheriv(CIPHER, this.#sealingKey, iv as Buffer);
      decipher.setAuthTag(tag as Buffer);
      return Buffer.concat([decipher.update(sealed as Buffer), decipher.final()]).toString('utf8');
    } catch {
      throw new ApiError(
        5001,
        `The first response to Idempotency-Key ${key} contained a secret that this server no longer holds after a restart; send the request again with a new key.`,
      );
    }
  }
}

/** Returns `json:` and the body's canonical JSON, or `text:` and the body when it is not JSON. */
function canonicalBody(body: string): string {
  if (body === '') return '';
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return `text:${body}`;
  }
  return `json:${canonicalJson(value)}`;
}

/**
 * Serialises a parsed JSON value with object keys sorted at every level.
 *
 * It writes the text directly instead of building sorted objects, so a `__proto__` key stays an
 * ordinary key.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.keys(value)
    .sort()
    .map(
      (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
    );
  return `{${entries.join(',')}}`;
}
