/**
 * Stages 2–5 on articles already read: analyse each one, link them all, validate. Pure (no file
 * system), so the browser worker builds its data with the same functions as `npm run preprocess`.
 */
import { analyseArticle, analysisContext, type ArticleAnalysis } from './analyseArticle';
import { assembleScoData } from './assemble';
import { buildGazetteer } from './gazetteer';
import { buildThemeMatcher } from './lexicon';
import type { ScoData } from './model';
import { checkReferenceData } from './reference/check';
import type { ReferenceData } from './reference/parse';
import type { RawArticle } from './rawArticle';
import { checkDuplicates } from './sameArticle';
import { validateScoData } from './validate';

export interface Prepared {
  reference: ReferenceData;
  context: ReturnType<typeof analysisContext>;
}

export function prepare(reference: ReferenceData, referenceDir = 'data/reference'): Prepared {
  const gazetteer = buildGazetteer(reference.gazetteer);
  checkReferenceData(reference, gazetteer, referenceDir);
  return { reference, context: analysisContext(gazetteer, buildThemeMatcher(reference.themes.themes), reference.attribution, reference.membership) };
}

/** Stage 4: every article's findings → one ScoData, not yet validated. */
export function link(prepared: Prepared, analyses: readonly ArticleAnalysis[], generatedAt: string): ScoData {
  return assembleScoData({
    analyses,
    reference: prepared.reference,
    gazetteer: prepared.context.gazetteer,
    themes: prepared.context.themes,
    generatedAt,
  });
}

/** Stages 4–5: every article's findings → one validated ScoData. */
export function linkAndValidate(prepared: Prepared, analyses: readonly ArticleAnalysis[], generatedAt: string): ScoData {
  return validateScoData(link(prepared, analyses, generatedAt));
}

/** Articles already in memory → validated data. */
export function buildScoData(articles: readonly RawArticle[], prepared: Prepared, generatedAt = new Date().toISOString()): ScoData {
  checkDuplicates(articles);
  return linkAndValidate(
    prepared,
    articles.map((a) => analyseArticle(a, prepared.context)),
    generatedAt,
  );
}
