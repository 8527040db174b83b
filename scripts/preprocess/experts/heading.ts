/**
 * "Anton Bugayenko, chief expert of … in Kazakhstan": a paragraph that is only a name and a job,
 * with no verb, followed by what the person wrote or said (the style of a panel of guest views).
 */
import { matchPhrases } from '../phraseIndex';
import { tokenize } from '../tokens';
import { nameAtStart, type NameContext } from './names';
import { hasJob } from './words';

const MAX_HEADING_WORDS = 45;
/** A description of a person has no verb of its own; "the bank will lend" is a clause, not a job. */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|changes|changed)\b/i;

/** What the caller already knows of the paragraph: its speech verbs and job nouns were found with its tokens. */
export interface HeadingCues {
  hasVerb: boolean;
  hasJob: boolean;
}

export function nameHeading(text: string, context: NameContext, cues?: HeadingCues): { words: string[]; appositive: string } | null {
  // Cheap checks first: this runs on every one-sentence paragraph.
  const comma = text.indexOf(',');
  if (comma < 0 || comma > 80 || text.length > MAX_HEADING_WORDS * 12) return null;
  const words = nameAtStart(text, context);
  if (words === null) return null;
  if ((text.match(/\S+/g) ?? []).length > MAX_HEADING_WORDS) return null;
  const appositive = text.slice(comma + 1).trim();
  // "Anna Kim, Asia Centre: …" is a transcript label, not a heading.
  if (appositive.includes(':')) return null;
  if (!(cues?.hasJob ?? hasJob(context.words, appositive)) || FINITE_VERB.test(appositive)) return null;
  if (cues?.hasVerb ?? matchPhrases(context.words.verbs, tokenize(appositive)).length > 0) return null;
  return { words, appositive };
}
