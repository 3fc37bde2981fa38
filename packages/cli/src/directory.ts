import { Flags } from '@oclif/core';
import { type Column, formatTable } from './output/table.js';

/** One page of a directory search, as the API returns it. */
export interface DirectoryPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** The paging flags of the directory searches. */
export const directoryPagingFlags = {
  limit: Flags.integer({
    description: 'Maximum number of results per page (1-200).',
    min: 1,
    max: 200,
  }),
  cursor: Flags.string({ description: 'The nextCursor of the previous page.', exclusive: ['all'] }),
  all: Flags.boolean({
    description:
      'Follow the pages and list every result. Each page counts against the rate limit of 60 directory searches per minute.',
  }),
};

/** The paging flag values of a directory search. */
export interface DirectoryPagingValues {
  limit?: number;
  cursor?: string;
  all?: boolean;
}

/**
 * Fetches one page, or with `all` every page, of a directory search.
 *
 * @throws the SDK's error of the first page request that fails.
 */
export async function fetchDirectoryPages<T>(
  flags: DirectoryPagingValues,
  fetchPage: (paging: { limit?: number; cursor?: string }) => Promise<DirectoryPage<T>>,
): Promise<DirectoryPage<T>> {
  if (!flags.all) return fetchPage({ limit: flags.limit, cursor: flags.cursor });

  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage({ limit: flags.limit, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { items, nextCursor: null };
}

/** Formats a directory page as a table with a count line and a hint to the next page. */
export function formatDirectoryPage<T>(
  page: DirectoryPage<T>,
  columns: readonly Column<T>[],
  nouns: { one: string; many: string },
): string {
  if (page.items.length === 0) return `No ${nouns.many} match.`;
  const lines = [
    formatTable(page.items, columns),
    '',
    `${page.items.length} ${page.items.length === 1 ? nouns.one : nouns.many}.`,
  ];
  if (page.nextCursor)
    lines.push(`More ${nouns.many}: add --cursor ${page.nextCursor}, or use --all.`);
  return lines.join('\n');
}
