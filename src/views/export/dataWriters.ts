/**
 * The files a view's data is saved as: CSV (RFC 4180, one table, or several with a "table" column)
 * and JSON (title, source line, filters and each table as records).
 */
import type { Cell, ViewExport } from './exportTables';

/**
 * One CSV field (RFC 4180). A text cell that a spreadsheet would run as a formula (=, +, -, @) gets
 * a leading apostrophe: names and quotes come from pasted articles.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV file: one table as it is, or several in one file with a leading "table" column naming each row's table. */
export function toCsv(exported: ViewExport): string {
  const tables = Object.entries(exported.tables);
  const lines: string[] = [];
  if (tables.length === 1) {
    const [, table] = tables[0] ?? ['', { columns: [], rows: [] }];
    lines.push(table.columns.map(csvField).join(','), ...table.rows.map((r) => r.map(csvField).join(',')));
  } else {
    // Several tables in one file: a leading "table" column says which each row belongs to.
    const columns = [...new Set(tables.flatMap(([, t]) => t.columns))];
    lines.push(['table', ...columns].map(csvField).join(','));
    for (const [name, table] of tables) {
      for (const row of table.rows) {
        const byColumn = new Map(table.columns.map((c, i) => [c, row[i] ?? null]));
        lines.push([name, ...columns.map((c) => byColumn.get(c) ?? null)].map(csvField).join(','));
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON file: title, source line, filters, and each table as a list of records. */
export function toJson(exported: ViewExport, generatedAt: string): string {
  const tables = Object.fromEntries(
    Object.entries(exported.tables).map(([name, table]) => [name, table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null])))]),
  );
  return `${JSON.stringify({ view: exported.view, title: exported.title, source: exported.sourceLine, dataGeneratedAt: generatedAt, filters: exported.filters, ...tables }, null, 2)}\n`;
}
