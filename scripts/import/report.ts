/** What `npm run import` prints: each page imported with where every field came from, each skip with its reason, and a summary. */
import type { HtmlArticle } from '../preprocess/html/readHtmlArticle';
import type { MetadataField } from '../preprocess/html/metadataSources';
import type { FetchProblem } from './fetchPage';

export type SkipProblem = FetchProblem | 'duplicate' | 'exists' | 'unreadable' | 'cannot write';

export interface Skip {
  source: string;
  problem: SkipProblem;
  reason: string;
}

/** Already there is not a failure: a second run over the same pages imports nothing and says so. */
const NOT_FAILURES: ReadonlySet<SkipProblem> = new Set(['duplicate', 'exists']);

export const isFailure = (skip: Skip) => !NOT_FAILURES.has(skip.problem);

/** The fields in the order the front matter has them. */
const FIELD_ORDER: readonly MetadataField[] = ['title', 'outlet', 'url', 'published', 'language', 'author'];

export function importedLines(source: string, target: string, page: HtmlArticle): string {
  const values: Record<MetadataField, string | undefined> = {
    title: page.article.title,
    outlet: page.article.outlet,
    url: page.article.url,
    published: page.article.published,
    language: page.article.language,
    author: page.author,
  };
  const lines = [`import: ${source} → ${target}`];
  for (const field of FIELD_ORDER) {
    const value = values[field];
    if (value === undefined) continue;
    lines.push(`  ${field.padEnd(9)} ${value}  (${page.sources[field] ?? 'none found'})`);
  }
  const words = page.article.body.split(/\s+/).filter((w) => w !== '').length;
  lines.push(`  ${'text'.padEnd(9)} ${page.paragraphs} paragraphs, ${words} words  (Readability; ${page.charset.charset} from ${page.charset.source})`);
  return `${lines.join('\n')}\n`;
}

export const skipLine = (skip: Skip) => `import: skipped ${skip.source}: ${skip.reason}\n`;

export function summaryLine(imported: number, skipped: readonly Skip[], articlesDir: string): string {
  const counts = new Map<SkipProblem, number>();
  for (const skip of skipped) counts.set(skip.problem, (counts.get(skip.problem) ?? 0) + 1);
  const why = [...counts].map(([problem, n]) => `${n} ${problem}`).join(', ');
  const next = imported > 0 ? '; run `npm run preprocess` to update the app\'s data' : '';
  return `import: ${imported} imported, ${skipped.length} skipped${why === '' ? '' : ` (${why})`} → ${articlesDir}${next}\n`;
}
