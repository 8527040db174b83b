/**
 * "Anton Bugayenko, chief expert of … in Kazakhstan": a paragraph that is only a name and a job,
 * with no verb, followed by what the person wrote or said (the style of a panel of guest views).
 */
import { matchPhrases } from '../phraseIndex';
import { tokenize } from '../tokens';
import type { Paragraph } from '../segment';
import { hasMoreWordsThan } from './chars';
import { nameAtStart, type NameContext } from './names';
import { isNameOnly, nameWordsOf } from './speaker';
import { hasJob } from './words';

const MAX_HEADING_WORDS = 45;
/** A description of a person has no verb of its own; "the bank will lend" is a clause, not a job. */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|changes|changed)\b/i;

/** What the caller already knows of the paragraph: its speech verbs and job nouns were found with its tokens. */
export interface HeadingCues {
  hasVerb: boolean;
  hasJob: boolean;
}

/** A transcript's speaker line with the role in brackets: "Dr. Anna Kim (Trade Analyst):". */
const BRACKETED_ROLE = /^([^(),:]{3,60}?)\s*\(([^()]{2,60})\)\s*:?$/;

function bracketedHeading(text: string, context: NameContext): { words: string[]; appositive: string } | null {
  const m = BRACKETED_ROLE.exec(text.trim());
  if (m?.[1] === undefined || m[2] === undefined || !isNameOnly(m[1], context)) return null;
  const role = m[2].trim();
  if (!hasJob(context.words, role) || FINITE_VERB.test(role)) return null;
  const words = nameWordsOf(m[1], context);
  return words.length >= 2 ? { words, appositive: role } : null;
}

export function nameHeading(text: string, context: NameContext, cues?: HeadingCues): { words: string[]; appositive: string } | null {
  // Cheap checks first: this runs on every one-sentence paragraph.
  const comma = text.indexOf(',');
  const bracket = text.indexOf('(');
  if (bracket > 0 && (comma < 0 || comma > bracket) && text.length <= 130) return bracketedHeading(text, context);
  if (comma < 0 || comma > 80 || text.length > MAX_HEADING_WORDS * 12) return null;
  const words = nameAtStart(text, context);
  if (words === null) return null;
  if (hasMoreWordsThan(text, MAX_HEADING_WORDS)) return null;
  const appositive = text.slice(comma + 1).trim();
  // "Anna Kim, Asia Centre: …" is a transcript label, not a heading.
  if (appositive.includes(':')) return null;
  if (!(cues?.hasJob ?? hasJob(context.words, appositive)) || FINITE_VERB.test(appositive)) return null;
  if (cues?.hasVerb ?? matchPhrases(context.words.verbs, tokenize(appositive)).length > 0) return null;
  return { words, appositive };
}

/** "Host: Anna Kim." (a text line, with its full stop; without one it is a heading): a role of the programme's own, a colon and only a name. */
const CREDIT_LINE = /^(\p{L}+)\s*:\s*([^:]{3,60}?)\.?$/u;

/** True for a credit line of the outlet's staff ("Host: Anna Kim", "Presenter: Dr. Boris Lee"): it ends a guest's text, and gives no view. */
export function isStaffCredit(text: string, context: NameContext): boolean {
  const m = CREDIT_LINE.exec(text.trim());
  return m?.[1] !== undefined && m[2] !== undefined && context.words.staffLabels.has(m[1].toLowerCase()) && isNameOnly(m[2], context);
}

const MAX_TITLE_LINE_WORDS = 14;

/**
 * A name heading over two lines, the style of a panel of short views: a line that is only a name
 * ("Anna Kim"), a line that is only a title ("Senior fellow, Asia Centre"), then the person's
 * text. The name and the appositive, or null.
 */
export function twoLineHeading(name: Paragraph, title: Paragraph | undefined, body: Paragraph | undefined, context: NameContext): { words: string[]; appositive: string } | null {
  if (name.kind !== 'heading' || title?.kind !== 'heading' || body?.kind !== 'text') return null;
  if (hasMoreWordsThan(title.text, MAX_TITLE_LINE_WORDS) || !isNameOnly(name.text, context)) return null;
  if (!hasJob(context.words, title.text) || FINITE_VERB.test(title.text) || matchPhrases(context.words.verbs, tokenize(title.text)).length > 0) return null;
  const words = nameWordsOf(name.text, context);
  return words.length >= 2 ? { words, appositive: title.text.trim() } : null;
}
