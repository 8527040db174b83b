/**
 * A title with no name as the subject of a speech verb ("The head of the Almaty office … said",
 * "…, its secretary-general has said", "…, Russian Deputy Foreign Minister said"): the speaker is
 * the person the text names next (matchers.ts, namelessTitle).
 */
import { isClauseBreak, isSpace } from './chars';
import { isFullName, type NameContext } from './names';
import { FINITE_VERB, isAppositive } from './appositive';
import { lastClause, trimEnd, withoutAdverbs } from './clauses';
import { speakerInClause } from './speaker';
import { hasJob } from './words';

const TITLE_OPENER = /^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+/;
const OPENERS = ['the ', 'its ', 'their '];

/** True when, past spaces, `text` has "the ", "its " or "their " (first letter in either case) at `from`. */
function opensWithOpener(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const first = text.charCodeAt(i) | 32;
  for (const word of OPENERS) {
    if (first !== word.charCodeAt(0)) continue;
    if (text.startsWith(word.slice(1), i + 1)) return true;
  }
  return false;
}
const MAX_NAMELESS_TITLE = 220;
/** "Russian Deputy Foreign Minister", "Kazakhstan’s Foreign Minister": a place, then capitalised title words. */
const BARE_TITLE = /^(\p{Lu}[\p{L}-]*?)(?:['’]s)?(?:\s+\p{Lu}[\p{L}-]*){1,5}$/u;
const MAX_BARE_TITLE = 70;

/**
 * A title with no article and no name, after a comma: "…, Russian Deputy Foreign Minister said
 * yesterday." Only capitalised words, opening with a country or a demonym, and holding a job.
 */
function bareTitle(left: string, clauseStart: number, context: NameContext): string | null {
  // Cheap tests first: a short clause after a comma, opening with a capital letter.
  if (clauseStart === 0 || left.charCodeAt(clauseStart - 1) !== 44 || left.length - clauseStart > MAX_BARE_TITLE) return null;
  const clause = trimEnd(withoutAdverbs(left.slice(clauseStart))).trim();
  const m = BARE_TITLE.exec(clause);
  if (m?.[1] === undefined || !context.isPlaceWord(m[1]) || !hasJob(context.words, clause)) return null;
  // The title ends in its job word: "… Foreign Minister Ivo Petrak said" names its person.
  const last = clause.slice(clause.lastIndexOf(' ') + 1).toLowerCase();
  return context.words.jobWords.has(last) ? clause : null;
}

/**
 * A title with no name as the subject of a speech verb: "The Oslo bureau chief of the Steppe
 * Courier, a daily in Almaty, said …", "…, its secretary-general has said". Reporters name the
 * person in a later sentence. The title, or null. A bare "the minister" is not one: it points back
 * to the person in focus (the pronoun rule reads it).
 */
export function namelessSubject(left: string, context: NameContext): string | null {
  // Cheap tests first, by char codes: most verbs' subjects are long or open with none of these words.
  const sentenceOpens = left.length <= MAX_NAMELESS_TITLE + 40 && opensWithOpener(left, 0);
  let clauseStart = left.length;
  const farthest = Math.max(0, left.length - MAX_NAMELESS_TITLE);
  while (clauseStart > farthest && !isClauseBreak(left.charCodeAt(clauseStart - 1))) clauseStart--;
  const clauseOpens = (clauseStart > farthest || farthest === 0) && opensWithOpener(left, clauseStart);
  if (!sentenceOpens && !clauseOpens) return bareTitle(left, clauseStart, context);
  const bare = trimEnd(withoutAdverbs(left)).trimStart();
  const clause = lastClause(bare).trimStart();
  for (const phrase of clause === bare ? [bare] : [bare, clause]) {
    if (!TITLE_OPENER.test(phrase) || phrase.length > MAX_NAMELESS_TITLE || FINITE_VERB.test(phrase)) continue;
    const [head = '', ...rest] = phrase.split(',');
    const description = head.replace(TITLE_OPENER, '');
    if (!hasJob(context.words, description)) continue;
    if (/^the\s/i.test(phrase) && rest.length === 0 && !/\s(?:of|at|for|with|in)\s|\p{Lu}/u.test(description)) continue;
    if (rest.some((part) => !isAppositive(part, context))) continue;
    // A name in it makes it another rule's speaker ("The head of the institute, Anna Kim, said").
    const named = speakerInClause(head, context);
    if (named?.kind === 'name' && isFullName(named.words)) continue;
    return phrase;
  }
  return bareTitle(left, clauseStart, context);
}
