/** Plain-text tables like `camel get` prints: a header row, columns two spaces apart, numbers aligned right. */

/** One column of a table of rows `R`. */
export interface Column<R> {
  readonly header: string;
  /** The cell text; newlines and tabs are shown as spaces. */
  readonly cell: (row: R) => string;
  /** Right-aligned (numbers, ages) or left-aligned (default). The header follows its column. */
  readonly align?: 'left' | 'right';
  /** Longer cells are cut to this many characters, ending in `…`. */
  readonly maxWidth?: number;
}

function clip(text: string, maxWidth: number | undefined): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return maxWidth !== undefined && flat.length > maxWidth ? `${flat.slice(0, Math.max(0, maxWidth - 1))}…` : flat;
}

/**
 * The table of `rows` under `columns`: one header line, then one line per row, each ending in a newline and without
 * trailing spaces. Every column is as wide as its widest cell or header; columns are separated by two spaces.
 */
export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cells = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => clip(c.cell(r), c.maxWidth)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i]?.length ?? 0)));
  return cells
    .map((line) =>
      line
        .map((text, i) => {
          const width = widths[i] ?? 0;
          return columns[i]?.align === 'right' ? text.padStart(width) : text.padEnd(width);
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
