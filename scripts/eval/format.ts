/** The eval report as Markdown: the figures table, then the misses and extras by form. */
import { byForm, type Accuracy, type Detection, type EvalReport } from './score';

const fixed = (x: number) => x.toFixed(3);

export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Figures line up on the right, words on the left.
  const numeric = header.map((_, i) => i > 0 && rows.every((r) => /^[\d.]*$/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (numeric[i] === true ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = widths.map((w, i) => (numeric[i] === true ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2)));
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)].join('\n');
}

const detectionRow = (label: string, d: Detection) => [label, String(d.expected), String(d.found), String(d.correct), fixed(d.precision), fixed(d.recall), fixed(d.f1)];
const accuracyRow = (label: string, a: Accuracy) => [label, String(a.compared), '', String(a.right), '', '', fixed(a.accuracy)];

/** The figures: one row per measure, with the baseline beside the pipeline. */
export function figuresTable(report: EvalReport): string {
  const rows = [detectionRow('experts and officials', report.experts)];
  if (report.baseline !== null) rows.push(detectionRow('baseline: compromise people()', report.baseline));
  rows.push(accuracyRow('country of the people found (accuracy)', report.country), accuracyRow('role of the people found (accuracy)', report.role));
  if (report.candidates !== null) {
    rows.push(detectionRow(`candidates (${report.candidates.articles} articles)`, report.candidates), accuracyRow('kind of the candidates found (accuracy)', report.candidates.kind));
  }
  return markdownTable(['measure', 'key', 'found', 'correct', 'precision', 'recall', 'F1 / accuracy'], rows);
}

function wrongList(label: string, accuracy: Accuracy): string[] {
  if (accuracy.wrong.length === 0) return [];
  return [`${label}: ${accuracy.wrong.map((w) => `${w.name} (${w.articleId.split('-')[0] ?? w.articleId}) ${w.found}, key ${w.expected}`).join('; ')}`];
}

export function formatReport(report: EvalReport): string {
  const lines = [figuresTable(report), ''];
  const misses = byForm(report.missed);
  lines.push(
    '**Missed, by the form the key’s evidence uses**',
    '',
    misses.length === 0 ? 'none' : markdownTable(['form', 'missed', 'who'], misses.map((m) => [m.form, String(m.count), m.names.join(', ')])),
    '',
  );
  const extras = byForm(report.extra);
  lines.push(
    '**Found but not in the key, by the form that found them**',
    '',
    extras.length === 0 ? 'none' : markdownTable(['form', 'extra', 'who'], extras.map((m) => [m.form, String(m.count), m.names.join(', ')])),
  );
  const wrong = [...wrongList('Wrong country', report.country), ...wrongList('Wrong role', report.role), ...(report.candidates === null ? [] : wrongList('Wrong candidate kind', report.candidates.kind))];
  if (report.candidates !== null) {
    if (report.candidates.missed.length > 0) wrong.push(`Candidates missed: ${report.candidates.missed.join(', ')}`);
    if (report.candidates.extra.length > 0) wrong.push(`Candidates not in the key: ${report.candidates.extra.join(', ')}`);
  }
  if (wrong.length > 0) lines.push('', ...wrong);
  return lines.join('\n');
}
