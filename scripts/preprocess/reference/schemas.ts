/**
 * Schemas of the curated files in data/reference/. They are stricter than the output contract:
 * a typo in a hand-edited file should stop the pipeline with the file and field named.
 */
import { z } from 'zod';
import { Iso3, PartialDate, Slug, Source, StatusPeriod, Summit } from '../../../src/model/schema';
import { phraseSyntaxProblem } from '../lexicon';

/** An applicant period must say what was applied for; no other period may. */
export const ReferenceStatusPeriod = StatusPeriod.strict().superRefine((period, ctx) => {
  if (period.status === 'applicant' && period.appliedFor === undefined) {
    ctx.addIssue({ code: 'custom', path: ['appliedFor'], message: 'an applicant period must say what was applied for: membership, observer or dialogue-partner' });
  }
  if (period.status !== 'applicant' && period.appliedFor !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['appliedFor'], message: `only an applicant period says what was applied for, not a ${period.status} period` });
  }
});

export const MembershipFile = z.object({
  $comment: z.string().optional(),
  sources: z.array(Source.strict()).min(1),
  countries: z.array(
    z.object({
      iso3: Iso3,
      statuses: z.array(ReferenceStatusPeriod).min(1),
    }).strict(),
  ),
}).strict();
export type MembershipFile = z.infer<typeof MembershipFile>;

export const ThemeEntry = z.object({
  id: Slug,
  label: z.string().min(1),
  description: z.string(),
  phrases: z
    .array(
      z.string().superRefine((phrase, ctx) => {
        const problem = phraseSyntaxProblem(phrase);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: `"${phrase}": ${problem}` });
      }),
    )
    .min(1, 'a theme needs at least one phrase'),
}).strict();
export type ThemeEntry = z.infer<typeof ThemeEntry>;

export const ThemesFile = z.object({
  $comment: z.string().optional(),
  themes: z.array(ThemeEntry).min(1),
}).strict();
export type ThemesFile = z.infer<typeof ThemesFile>;

const GazetteerEntry = z.object({ name: z.string().min(1), iso3: Iso3 }).strict();

export const GazetteerFile = z.object({
  $comment: z.string().optional(),
  aliases: z.array(GazetteerEntry.extend({ preferredName: z.boolean().optional() }).strict()),
  demonyms: z.array(GazetteerEntry),
  places: z.array(GazetteerEntry),
  organisations: z.array(GazetteerEntry),
  ignore: z.array(z.string().min(1)),
  /** Names that hold a place's name but point to no country: "Shanghai Cooperation Organisation" is not China. */
  countryless: z.array(z.string().min(1)).default([]),
}).strict();
export type GazetteerFile = z.infer<typeof GazetteerFile>;

/** A word or phrase: letters (any script), spaces, hyphens, apostrophes and full stops only. */
const Word = z.string().regex(/^[\p{L}][\p{L}\p{M} '’.-]*$/u, 'expected a word or phrase (letters, spaces, hyphens, apostrophes)');
const LowerWord = Word.refine((w) => w === w.toLowerCase(), 'expected lower case');

export const SpeechVerb = z.object({
  verb: LowerWord,
  /** An irregular or doubled past ("said", "admitted"); otherwise made by rule. */
  past: LowerWord.optional(),
  /** Further forms: a distinct past participle ("written"), a second spelling. */
  also: z.array(LowerWord).optional(),
  /** May come before the speaker: "…, said Name". */
  invertible: z.boolean().optional(),
  /** Counts only when one of these follows ("spoke about"). */
  onlyBefore: z.array(LowerWord).min(1).optional(),
  /** Does not count when one of these follows ("agreed to resign"). */
  notBefore: z.array(LowerWord).min(1).optional(),
}).strict();
export type SpeechVerb = z.infer<typeof SpeechVerb>;

export const AttributionFile = z.object({
  $comment: z.string().optional(),
  speechVerbs: z.array(SpeechVerb).min(1),
  jobNouns: z.object({ expert: z.array(Word).min(1), official: z.array(Word).min(1) }).strict(),
  formerWords: z.array(LowerWord),
  governmentWords: z.array(LowerWord),
  intergovernmentalWords: z.array(LowerWord),
  organisationWords: z.array(Word.regex(/^\p{Lu}/u, 'organisation words are capitalised')),
  researchWords: z.array(Word.regex(/^\p{Lu}/u, 'research words are capitalised')),
  organisationNouns: z.array(LowerWord),
  honorifics: z.array(Word.regex(/^\p{Lu}/u, 'honorifics are capitalised')),
  titleCountries: z.array(z.object({ words: LowerWord, iso3: Iso3 }).strict()),
  nameStopWords: z.array(Word.regex(/^\p{Lu}/u, 'name stop words are capitalised')),
  readoutSubjects: z.array(LowerWord).min(1),
  staffLabels: z.array(LowerWord).min(1),
  asides: z.array(LowerWord).min(1),
  /** "speaking", "in a speech": the words an aside between a speaker and the verb begins with ("Anna Kim, speaking after the talks, said"). */
  asideOpeners: z.array(LowerWord).default([]),
  /** "Name used his speech to criticise …": words before "… to" that put a view verb in a purpose clause of the speaker's. */
  purposeFrames: z.array(LowerWord).default([]),
}).strict();
export type AttributionFile = z.infer<typeof AttributionFile>;

/** Written by the timeline work; source ids start with "M" so they never clash with membership's "S". */
export const SummitsFile = z.object({
  $comment: z.string().optional(),
  sources: z.array(Source.extend({ id: z.string().regex(/^M\d+[a-z]?$/, 'summit source ids look like "M1"') })),
  summits: z.array(Summit),
});
export type SummitsFile = z.infer<typeof SummitsFile>;

export { PartialDate };

/** Where a row of a curated list was checked: a page with its publisher and title. */
const RowSource = z.object({ publisher: z.string().min(1), title: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }).strict();
/** A person's name as news text writes it: capitalised words (any Latin script, marks allowed). */
const PersonName = z.string().regex(/^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+)*$/u, 'expected a name of capitalised words');

export const KnownOfficial = z.object({
  /** The name shown for the person (e.g. "Recep Tayyip Erdoğan"). */
  name: PersonName,
  /** Other full spellings the news uses: transliterations, a dropped first name ("Tayyip Erdogan"). */
  aliases: z.array(PersonName).default([]),
  /** Single words that name this person alone ("Erdogan", "Lukashenka"): only surnames no other well-known person shares. */
  alone: z.array(PersonName.refine((n) => !n.includes(' '), 'one word only')).default([]),
  /** The person's own country (for a Secretary-General, the nationality). */
  iso3: Iso3,
  offices: z
    .array(
      z.object({
        office: z.string().min(1),
        /** An office of an intergovernmental body ("SCO"): who holds it speaks for no country, whatever their nationality. */
        body: z.string().min(1).optional(),
        from: z.number().int().min(1950).max(2100),
        to: z.number().int().min(1950).max(2100).optional(),
      }).strict(),
    )
    .min(1),
  source: RowSource,
}).strict();
export type KnownOfficial = z.infer<typeof KnownOfficial>;

export const OfficialsExample = z.object({
  text: z.string().min(1),
  /** The person the text's speaker is, with the country the gazetteer gives; null when nobody is. */
  expect: z.object({ name: PersonName, iso3: Iso3.nullable() }).strict().nullable(),
}).strict();

export const OfficialsFile = z.object({
  $comment: z.string().optional(),
  officials: z.array(KnownOfficial),
  /** Short texts, written for this file, that show what the list does and does not do; checked by a unit test. */
  examples: z.array(OfficialsExample).default([]),
}).strict();
export type OfficialsFile = z.infer<typeof OfficialsFile>;
