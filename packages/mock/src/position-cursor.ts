/**
 * Cursors of lists sorted by several keys (directory searches by name, meeting searches by start
 * time), in the reference server's format: base64url of `{"v":1,"p":[...keys]}`.
 */
import { ApiProblem } from './problems.js';

const POSITION_CURSOR_VERSION = 1;

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) =>
    String.fromCharCode(byte),
  ).join('');
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

function fromBase64Url(cursor: string): string {
  const binary = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (character) => character.charCodeAt(0)),
  );
}

/** Encodes a position in a sorted list as an opaque page cursor. */
export function encodePositionCursor(keys: readonly (string | number)[]): string {
  return toBase64Url(JSON.stringify({ v: POSITION_CURSOR_VERSION, p: keys }));
}

function matchesKind(key: unknown, kind: 'string' | 'number' | undefined): boolean {
  return kind === 'number' ? Number.isSafeInteger(key) : typeof key === 'string';
}

/**
 * Decodes a cursor from {@link encodePositionCursor} whose keys have the types of `shape`.
 *
 * @throws {ApiProblem} 400 with 1003 for a cursor that this list did not return.
 */
export function decodePositionCursor<Shape extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: Shape,
): { [K in keyof Shape]: Shape[K] extends 'number' ? number : string } {
  try {
    const value = JSON.parse(fromBase64Url(cursor));
    const keys: unknown = value?.p;
    if (
      value?.v === POSITION_CURSOR_VERSION &&
      Array.isArray(keys) &&
      keys.length === shape.length &&
      keys.every((key, index) => matchesKind(key, shape[index]))
    ) {
      return keys as { [K in keyof Shape]: Shape[K] extends 'number' ? number : string };
    }
  } catch {
    // Handled below: a cursor that does not decode is not one of ours.
  }
  throw new ApiProblem(
    400,
    1003,
    '/cursor: is not a cursor from this server; pass the nextCursor of the previous page.',
  );
}
