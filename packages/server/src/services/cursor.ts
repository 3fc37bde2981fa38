import { ApiError } from '../errors.js';

/** Version tag inside every cursor, so a later format can tell old cursors apart. */
const CURSOR_VERSION = 1;

/** Encodes a position (a row sequence number) as an opaque page cursor. */
export function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, s: seq })).toString('base64url');
}

/**
 * Decodes a cursor from {@link encodeCursor}.
 *
 * @throws {ApiError} 1003 when the cursor was not issued by this server.
 */
export function decodeCursor(cursor: string): number {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value?.v === CURSOR_VERSION && Number.isSafeInteger(value.s) && value.s >= 0) {
      return value.s;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(
    1003,
    '/cursor: is not a cursor from this server; pass the nextCursor of the previous page.',
  );
}

/** Default page size of paged operations, as the spec's `Limit` parameter declares. */
export const DEFAULT_PAGE_SIZE = 50;
