/**
 * The phrase that names a speaker, read from the words around an attribution cue: before a verb
 * ("Kazakh scholar Asel Nur", "Anna Kim, an analyst at …,", "Anna Kim of the Asia Centre") or
 * after it ("said Anna Kim, a researcher …", "said India’s Foreign Secretary, Anna Kim"). The
 * texts are masked sentences (quotations hidden), so a clause ends at a quote mark.
 */
import { isAsciiLower, isClauseBreak, isSpace } from './chars';
import { isNameWord, nameAtEnd, type NameAtEnd, type NameContext } from './names';
import { textMemo } from './textMemo';
import { findJobs, hasJob } from './words';

export type Gender = 'male' | 'female';

export type SpeakerRef =
  /** `words` is the name (one word: a surname to resolve); `before` and `after` describe the person. */
  | { kind: 'name'; words: string[]; before: string; after: string }
  /** "he", "she", "the analyst": the person in focus. */
  | { kind: 'pronoun'; gender: Gender | null }
  /** A quotation with no attribution of its own: the speaker of the passage before it. */
  | { kind: 'previous' }
  /** A title with no name ("The head of the Almaty office … said"): the person the text names next. */
  | { kind: 'next'; title: string };

/** Words that may stand between a subject and its verb: "Tasym also noted", "she has said". */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  ('also further later then recently previously once again has had have was is were are would will could might may did does do ' +
    'reportedly earlier additionally subsequently firmly strongly clearly rightly often repeatedly openly publicly privately ' +
    'separately specifically particularly himself herself however too already still even now long likewise similarly bluntly ' +
    'flatly simply only frankly candidly cautiously confidently emphatically forcefully sharply bitterly correctly famously ' +
    'quickly immediately never always not generally broadly largely').split(' '),
);

/** `left` without the adverbs and auxiliaries at its end (read word by word from the end: no regex over the whole text). */
export function withoutAdverbs(left: string): string {
  let end = left.length;
  for (;;) {
    while (end > 0 && isSpace(left.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isAsciiLower(left.charCodeAt(start - 1))) start--;
    if (start === end || start === 0 || !isSpace(left.charCodeAt(start - 1)) || !BETWEEN_SUBJECT_AND_VERB.has(left.slice(start, end))) break;
    end = start;
  }
  return left.slice(0, end);
}

const PRONOUN = /(?:^|[\s,;:(“”"_—–])([Hh]e|[Ss]he)\s*$/;
/** "the expert", "the Russian analyst", "the minister": a job noun with the article points to the person in focus. */
const ANAPHOR = /(?:^|[\s,;:(“”"_])[Tt]he\s+((?:\p{L}+\s+){0,2}\p{Ll}+)\s*$/u;
/** What a description of a person never has outside a relative clause: a verb of its own. */
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b/i;
const RELATIVE = /\b(?:who|whose|which)\b.*$/s;
const PREPOSITION_END = /\b(?:in|at|from|of|to|with|for|by|on|near|into|across|toward|towards)\s+$/;
const SPLITTER = /\s(?:of|with|at|from|for|who)\s/;
const SPLITTERS = /\s+(?=(?:of|with|at|from|for|who)\s)/g;
const ORG_AFTER_NAME = /^(?:of|with|at|from|for)\s+(?:the\s+)?(?:\p{Lu}|[\p{Ll}-]+\s+\p{Lu})/u;

/** `text` without the spaces and commas at its end (a loop: an anchored regex would scan the whole text). */
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 44 || isSpace(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function lastClause(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (isClauseBreak(text.charCodeAt(i))) return text.slice(i + 1);
  return text;
}

/** The part of a text up to its next comma, full stop or other clause break. */
export function nextClause(text: string): string {
  const stop = text.search(/[,;:.!?()“”"«»_—–]/);
  return stop < 0 ? text : text.slice(0, stop);
}

/**
 * True when the text opens with another titled person: in "China’s President Zhou Minghai, India’s
 * Prime Minister Ravi Menon and …" the part after the comma is the next person of a list, not a
 * description of the first. "an adviser to President Ivan Orlov" describes its person.
 */
/** Appositives repeat: the answer for each text is kept (per name context, bounded). */
const titledNameMemo = textMemo((context: NameContext, text: string) => titledNameAtStart(text, context));

/** A job opening the text and two name words after it fit in its first few words. */
const TITLED_NAME_SPAN = 90;

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

const nameRef = (found: NameAtEnd, context: NameContext, after = ''): SpeakerRef => ({ kind: 'name', words: found.words, before: titleBefore(found.before, context), after: after.trim() });

/** The name ends the clause (a possessive "Kim’s" is an owner, never the speaker). */
function nameEnding(clause: string, context: NameContext): NameAtEnd | null {
  const trimmed = trimEnd(clause);
  if (/['’]s$/u.test(trimmed.slice(-3))) return null;
  const found = nameAtEnd(trimmed, context);
  if (found === null || !trimmed.endsWith(found.words[found.words.length - 1] ?? '\u0000')) return null;
  return found;
}

/**
 * A speaker in one clause: "… Name", or "… Name of/with/at the Organisation …", or
 * "Name who heads …". Returns the name and the words around it.
 */
export function speakerInClause(clause: string, context: NameContext): SpeakerRef | null {
  // "Name of the Asia Centre" first: the capitalised words at the end may be the organisation's
  // ("… of the consulting firm Steppe Risk"), not the speaker's.
  const whole = nameEnding(clause, context);
  // Most clauses have no "of/with/at/…" after a word: a plain test spares cloning the global regex.
  const splits = SPLITTER.test(clause) ? clause.matchAll(SPLITTERS) : [];
  for (const m of splits) {
    // Only where a capitalised word (the end of a name) stands right before "of/with/at…",
    // and what follows is short enough to be an organisation.
    if (!/\p{Lu}[\p{L}\p{M}'’-]*$/u.test(clause.slice(Math.max(0, m.index - 30), m.index)) || clause.length - m.index > 160) continue;
    const head = clause.slice(0, m.index);
    const tail = clause.slice(m.index + m[0].length);
    // "of the Asia Centre", "of the consulting firm Steppe Risk", "who heads …".
    const organisation = ORG_AFTER_NAME.test(tail) || (/^(?:of|with|at|from|for)\s/.test(tail) && (context.words.organisationNouns.test(tail) || tail.split(/\s+/).some((w) => context.words.organisationWords.has(w))));
    if (!organisation && !tail.startsWith('who ')) continue;
    const found = nameEnding(head, context);
    // A bare surname with "of …" ("Orlov of Russia") is too weak; a full name or an honorific is not.
    if (found !== null && (found.words.length >= 2 || found.before !== '')) return nameRef(found, context, tail);
    break;
  }
  return whole === null ? null : nameRef(whole, context);
}

const genderOf = (word: string): Gender => (word.toLowerCase() === 'she' ? 'female' : 'male');

/** The subject before a speech verb (`left` ends where the verb starts). */
export function subjectBefore(left: string, context: NameContext): { ref: SpeakerRef; appositive: boolean } | null {
  let bare = withoutAdverbs(left);
  // "Anna Kim — a fellow at the Asia Centre — said": dashes set the appositive off as commas do.
  const lastCode = bare.charCodeAt(bare.length - 1);
  if ((lastCode === 0x2014 || lastCode === 0x2013) && isSpace(bare.charCodeAt(bare.length - 2))) bare = bare.replace(/\s+[—–]\s*/g, ', ').trimEnd();
  // Fast path, for the many verbs that follow a common noun ("several analysts said", "member states"):
  // a subject ends in a capitalised word, a pronoun, a job noun or an appositive's comma.
  let wordStart = bare.length;
  while (wordStart > 0 && !isSpace(bare.charCodeAt(wordStart - 1)) && !isClauseBreak(bare.charCodeAt(wordStart - 1))) wordStart--;
  const lastWord = bare.slice(wordStart);
  if (lastWord === '' ? !bare.endsWith(',') : /^\p{Ll}/u.test(lastWord) && lastWord !== 'he' && lastWord !== 'she' && !context.words.jobWords.has(lastWord)) return null;
  // The end of the clause is all the pronoun and anaphor patterns need to see.
  const tail = bare.slice(-60);
  const pronoun = PRONOUN.exec(tail);
  if (pronoun?.[1] !== undefined) return { ref: { kind: 'pronoun', gender: genderOf(pronoun[1]) }, appositive: false };
  const anaphor = ANAPHOR.exec(tail);
  if (anaphor?.[1] !== undefined && hasJob(context.words, anaphor[1])) return { ref: { kind: 'pronoun', gender: null }, appositive: false };
  if (bare.endsWith(',')) return appositiveSubject(bare.slice(0, -1), context);
  const clause = lastClause(bare);
  const inClause = speakerInClause(clause, context);
  // A lone capitalised word after a preposition ("… here in Oslo says") is no subject.
  const lead = inClause?.kind === 'name' ? clause.slice(0, clause.lastIndexOf(inClause.words[0] ?? '')) : '';
  const leadEnd = lead.slice(-16);
  const objectOfPreposition = inClause?.kind === 'name' && inClause.words.length === 1 && inClause.before === '' && PREPOSITION_END.test(leadEnd);
  // "Anna Kim and Boris Lee spoke": two people meeting or speaking together, not one speaker's view.
  const coordinated = /\b(?:and|or|with)\s+$/.test(leadEnd);
  if (inClause !== null && !objectOfPreposition && !coordinated) return { ref: inClause, appositive: false };
  // "Name, an expert on … here in Oslo says": the appositive's closing comma is left out.
  return appositiveSubject(bare, context);
}

/** Words that open a clause without belonging to the title after them. */
const CLAUSE_OPENER = /^(?:(?:but|and|yet|so|however|meanwhile|still|also|now|then|instead|indeed)\s+)+/i;
const MAX_TITLE_WORDS = 16;

/**
 * The title in the clause before "…, Name,": the title words right before the comma when they
 * hold a job ("Pakistan’s prime minister"), or else the whole clause when it describes a person
 * (a job, no verb of its own, not too long): "the Oslo correspondent for the Steppe Courier".
 */
function leadingTitle(segment: string, context: NameContext): string | null {
  const near = titleBefore(segment, context);
  if (near !== '' && hasJob(context.words, near)) return near;
  const clause = lastClause(segment).trim().replace(CLAUSE_OPENER, '');
  if (clause === '' || clause.split(/\s+/).length > MAX_TITLE_WORDS || FINITE_VERB.test(clause) || !hasJob(context.words, clause)) return null;
  return clause;
}

/** "Name, appositive[, appositive]," before the verb. */
function appositiveSubject(text: string, context: NameContext): { ref: SpeakerRef; appositive: boolean } | null {
  const segments = text.split(',');
  const last = segments.length - 1;
  // "Pakistan’s prime minister, Anna Kim, said", "A professor of economics at Meridian University in
  // Seoul, Anna Kim, said": the title comes first, the name is the apposition.
  const named = nameEnding(segments[last] ?? '', context);
  if (named !== null && named.before === '' && named.words.length >= 2) {
    const title = leadingTitle(segments[last - 1] ?? '', context);
    if (title !== null) return { ref: { kind: 'name', words: named.words, before: title, after: '' }, appositive: true };
  }
  // "The group's new secretary-general, former Uzbek Foreign Minister Anna Kim, says": an office,
  // then the name with a title of its own; the office named first is the one held now.
  // The words before that name must be its title: in "the Academy for Trade, Shipping and
  // Coastal Transport," they are the rest of an organisation's name, and "Coastal Transport" no person.
  if (named !== null && named.before !== '' && named.words.length >= 2 && hasJob(context.words, named.before)) {
    const office = leadingTitle(segments[last - 1] ?? '', context);
    if (office !== null) return { ref: { kind: 'name', words: named.words, before: `${office}, ${named.before}`, after: '' }, appositive: true };
  }
  for (let k = last - 1; k >= Math.max(0, last - 4); k--) {
    const appositive = segments.slice(k + 1).join(',');
    if (!isAppositive(appositive, context)) continue;
    const clause = lastClause(segments[k] ?? '');
    const ref = speakerInClause(clause, context);
    if (ref !== null && ref.kind === 'name' && (ref.words.length >= 2 || ref.before !== '')) {
      return { ref: { ...ref, after: [ref.after, appositive.trim()].filter((s) => s !== '').join(', ') }, appositive: true };
    }
  }
  return null;
}

/**
 * An appositive after the name, up to the next clause break; the full stop of an initial in an
 * abbreviation ("the U.S. Army War College") is no break.
 */
const APPOSITIVE_AFTER = /^,\s*((?:[^,;.!?“”"_]|(?<=(?:^|[^\p{L}])\p{Lu})\.){1,200})/u;

/** The speaker after an inverted verb or "according to": `right` starts just after the cue. */
export function speakerAfter(right: string, context: NameContext): SpeakerRef | null {
  const clause = nextClause(right);
  if (/^\s*(?:he|she|him|her)\s*$/.test(clause)) return { kind: 'pronoun', gender: /\bs?he\b/.test(clause) ? genderOf(clause.trim()) : /\bher\b/.test(clause) ? 'female' : 'male' };
  let rest = right.slice(clause.length);
  let ref = speakerInClause(clause, context);
  if (ref === null) {
    // "said India’s Foreign Secretary, Anna Kim": a title, a comma, then the name.
    const next = /^,\s*([^,;.!?“”"_]{1,60})/.exec(rest);
    if (next?.[1] === undefined || !hasJob(context.words, clause)) return null;
    const named = nameEnding(next[1], context);
    if (named === null || named.before !== '' || named.words.length < 2) return null;
    ref = { kind: 'name', words: named.words, before: clause.trim(), after: '' };
    rest = rest.slice(next[0].length);
  }
  if (ref.kind !== 'name') return ref;
  // "said Name, an analyst at …, who …": the appositives after the name describe the speaker.
  const appositives: string[] = [];
  for (let m = APPOSITIVE_AFTER.exec(rest); m?.[1] !== undefined && appositives.length < 3; m = APPOSITIVE_AFTER.exec(rest)) {
    if (!isAppositive(m[1], context)) break;
    appositives.push(m[1].trim());
    rest = rest.slice(m[0].length);
  }
  return { ...ref, after: [ref.after, ...appositives].filter((s) => s !== '').join(', ') };
}

/** True when every word of a short label is part of a name ("Anna Kim", "Dr. Anna Kim"). */
/** A speaker line's name as words, without the honorifics before it ("Dr. Anna Kim" → Anna, Kim). */
export const nameWordsOf = (text: string, context: NameContext): string[] =>
  text.trim().split(/\s+/).filter((w) => !context.words.honorifics.has(w.replace(/\.$/, '')));

export function isNameOnly(text: string, context: NameContext): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => isNameWord(w, context) || context.words.honorifics.has(w.replace(/\.$/, '')));
}
