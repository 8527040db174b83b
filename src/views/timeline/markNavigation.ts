/**
 * Arrow-key movement between the timeline's marks (a roving tab stop, like a grid): one Tab reaches
 * the chart, arrows move within it, so a keyboard user does not tab through every theme × year.
 */
import { cellKey } from '../../model/themeYears';

export interface MarkGrid {
  /** Theme ids, top to bottom. */
  rows: readonly string[];
  /** Years that have marks (article years), left to right. */
  columns: readonly number[];
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/** The first mark (top-left), or null when there is none. */
export function firstMark({ rows, columns }: MarkGrid): string | null {
  const row = rows[0];
  const column = columns[0];
  return row === undefined || column === undefined ? null : cellKey(row, column);
}

/** The mark reached from `current` by a key; stays put at the edges. Home/End go along the row. */
export function nextMark(grid: MarkGrid, current: { themeId: string; year: number }, key: NavigationKey): string | null {
  const row = grid.rows.indexOf(current.themeId);
  const column = grid.columns.indexOf(current.year);
  if (row < 0 || column < 0) return firstMark(grid);
  const clampRow = (i: number) => Math.min(grid.rows.length - 1, Math.max(0, i));
  const clampColumn = (i: number) => Math.min(grid.columns.length - 1, Math.max(0, i));
  const moves: Record<NavigationKey, [number, number]> = {
    ArrowLeft: [row, clampColumn(column - 1)],
    ArrowRight: [row, clampColumn(column + 1)],
    ArrowUp: [clampRow(row - 1), column],
    ArrowDown: [clampRow(row + 1), column],
    Home: [row, 0],
    End: [row, grid.columns.length - 1],
  };
  const [r, c] = moves[key];
  const themeId = grid.rows[r];
  const year = grid.columns[c];
  return themeId === undefined || year === undefined ? null : cellKey(themeId, year);
}
