/**
 * The per-article findings of a corpus (stages 1–3), written beside sco.json so the browser can
 * link the user's own articles with the shipped ones without the shipped article texts: linking
 * (assembleScoData) needs every article's findings, and only these. Maps become plain objects in
 * JSON; reading checks every field with zod, as the app checks sco.json.
 */
import { z } from 'zod';
import { Iso3, PartialDate } from '../../src/model/schema';
import type { ArticleAnalysis } from './analyseArticle';
import { FORM_IDS } from './experts/rules';
import { CANDIDATE_KINDS } from './model';

/** Bump when a change would break an older reader; the browser then ignores the file (and says so). */
export const ANALYSES_VERSION = 1;

const Counts = z.record(z.string(), z.number().int().nonnegative());

const AnalysisJson = z.object({
  article: z.object({
    id: z.string().min(1),
    file: z.string().min(1),
    title: z.string().min(1),
    outlet: z.string().min(1),
    url: z.string().optional(),
    published: PartialDate,
    year: z.number().int(),
    language: z.string().optional(),
    wordCount: z.number().int().nonnegative(),
  }),
  people: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      profile: z.object({
        title: z.string().optional(),
        organisation: z.string().optional(),
        city: z.string().optional(),
        country: Iso3.nullable(),
        role: z.enum(['expert', 'official']),
      }),
      evidence: z.string(),
      forms: z.array(z.enum(FORM_IDS)),
      aliases: z.array(z.string()),
      quotes: z.array(z.object({ text: z.string(), kind: z.enum(['direct', 'reported']), themeHits: Counts, countries: z.array(Iso3) })),
    }),
  ),
  mentions: z.array(z.object({ iso3: Iso3, sentence: z.string() })),
  candidates: z.array(z.object({ iso3: Iso3, sentence: z.string(), kind: z.enum(CANDIDATE_KINDS) })),
  themeHits: Counts,
});

export const AnalysesFile = z.object({
  analysesVersion: z.literal(ANALYSES_VERSION),
  /** The generatedAt of the sco.json written with it: the two belong together. */
  generatedAt: z.string(),
  analyses: z.array(AnalysisJson),
});
export type AnalysesFile = z.infer<typeof AnalysesFile>;

const countsOf = (map: ReadonlyMap<string, number>) => Object.fromEntries(map);
const mapOf = (counts: Record<string, number>) => new Map(Object.entries(counts));

export function analysesToJson(analyses: readonly ArticleAnalysis[], generatedAt: string): AnalysesFile {
  return {
    analysesVersion: ANALYSES_VERSION,
    generatedAt,
    analyses: analyses.map((a) => ({
      ...a,
      people: a.people.map((p) => ({ ...p, quotes: p.quotes.map((q) => ({ ...q, themeHits: countsOf(q.themeHits) })) })),
      themeHits: countsOf(a.themeHits),
    })),
  };
}

export type AnalysesRead = { ok: true; generatedAt: string; analyses: ArticleAnalysis[] } | { ok: false; problem: string };

/** Checks a parsed analyses file; a problem names the first fields that fail. */
export function analysesFromJson(json: unknown): AnalysesRead {
  const parsed = AnalysesFile.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    return { ok: false, problem: `the shipped articles' findings do not match their schema: ${details.join('; ')}` };
  }
  const analyses = parsed.data.analyses.map(
    (a): ArticleAnalysis => ({
      ...a,
      people: a.people.map((p) => ({ ...p, quotes: p.quotes.map((q) => ({ ...q, themeHits: mapOf(q.themeHits) })) })),
      themeHits: mapOf(a.themeHits),
    }),
  );
  return { ok: true, generatedAt: parsed.data.generatedAt, analyses };
}
