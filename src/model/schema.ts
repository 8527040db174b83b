/**
 * The one contract between the pipeline (scripts/preprocess) and the app (src/): ScoData is the
 * whole data set as the pipeline assembles it; it reaches the app split into a core and evidence
 * shards (coreSchema.ts), which the app validates when it loads them.
 * Bump SCHEMA_VERSION whenever a change would break an older reader. Version 3: the split.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 3;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: news and reference sources often give only a year or month. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

/** ISO 3166-1 alpha-3, upper case. */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');
export type Iso3 = z.infer<typeof Iso3>;

/** Lower-case slug: stable across runs because it is derived from names and file names only. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug');

export const STATUS_KINDS = ['member', 'partner', 'observer', 'dialogue-partner', 'applicant'] as const;
export const StatusKind = z.enum(STATUS_KINDS);
export type StatusKind = z.infer<typeof StatusKind>;

export const Source = z.object({
  id: z.string().min(1),
  publisher: z.string().min(1),
  date: PartialDate.optional(),
  title: z.string().optional(),
  url: z.url({ protocol: /^https?$/ }),
  /**
   * Why the source is weak (a mirror, a forum post, one person's account); absent for a sound one.
   * A weak source alone cannot verify a fact: a status period only weak sources support is unverified.
   */
  weak: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

/** What an applicant applied for. */
export const APPLIED_FOR = ['membership', 'observer', 'dialogue-partner'] as const;
export const AppliedFor = z.enum(APPLIED_FOR);
export type AppliedFor = z.infer<typeof AppliedFor>;

export const StatusPeriod = z.object({
  status: StatusKind,
  /** An applicant period's aim (the reference data always gives it for applicants). */
  appliedFor: AppliedFor.optional(),
  from: PartialDate,
  /** Absent while the status is still held. */
  to: PartialDate.optional(),
  /** Ids into the top-level `sources` list; at least one per period. */
  sources: z.array(z.string().min(1)).min(1),
  note: z.string().optional(),
});
export type StatusPeriod = z.infer<typeof StatusPeriod>;

export const Evidence = z.object({
  articleId: z.string().min(1),
  sentence: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const Article = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
  published: PartialDate,
  year: z.number().int(),
  language: z.string().optional(),
  wordCount: z.number().int().nonnegative(),
  /**
   * Added in the app by the person using it (kept in their browser), not shipped in data/articles.
   * The pipeline never writes it; the app's "Add articles" sets it on the articles it adds.
   */
  own: z.literal(true).optional(),
});
export type Article = z.infer<typeof Article>;

export const Country = z.object({
  iso3: Iso3,
  name: z.string().min(1),
  statuses: z.array(StatusPeriod),
  mentions: z.array(Evidence),
});
export type Country = z.infer<typeof Country>;

/**
 * What a candidate state is said to seek: full membership, observer, dialogue-partner or partner
 * status, or closer ties with no status named ("interest"). Version 2: version 1 said the step
 * instead (joining, applying, interested).
 */
export const CANDIDATE_KINDS = ['membership', 'observer', 'dialogue-partner', 'partner', 'interest'] as const;
/** What a candidate seeks, as the app words it. */
export const CANDIDATE_KIND_LABEL: Record<(typeof CANDIDATE_KINDS)[number], string> = {
  membership: 'membership',
  observer: 'observer status',
  'dialogue-partner': 'dialogue partner status',
  partner: 'partner status',
  interest: 'interest',
};
export const Candidate = z.object({
  iso3: Iso3,
  articleId: z.string().min(1),
  sentence: z.string().min(1),
  kind: z.enum(CANDIDATE_KINDS),
});
export type Candidate = z.infer<typeof Candidate>;

export const Quote = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  text: z.string().min(1),
  /** Direct speech in quotation marks, or a view reported in the writer's words. */
  kind: z.enum(['direct', 'reported']),
  themes: z.array(z.string()),
  /**
   * The countries the quote names (by name, demonym or city): who spoke about a country, not only
   * who is from it. The pipeline always writes it; optional so data written before it still loads.
   */
  countries: z.array(Iso3).optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Expert = z.object({
  id: Slug,
  name: z.string().min(1),
  role: z.enum(['expert', 'official']),
  title: z.string().optional(),
  organisation: z.string().optional(),
  city: z.string().optional(),
  country: Iso3.nullable(),
  /** Other spellings of the name merged into this person ("Evgeni Korin" for "Yevgeni Korin"). */
  aliases: z.array(z.string().min(1)).optional(),
  articles: z.array(z.string().min(1)).min(1),
  quotes: z.array(Quote),
  /** Evidence for the attribution: the sentence that introduced the person in each article. */
  evidence: z.array(Evidence),
});
export type Expert = z.infer<typeof Expert>;

export const Theme = z.object({
  id: Slug,
  label: z.string().min(1),
  description: z.string(),
});
export type Theme = z.infer<typeof Theme>;

/** A theme's share of one article's lexicon hits (each article's weights sum to 1). */
export const ThemeWeight = z.object({
  articleId: z.string().min(1),
  year: z.number().int(),
  themeId: z.string().min(1),
  weight: z.number().min(0).max(1),
  hits: z.number().int().nonnegative(),
  quoteCount: z.number().int().nonnegative(),
});
export type ThemeWeight = z.infer<typeof ThemeWeight>;

export const LINK_KINDS = ['expert-theme', 'expert-country', 'expert-expert'] as const;
/**
 * One network link as seen in one article; views aggregate over the articles in the year range.
 * `source` is always an expert id; `target` is a theme id, an ISO3 code or another expert id, by `kind`.
 */
export const Link = z.object({
  kind: z.enum(LINK_KINDS),
  source: z.string().min(1),
  target: z.string().min(1),
  articleId: z.string().min(1),
  weight: z.number().positive(),
});
export type Link = z.infer<typeof Link>;

export const Summit = z.object({
  date: PartialDate,
  year: z.number().int(),
  city: z.string().min(1),
  country: Iso3,
  kind: z.enum(['shanghai-five', 'heads-of-state']),
  sources: z.array(z.string().min(1)).min(1),
});
export type Summit = z.infer<typeof Summit>;

export const ScoData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  /** Latest date of any reference fact: what the map's "today" means. */
  referenceAsOf: PartialDate,
  articles: z.array(Article),
  countries: z.array(Country),
  candidates: z.array(Candidate),
  experts: z.array(Expert),
  themes: z.array(Theme),
  themeWeights: z.array(ThemeWeight),
  links: z.array(Link),
  summits: z.array(Summit),
  sources: z.array(Source),
});
export type ScoData = z.infer<typeof ScoData>;
