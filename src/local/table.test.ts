/** renderTable: aligned columns as a user sees them. */
import { describe, expect, it } from 'vitest';

import { renderTable } from './table.js';
import type { Column } from './table.js';

interface Row {
  name: string;
  n: number;
  note: string;
}

const columns: Column<Row>[] = [
  { header: 'NAME', cell: (r) => r.name },
  { header: 'COUNT', align: 'right', cell: (r) => String(r.n) },
  { header: 'NOTE', cell: (r) => r.note, maxWidth: 8 },
];

describe('renderTable', () => {
  it('pads columns to their widest cell, right-aligns numbers, and trims line ends', () => {
    const text = renderTable(columns, [
      { name: 'shop', n: 12345, note: '' },
      { name: 'a-long-name', n: 7, note: 'ok' },
    ]);
    expect(text).toBe(['NAME         COUNT  NOTE', 'shop         12345', 'a-long-name      7  ok', ''].join('\n'));
  });

  it('cuts long cells with an ellipsis and flattens line breaks', () => {
    const text = renderTable(columns, [{ name: 'x', n: 1, note: 'line one\nline two' }]);
    expect(text).toBe('NAME  COUNT  NOTE\nx         1  line on…\n');
  });

  it('prints only the header without rows', () => {
    expect(renderTable(columns, [])).toBe('NAME  COUNT  NOTE\n');
  });
});
