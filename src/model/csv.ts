/**
 * CSV (RFC 4180) for every download the app offers: a view's export and the table view's file.
 * Kept in the model so views share one writer without importing each other.
 */
export type Cell = string | number | boolean | null;

/**
 * One CSV field. A text cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading
 * apostrophe: names and quotes come from pasted articles.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** A whole file from lines already written with csvLine: CRLF between and after them. */
export function csvFile(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** One table as a CSV file: a header line, then a line per row. */
export function csvTable(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvFile([csvLine(columns), ...rows.map(csvLine)]);
}
