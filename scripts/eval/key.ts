/**
 * The answer-key format `npm run eval` reads: one entry per article id (the file name without its
 * extension) with the people who give views, the people only named, the countries mentioned and,
 * optionally, the candidate states. It is the format of the hand-made development set; the seeds'
 * key and the candidate examples in data/eval/ use it too.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CANDIDATE_KINDS, Iso3 } from '../../src/model/schema';
import { InputError } from '../preprocess/inputError';
import { parseReference } from '../preprocess/reference/load';

export const KeyPerson = z.object({
  name: z.string().min(1),
  role: z.enum(['expert', 'official']),
  title: z.string().nullable().optional(),
  organisation: z.string().nullable().optional(),
  country: Iso3.nullable(),
  /** How the country follows from the text: city, demonym, organisation, stated or unknown. */
  country_basis: z.string().optional(),
  /** The sentence that attributes the view, verbatim. */
  evidence: z.string().optional(),
});
export type KeyPerson = z.infer<typeof KeyPerson>;

export const KeyCandidate = z.object({ iso3: Iso3, kind: z.enum(CANDIDATE_KINDS) });
export type KeyCandidate = z.infer<typeof KeyCandidate>;

export const KeyArticle = z.object({
  experts: z.array(KeyPerson),
  not_experts: z.array(z.object({ name: z.string().min(1), why: z.string() })).optional(),
  countries_mentioned: z.array(Iso3).optional(),
  /** Absent when the article's candidates were not read; then the article does not count for them. */
  candidates: z.array(KeyCandidate).optional(),
});
export type KeyArticle = z.infer<typeof KeyArticle>;

export const EvalKey = z.object({
  about: z.string().optional(),
  $comment: z.string().optional(),
  articles: z.record(z.string(), KeyArticle),
});
export type EvalKey = z.infer<typeof EvalKey>;

export function readEvalKey(file: string): EvalKey {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, `cannot read the answer key (${(error as Error).message})`);
  }
  return parseReference(file, json, EvalKey);
}
