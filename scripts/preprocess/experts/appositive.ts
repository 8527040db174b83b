/**
 * Whether a text describes a person (an appositive: "an analyst at the … Institute in Baku",
 * "who heads …") rather than being a clause of its own or the next titled person of a list.
 */
import { isNameWord, type NameContext } from './names';
import { textMemo } from './textMemo';
import { findJobs, hasJob } from './words';

/** What a description of a person never has outside a relative clause: a verb of its own. */
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b/i;
const RELATIVE = /\b(?:who|whose|which)\b.*$/s;

/** Appositives repeat: the answer for each text is kept (per name context, bounded). */
const titledNameMemo = textMemo((context: NameContext, text: string) => titledNameAtStart(text, context));

/** A job opening the text and two name words after it fit in its first few words. */
const TITLED_NAME_SPAN = 90;

/**
 * True when the text opens with another titled person: in "China’s President Zhou Minghai, India’s
 * Prime Minister Ravi Menon and …" the part after the comma is the next person of a list, not a
 * description of the first. "an adviser to President Ivan Orlov" describes its person.
 */
function opensWithTitledName(text: string, context: NameContext): boolean {
  const head = text.length > TITLED_NAME_SPAN ? text.slice(0, TITLED_NAME_SPAN) : text;
  // Most appositives have no two capitalised words in a row: no need to look for jobs then.
  return /\p{Lu}[\p{Ll}\p{M}'’-]*\s+\p{Lu}/u.test(head) && titledNameMemo(context, head);
}

function titledNameAtStart(text: string, context: NameContext): boolean {
  const job = findJobs(context.words, text)[0];
  if (job === undefined || text.slice(0, job.start).trim().split(/\s+/).length > 2) return false;
  const next = /^\s+(\S+)\s+([^\s,.;:]+)/.exec(text.slice(job.end));
  // "President Ivan Orlov’s special envoy": a possessive name is whom the person works for.
  if (next?.[1] === undefined || next[2] === undefined || /['’]s$/u.test(next[2])) return false;
  return isNameWord(next[1], context) && isNameWord(next[2], context);
}

/** "an analyst at the … Institute in Baku", "who heads …": a description of a person, not a clause of its own. */
export function isAppositive(text: string, context: NameContext): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 300) return false;
  const own = trimmed.replace(RELATIVE, '');
  if (FINITE_VERB.test(own)) return false;
  if (/^(?:who|whose)\b/.test(trimmed)) return true;
  const { words } = context;
  const describes = hasJob(words, own) || words.organisationNouns.test(own) || /-based\b/.test(own) || own.split(/\s+/).some((w) => words.organisationWords.has(w));
  // Looked at last, for the few texts that describe someone: it is the costly test.
  return describes && !opensWithTitledName(own, context);
}
