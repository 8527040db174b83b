/**
 * The title words right before a name in a clause ("the former President of Kyrgyzstan",
 * "Kazakh political scientist", "senior lecturer in security studies"): what a speaker's
 * description holds in front of the name.
 */
import { lastClause } from './clauses';
import type { NameContext } from './names';
import { textMemo } from './textMemo';
import { hasJob } from './words';

const TITLE_LINK = new Set(['of', 'for', 'and', 'the', 'de', 'at', 'on']);
/** Prepositions that open a job's field: "lecturer in security studies", "professor of international relations". */
const FIELD_LINK = new Set(['in', 'of', 'for', 'on']);
/** Lower-case words that never describe a job: verbs of reporting, articles, pronouns, prepositions. */
const NOT_MODIFIERS = new Set(
  'a an the to that which who whom whose said says told asked put question with by from in on at as is was were are be been being has have had and or but it its his her their our my your this these those said says according'.split(' '),
);

/** A word a title may hold: capitalised, a job word, "former"-like, an honorific. Title words repeat: each is judged once. */
const titleWordMemo = textMemo((context: NameContext, word: string) => {
  const { jobWords, former, honorifics } = context.words;
  return /^\p{Lu}/u.test(word) || jobWords.has(word.toLowerCase()) || former.test(word) || honorifics.has(word.replace(/\.$/, ''));
});

/**
 * The title words right before a name: capitalised words, job words, demonyms and possessive
 * places ("the former President of Kyrgyzstan", "Kazakh political scientist", "his Russian
 * counterpart"); "the radio sent the question to" is not a title and is dropped.
 */
export function titleBefore(text: string, context: NameContext): string {
  const clause = lastClause(text);
  const words = clause.trim().split(/\s+/).filter((w) => w !== '');
  const { jobWords } = context.words;
  const titleWord = (word: string) => titleWordMemo(context, word);
  let i = words.length;
  let sawJob = false;
  let modifiers = 0;
  // "senior lecturer in security studies Anna Kim": a field after the job noun, in lower case.
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const word = words[k] ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || (NOT_MODIFIERS.has(word) && !FIELD_LINK.has(word))) break;
    if (FIELD_LINK.has(word) && k < i - 1 && jobWords.has((words[k - 1] ?? '').toLowerCase())) {
      i = k;
      sawJob = true;
      break;
    }
  }
  // Whether the word just taken is a job word or one of its modifiers: only then may a modifier come before it.
  let nextToJob = false;
  while (i > 0) {
    const word = words[i - 1] ?? '';
    // A link word between title words: "Director of the Doha Institute", "scientist and member".
    const link = TITLE_LINK.has(word) && i > 1 && i < words.length;
    // Right before a job noun, a few lower-case words describe it: "foreign policy adviser", "senior
    // research fellow"; not words further back ("the host will welcome China’s President").
    const modifier: boolean = sawJob && nextToJob && modifiers < 3 && /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !NOT_MODIFIERS.has(word);
    if (titleWord(word) || link || modifier) {
      const job = jobWords.has(word.toLowerCase());
      if (job) sawJob = true;
      else if (modifier && !titleWord(word)) modifiers++;
      nextToJob = job || (modifier && !titleWord(word));
      i--;
    } else break;
  }
  while (i < words.length && TITLE_LINK.has(words[i] ?? '')) i++;
  let before = words.slice(i).join(' ');
  // "his Chinese counterpart, Zhou Minghai": the title sits before a comma.
  if (before === '' && /,\s*$/.test(text)) {
    const previous = text.replace(/,\s*$/, '');
    const tail = previous.split(/\s+/).slice(-4).join(' ');
    if (hasJob(context.words, tail)) before = titleBefore(previous, context);
  }
  return before;
}
