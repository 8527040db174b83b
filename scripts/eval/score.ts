/**
 * Precision, recall and F1 of what the pipeline found against an answer key, on sets of keys
 * ("anton-bugayenko", "anton-bugayenko|KAZ", "article|BLR"). Pure, so the table is testable.
 */
import { z } from 'zod';
import type { ScoData } from '../../src/model/schema';
import { slugify } from '../preprocess/tokens';

export const AnswerKey = z.object({
  $comment: z.string().optional(),
  experts: z.array(z.object({ name: z.string().min(1), country: z.string().nullable(), articles: z.array(z.string()).min(1) })),
  /** Optional: a key may cover experts only (the synthetic benchmark corpus's does). */
  countries: z.array(z.object({ articleId: z.string(), iso3: z.array(z.string()), $comment: z.string().optional() })).optional(),
  candidates: z.array(z.object({ articleId: z.string(), iso3: z.string(), kinds: z.array(z.string()).optional() })).optional(),
});
export type AnswerKey = z.infer<typeof AnswerKey>;

export interface Score {
  measure: string;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  extra: string[];
}

export function score(measure: string, expected: ReadonlySet<string>, found: ReadonlySet<string>): Score {
  const correct = [...found].filter((k) => expected.has(k)).length;
  const precision = found.size === 0 ? (expected.size === 0 ? 1 : 0) : correct / found.size;
  const recall = expected.size === 0 ? 1 : correct / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    measure,
    expected: expected.size,
    found: found.size,
    correct,
    precision,
    recall,
    f1,
    missed: [...expected].filter((k) => !found.has(k)).sort(),
    extra: [...found].filter((k) => !expected.has(k)).sort(),
  };
}

/** Scores experts (by name), expert countries, country mentions and candidates per article. */
export function evaluate(key: AnswerKey, data: ScoData): Score[] {
  const scores = [
    score('experts', new Set(key.experts.map((e) => slugify(e.name))), new Set(data.experts.map((e) => e.id))),
    score(
      'expert countries',
      new Set(key.experts.map((e) => `${slugify(e.name)}|${e.country ?? '-'}`)),
      new Set(data.experts.map((e) => `${e.id}|${e.country ?? '-'}`)),
    ),
    score(
      'expert articles',
      new Set(key.experts.flatMap((e) => e.articles.map((a) => `${slugify(e.name)}|${a}`))),
      new Set(data.experts.flatMap((e) => e.articles.map((a) => `${e.id}|${a}`))),
    ),
  ];
  if (key.countries !== undefined) {
    scores.push(
      score(
        'countries mentioned',
        new Set(key.countries.flatMap((c) => c.iso3.map((iso3) => `${c.articleId}|${iso3}`))),
        new Set(data.countries.flatMap((c) => c.mentions.map((m) => `${m.articleId}|${c.iso3}`))),
      ),
    );
  }
  if (key.candidates !== undefined) {
    scores.push(
      score(
        'candidates',
        new Set(key.candidates.map((c) => `${c.articleId}|${c.iso3}`)),
        new Set(data.candidates.map((c) => `${c.articleId}|${c.iso3}`)),
      ),
    );
  }
  return scores;
}

const pct = (x: number) => x.toFixed(3);

export function formatTable(scores: readonly Score[]): string {
  const header = ['measure', 'key', 'found', 'correct', 'precision', 'recall', 'F1'];
  const rows = scores.map((s) => [s.measure, String(s.expected), String(s.found), String(s.correct), pct(s.precision), pct(s.recall), pct(s.f1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}
