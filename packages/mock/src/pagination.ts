/**
 * Cursor paging of the device and queue lists: `{ items, nextCursor }`.
 */
import { ApiProblem } from './problems.js';

/** The spec's default page size. */
export const DEFAULT_LIMIT = 50;

/** One page of a list. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

function encodeCursor(offset: number): string {
  return btoa(`offset:${offset}`).replaceAll('=', '');
}

function decodeCursor(cursor: string): number {
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    // Handled below: a cursor that is not base64 is not one of ours.
  }
  const match = /^offset:(\d+)$/.exec(decoded);
  if (!match?.[1]) {
    throw new ApiProblem(
      400,
      1003,
      `query parameter cursor: ${cursor} is not a cursor that this list returned; omit it to read the first page.`,
    );
  }
  return Number(match[1]);
}

/**
 * Returns the page of `items` that starts at the cursor.
 *
 * NOTE: the cursor is an offset, so items added or removed between two page reads shift the
 * later pages. The reference server's cursors may behave differently.
 */
export function paginate<Item>(items: Item[], limit = DEFAULT_LIMIT, cursor?: string): Page<Item> {
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end) : null,
  };
}
