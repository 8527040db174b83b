/**
 * Which years the timeline's axis shows.
 *
 * "articles" (the default) frames the corpus: the article years padded by two years on each side,
 * never past the latest reference fact (so no empty future columns), and at least six columns wide,
 * so two articles in 2022 and 2024 read as 2020–2025 with the summits of those years as context.
 * "history" shows the whole SCO story, from the first Shanghai Five meeting, with the article years
 * highlighted. Either way the store's range is always inside the span, so the brush can show it.
 */
export type SpanMode = 'articles' | 'history';

export const ARTICLE_PADDING_YEARS = 2;
export const MIN_COLUMNS = 6;
/** The Shanghai Five's first summit; used when no summit list is available. */
export const FIRST_SCO_YEAR = 1996;

export interface YearSpanInput {
  /** Years with at least one article, ascending. */
  articleYears: readonly number[];
  summitYears: readonly number[];
  /** Year of the latest reference fact (the data `referenceAsOf`). */
  referenceYear: number;
  range: readonly [number, number] | null;
}

/** Inclusive [from, to] of the axis. */
export function yearSpan(input: YearSpanInput, mode: SpanMode): [number, number] {
  const { articleYears, summitYears, referenceYear, range } = input;
  const firstArticle = articleYears[0];
  const lastArticle = articleYears[articleYears.length - 1];
  let from: number;
  let to: number;

  if (mode === 'history') {
    from = Math.min(FIRST_SCO_YEAR, ...summitYears, ...articleYears);
    to = Math.max(referenceYear, ...summitYears, ...articleYears);
  } else if (firstArticle === undefined || lastArticle === undefined) {
    to = referenceYear;
    from = to - MIN_COLUMNS + 1;
  } else {
    from = firstArticle - ARTICLE_PADDING_YEARS;
    to = Math.max(lastArticle, Math.min(lastArticle + ARTICLE_PADDING_YEARS, referenceYear));
    if (to - from + 1 < MIN_COLUMNS) from = to - MIN_COLUMNS + 1;
  }

  if (range !== null) {
    from = Math.min(from, range[0]);
    to = Math.max(to, range[1]);
  }
  return [from, to];
}

/** Every year of an inclusive span, ascending. */
export function yearsOf([from, to]: readonly [number, number]): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
