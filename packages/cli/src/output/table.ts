/** A column of a table: the header and how to get the cell text from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => string | undefined;
}

/**
 * Formats rows as a table with a header line and columns aligned by padding with spaces.
 *
 * NOTE: widths count UTF-16 code units, so wide characters such as emoji misalign a column.
 */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((column) => cleanCell(column.value(row))));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((line) => line[index]?.length ?? 0)),
  );
  const formatLine = (line: readonly string[]) =>
    line
      .map((cell, index) => (index === line.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();

  return [formatLine(columns.map((column) => column.header)), ...cells.map(formatLine)].join('\n');
}

/**
 * Formats label and value pairs, one per line, with the values aligned. Pairs whose value is
 * undefined are left out. A value's further lines are indented to the value column, so text
 * from the API cannot start a line that looks like another label.
 */
export function formatDetails(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  const present = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const width = Math.max(0, ...present.map(([label]) => label.length + 1));
  const indent = ' '.repeat(width + 2);
  return present
    .map(([label, value]) => {
      const lines = value.split(/\r\n|\r|\n/).join(`\n${indent}`);
      return `${`${label}:`.padEnd(width)}  ${lines}`;
    })
    .join('\n');
}

/** Keeps a cell on one line: line breaks and tabs become spaces. */
function cleanCell(value: string | undefined): string {
  return (value ?? '').replace(/[\r\n\t]+/g, ' ');
}
