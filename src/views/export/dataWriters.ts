/**
 * The files a view's data is saved as: CSV (RFC 4180, one table, or several with a "table" column)
 * and JSON (title, source line, filters and each table as records).
 */
import { csvFile, csvLine, csvTable } from '../../model/csv';
import type { ViewExport } from './exportTables';

/** A CSV file: one table as it is, or several in one file with a leading "table" column naming each row's table. */
export function toCsv(exported: ViewExport): string {
  const tables = Object.entries(exported.tables);
  if (tables.length === 1) {
    const [, table] = tables[0] ?? ['', { columns: [], rows: [] }];
    return csvTable(table.columns, table.rows);
  }
  // Several tables in one file: a leading "table" column says which each row belongs to.
  const columns = [...new Set(tables.flatMap(([, t]) => t.columns))];
  const lines = [csvLine(['table', ...columns])];
  for (const [name, table] of tables) {
    for (const row of table.rows) {
      const byColumn = new Map(table.columns.map((c, i) => [c, row[i] ?? null]));
      lines.push(csvLine([name, ...columns.map((c) => byColumn.get(c) ?? null)]));
    }
  }
  return csvFile(lines);
}

/** The JSON file: title, source line, filters, and each table as a list of records. */
export function toJson(exported: ViewExport, generatedAt: string): string {
  const tables = Object.fromEntries(
    Object.entries(exported.tables).map(([name, table]) => [name, table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null])))]),
  );
  return `${JSON.stringify({ view: exported.view, title: exported.title, source: exported.sourceLine, dataGeneratedAt: generatedAt, filters: exported.filters, ...tables }, null, 2)}\n`;
}
