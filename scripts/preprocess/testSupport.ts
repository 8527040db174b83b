/** Shared set-up for the pipeline's unit tests: the project's own reference data, loaded once. */
import { analyseArticle, analysisContext } from './analyseArticle';
import { extractExperts, type PersonInArticle } from './experts/extractExperts';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { buildThemeMatcher } from './lexicon';
import { prepare, type Prepared } from './pipeline';
import type { RawArticle } from './readArticle';
import { loadReferenceData } from './reference/load';
import { segmentParagraphs } from './segment';

let cached: Prepared | undefined;

export function prepared(): Prepared {
  cached ??= prepare(loadReferenceData('data/reference'));
  return cached;
}

export function gazetteer(): Gazetteer {
  return prepared().context.gazetteer;
}

/** The people a short body of text quotes (paragraphs separated by blank lines); `outlet` is the article's outlet. */
export function peopleIn(body: string, { outlet = 'Test Outlet', outletCountry = null }: { outlet?: string; outletCountry?: string | null } = {}): PersonInArticle[] {
  return extractExperts(segmentParagraphs('A test article', body), prepared().context, { outlet, outletCountry });
}

export function article(body: string, overrides: Partial<RawArticle> = {}): RawArticle {
  return {
    id: 'test-article',
    file: 'test-article.md',
    title: 'A test article',
    outlet: 'Test Outlet',
    url: 'https://example.org/test-article',
    published: '2024-07-05',
    year: 2024,
    body,
    ...overrides,
  };
}

export function analyse(body: string, overrides: Partial<RawArticle> = {}) {
  return analyseArticle(article(body, overrides), prepared().context);
}

export { analysisContext, buildGazetteer, buildThemeMatcher };
