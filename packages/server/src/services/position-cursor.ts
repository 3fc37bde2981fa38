import { ApiError } from '../errors.js';

/** Version tag inside every position cursor, so a later format can tell old cursors apart. */
const POSITION_CURSOR_VERSION = 1;

/**
 * Encodes a position in a list sorted by several keys (such as start time and sequence number)
 * as an opaque page cursor.
 *
 * The cursors of {@link encodeCursor} carry one sequence number, which cannot resume a list
 * sorted by start time or name, so sorted lists use this format with the same error on a bad
 * cursor.
 */
export function encodePositionCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify({ v: POSITION_CURSOR_VERSION, p: keys })).toString('base64url');
}

/**
 * Decodes a cursor from {@link encodePositionCursor} whose keys have the types of `shape`.
 *
 * @throws {ApiError} 1003 when the cursor was not issued by this server for this list.
 */
export function decodePositionCursor<T extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'number' ? number : string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const keys: unknown = value?.p;
    if (
      value?.v === POSITION_CURSOR_VERSION &&
      Array.isArray(keys) &&
      keys.length === shape.length &&
      keys.every((key, index) => matchesKind(key, shape[index]))
    ) {
      return keys as { [K in keyof T]: T[K] extends 'number' ? number : string };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(
    1003,
    '/cursor: is not a cursor from this server; pass the nextCursor of the previous page.',
  );
}

function matchesKind(key: unknown, kind: 'string' | 'number' | undefined): boolean {
  if (kind === 'number') return Number.isSafeInteger(key);
  return typeof key === 'string';
}
