/**
 * The phrase that names a speaker, read from the words around an attribution cue: before a verb
 * ("Kazakh scholar Asel Nur", "Anna Kim, an analyst at …,", "Anna Kim of the Asia Centre") or
 * after it ("said Anna Kim, a researcher …", "said India’s Foreign Secretary, Anna Kim"). The
 * texts are masked sentences (quotations hidden), so a clause ends at a quote mark.
 */
import { isClauseBreak, isSpace } from './chars';
import { FINITE_VERB, isAppositive } from './appositive';
import { lastClause, nextClause, trimEnd, withoutAdverbs } from './clauses';
import { nameAtEnd, isNameWord, type NameAtEnd, type NameContext } from './names';
import { titleBefore } from './titleBefore';
import { findJobs, hasJob } from './words';

export type Gender = 'male' | 'female';

export type SpeakerRef =
  /** `words` is the name (one word: a surname to resolve); `before` and `after` describe the person. */
  | { kind: 'name'; words: string[]; before: string; after: string }
  /**
   * "he", "she", "the analyst": the person in focus; with `title`, "the Prime Minister": the one
   * person the article has named with that title.
   */
  | { kind: 'pronoun'; gender: Gender | null; title?: string; described?: string }
  /** A quotation with no attribution of its own: the speaker of the passage before it. */
  | { kind: 'previous' }
  /** A title with no name ("The head of the Almaty office … said"): the person the text names next. */
  | { kind: 'next'; title: string };

const PRONOUN = /(?:^|[\s,;:(“”"_—–])([Hh]e|[Ss]he)\s*$/;
/** "the expert", "the Russian analyst", "the minister": a job noun with the article points to the person in focus. */
const ANAPHOR = /(?:^|[\s,;:(“”"_])[Tt]he\s+((?:\p{L}+\s+){0,2}\p{Ll}+)\s*$/u;
/** "the Prime Minister", "the President": a capitalised title with the article, an office the article named its holder by. */
const TITLE_ANAPHOR = /(?:^|[\s,;:(“”"_])[Tt]he\s+((?:\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+)\s*$/u;
/** A whole subject of a demonym and a job noun, without the article: "Kyrgyz leader". */
const BARE_ANAPHOR = /^\s*(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)\s*$/u;
const PREPOSITION_END = /\b(?:in|at|from|of|to|with|for|by|on|near|into|across|toward|towards)\s+$/;
const SPLITTER = /\s(?:of|with|at|from|for|who)\s/;
const SPLITTERS = /\s+(?=(?:of|with|at|from|for|who)\s)/g;
const ORG_AFTER_NAME = /^(?:of|with|at|from|for)\s+(?:the\s+)?(?:\p{Lu}|[\p{Ll}-]+\s+\p{Lu})/u;

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

/** True when the words are one job title and nothing else ("Prime Minister", not "President Hotel"). */
function isWholeJob(text: string, context: NameContext): boolean {
  return findJobs(context.words, text).some((job) => job.start === 0 && job.end === text.length);
}

const genderOf = (word: string): Gender => (word.toLowerCase() === 'she' ? 'female' : 'male');

const MAX_ASIDE = 100;
const ACRONYM_IN_BRACKETS = /\s*\(\p{Lu}[\p{Lu}\p{Ll}&.-]{1,11}\)/gu;

/** "Anna Kim, for her part, " → "Anna Kim": an aside set off by commas right before the verb is left out. */
function withoutAside(left: string, context: NameContext): string {
  let close = left.length;
  while (close > 0 && isSpace(left.charCodeAt(close - 1))) close--;
  if (left.charCodeAt(close - 1) !== 44) return left;
  const open = left.lastIndexOf(',', close - 2);
  if (open < 0 || close - open > MAX_ASIDE) return left;
  const aside = left.slice(open + 1, close - 1).trim();
  if (close - open <= 32 && context.words.asides.has(aside.toLowerCase())) return left.slice(0, open);
  // "Anna Kim, speaking after talks with the president, said": a participle or a speech's frame
  // from the list; an appositive never opens with one ("Anna Kim, leading expert on …" is kept).
  const opener = context.words.asideOpener;
  return opener !== null && opener.test(aside) ? left.slice(0, open) : left;
}

/** The subject before a speech verb (`left` ends where the verb starts). */
export function subjectBefore(left: string, context: NameContext): { ref: SpeakerRef; appositive: boolean } | null {
  let bare = withoutAdverbs(withoutAside(left, context));
  // "Chairman of the Institute for Development (BRISD), Name, said": an acronym in brackets adds nothing to the title.
  if (bare.includes('(')) bare = bare.replace(ACRONYM_IN_BRACKETS, '');
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
  if (anaphor?.[1] !== undefined && hasJob(context.words, anaphor[1])) return { ref: { kind: 'pronoun', gender: null, described: anaphor[1] }, appositive: false };
  // "Kyrgyz leader noted …": wire copy drops the article before a demonym and a job noun.
  const bareAnaphor = BARE_ANAPHOR.exec(bare);
  if (bareAnaphor?.[1] !== undefined && bareAnaphor[2] !== undefined && context.isPlaceWord(bareAnaphor[1]) && hasJob(context.words, bareAnaphor[2]))
    return { ref: { kind: 'pronoun', gender: null, described: `${bareAnaphor[1]} ${bareAnaphor[2]}` }, appositive: false };
  const title = TITLE_ANAPHOR.exec(tail)?.[1];
  if (title !== undefined && isWholeJob(title, context)) return { ref: { kind: 'pronoun', gender: null, title }, appositive: false };
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

/** "…, " before a participle: "Anna Kim welcomed the plan, saying …" has the subject of "welcomed". */
export const COMMA_END = /,\s*$/;
/** "… and " or "…, and " ends the words before the verb: a second predicate ("welcomed the plan and said"). */
const AND_END = /(?:,\s*|\s+)and\s+$/;
/** Where a first predicate may start: a finite verb, regular ("welcomed", "hails") or one of the irregular pasts reporters use. */
const PREDICATE_START = /\s(?=(?:\p{Ll}+(?:ed|s)|held|met|made|took|spoke|gave|won|told|sent|led|went|came)\s)/gu;
const MAX_PREDICATE = 120;

/**
 * "Anna Kim welcomed the decision and said …", "Anna Kim, an analyst, hailed the deal and added":
 * the speech verb is the second of two predicates of one subject. The subject is read before the
 * first predicate, which is short and has no clause break; only a name or "he"/"she" counts, since
 * "the ministers welcomed the plan and said" is a group, not the person in focus.
 */
export function subjectOfSecondPredicate(left: string, context: NameContext, ending: RegExp = AND_END): { ref: SpeakerRef; appositive: boolean } | null {
  const end = ending.exec(left.slice(-8));
  if (end === null) return null;
  const head = left.slice(0, left.length - end[0].length);
  for (const split of head.matchAll(PREDICATE_START)) {
    const predicate = head.slice(split.index + 1);
    if (predicate.length > MAX_PREDICATE || /[,;:“”"_()—–]/.test(predicate)) continue;
    const subject = subjectBefore(head.slice(0, split.index + 1), context);
    if (subject === null) continue;
    const { ref } = subject;
    if (ref.kind === 'name' || (ref.kind === 'pronoun' && ref.gender !== null && ref.title === undefined && ref.described === undefined)) return subject;
    return null;
  }
  return null;
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

const PLURAL_WHO = /^\s*who\s+(?:have|are|were)\b/;

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
    // "… Xi Jinping and India’s Modi, who have not met in years, said Name": a clause about more than one person.
    if (PLURAL_WHO.test(appositive)) return null;
    const clause = lastClause(segments[k] ?? '');
    const ref = speakerInClause(clause, context);
    // "In an article by Modern Diplomacy, the summit …": the object of a preposition is no subject.
    if (ref?.kind === 'name' && PREPOSITION_END.test(clause.slice(Math.max(0, clause.lastIndexOf(ref.words[0] ?? '') - 16), clause.lastIndexOf(ref.words[0] ?? '')))) continue;
    // A lone surname needs a title, or "who" after it ("Orlov, who arrived late, said"): a place is a "which".
    if (ref !== null && ref.kind === 'name' && (ref.words.length >= 2 || ref.before !== '' || /^\s*who\b/.test(appositive))) {
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
/** "said President Name during a meeting with Ambassador Other": the speaker's phrase ends where the occasion begins. */
const OCCASION = /\s(?:during|after|before|while|when|following|ahead\s+of|at\s+(?:a|an|the)\s+(?:meeting|talks|news|press|briefing))\s/;

export function speakerAfter(right: string, context: NameContext): SpeakerRef | null {
  const whole = nextClause(right);
  const occasion = OCCASION.exec(whole);
  const clause = occasion === null ? whole : whole.slice(0, occasion.index);
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

/** A speaker line's name as words, without the honorifics before it ("Dr. Anna Kim" → Anna, Kim). */
export const nameWordsOf = (text: string, context: NameContext): string[] =>
  text.trim().split(/\s+/).filter((w) => !context.words.honorifics.has(w.replace(/\.$/, '')));

/** True when every word of a short label is part of a name ("Anna Kim", "Dr. Anna Kim"). */
export function isNameOnly(text: string, context: NameContext): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => isNameWord(w, context) || context.words.honorifics.has(w.replace(/\.$/, '')));
}
