import type { Summary } from '../lib/stats';

/** "1.23 (1.20–1.31, 3 runs)": the median first, the spread after. */
export function spread(summary: Summary | null | undefined, digits = 2, scale = 1): string {
  if (summary === null || summary === undefined) return '—';
  const f = (v: number) => (v * scale).toFixed(digits);
  if (summary.runs === 1) return `${f(summary.median)} (1 run)`;
  return `${f(summary.median)} (${f(summary.min)}–${f(summary.max)}, ${summary.runs} runs)`;
}

export const fixed = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);

export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(1)} %`;

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
