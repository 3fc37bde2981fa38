import type { Client } from 'openapi-fetch';
import { toVdxError, VdxArgumentError, VdxError } from '../errors.js';
import { requestOf } from '../transport.js';
import type { paths } from '../types.js';

/** The typed openapi-fetch client that the resource helpers call. */
export type RawClient = Client<paths>;

/** Options of helpers whose operation honours `Idempotency-Key`. */
export interface IdempotencyOptions {
  /**
   * A client-chosen key; a repeat with the same key within 24 hours returns the first response
   * instead of acting again.
   */
  idempotencyKey?: string;
}

interface RawResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Returns the parsed body of a successful response.
 *
 * @throws {VdxApiError} for an error status.
 */
export async function dataOf<T>(pending: Promise<RawResult<T>>, method: string): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toVdxError(response, error, requestOf(response, method));
  return data as T;
}

/**
 * Returns the parsed body, or undefined for HTTP 204 (an empty queue).
 *
 * @throws {VdxApiError} for an error status.
 */
export async function optionalDataOf<T>(
  pending: Promise<RawResult<T>>,
  method: string,
): Promise<T | undefined> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toVdxError(response, error, requestOf(response, method));
  return response.status === 204 ? undefined : (data as T);
}

/** Builds the `Idempotency-Key` header parameter, or none. */
export function idempotencyHeader(options: IdempotencyOptions | undefined) {
  const key = options?.idempotencyKey;
  if (key === undefined) return undefined;
  requireId(key, 'idempotencyKey');
  return { 'Idempotency-Key': key };
}

/**
 * Checks an id that goes into a URL path or header.
 *
 * @throws {VdxError} when it is empty or a dot segment, which would address another resource.
 */
export function requireId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new VdxArgumentError(`${name} must be a non-empty string; got ${JSON.stringify(value)}.`);
  }
  if (value === '.' || value === '..') {
    throw new VdxArgumentError(
      `${name} must not be "${value}", because a dot segment would address another resource.`,
    );
  }
  return value;
}

/**
 * Yields every item of a paged listing, following `nextCursor` until it is null.
 *
 * @throws {VdxError} when the server returns the cursor it was given, which would loop forever.
 */
export async function* followCursors<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    const next = page.nextCursor ?? undefined;
    if (next !== undefined && next === cursor) {
      throw new VdxError(
        `The server returned the cursor "${next}" for the page it belongs to; stopping to avoid a loop.`,
      );
    }
    cursor = next;
  } while (cursor !== undefined);
}
