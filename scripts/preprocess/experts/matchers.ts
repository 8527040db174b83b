/**
 * The matchers behind the rule table (rules.ts). Each reads one attribution unit and returns
 * scored candidates; none decides alone: the resolver (extractExperts) takes the best candidate
 * whose speaker it can find. Offsets in a candidate are paragraph offsets.
 */
import { nameHeading } from './heading';
import { isFullName, nameAtEnd, type NameContext } from './names';
import { titleBefore } from './titleBefore';
import { namelessSubject } from './namelessTitle';
import { isAppositive } from './appositive';
import { lastClause } from './clauses';
import { COMMA_END, isNameOnly, nameWordsOf, speakerAfter, speakerInClause, subjectBefore, subjectOfSecondPredicate, type SpeakerRef } from './speaker';
import { sentenceOf, type AttributionUnit, type VerbHit } from './units';
import { findJobs, hasJob } from './words';

export interface Candidate {
  score: number;
  speaker: SpeakerRef;
  /** False for an introduction: it names and describes a person but gives no view. */
  view: boolean;
  /** The stretch that is the person's words when it is not the unit's own quotes (a transcript turn). */
  turn?: { start: number; end: number };
  /** Where the words after the cue begin (to tell "said he hopes to …" from a view). */
  after?: number;
  /** A name heading: the paragraphs below it are the person's text. */
  heading?: boolean;
}

export type Matcher = (unit: AttributionUnit, context: NameContext) => Candidate[];

const isName = (ref: SpeakerRef | null): ref is Extract<SpeakerRef, { kind: 'name' }> => ref !== null && ref.kind === 'name';
const nameScore = (ref: Extract<SpeakerRef, { kind: 'name' }>, full: number) => (isFullName(ref.words) ? full : full - 0.05);

interface VerbSite {
  verb: VerbHit;
  left: string;
  right: string;
}

/** "Name, who arrived late, used his first trip abroad to" → "Name, who arrived late,": the speaker is the one who used it. */
function withoutPurposeFrame({ left, verb }: VerbSite): string {
  const m = verb.verb.purpose?.exec(left);
  return m === null || m === undefined ? left : left.slice(0, m.index);
}

const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|not|still|now|widely|often|\p{Ll}+ly)\s+)?$/u;
const verbText = (verb: VerbHit, sentence: string, offset: number) => sentence.slice(verb.start - offset, verb.end - offset);

/** Each speech verb of the unit with the masked text before and after it, when its conditions hold. */
function verbSites(unit: AttributionUnit): VerbSite[] {
  const cached = unit.memo.sites as VerbSite[] | undefined;
  if (cached !== undefined) return cached;
  const sentence = sentenceOf(unit);
  const sites: VerbSite[] = [];
  for (const verb of unit.verbs) {
    const at = verb.start - unit.start;
    const right = sentence.slice(verb.end - unit.start);
    if (verb.verb.onlyBefore !== null || verb.verb.notBefore !== null) {
      const next = /^\s+([\p{L}'’-]+)/u.exec(right)?.[1]?.toLowerCase() ?? '';
      if (verb.verb.onlyBefore !== null && !verb.verb.onlyBefore.has(next)) continue;
      if (verb.verb.notBefore?.has(next) === true) continue;
    }
    const left = sentence.slice(0, at);
    // "is expected to", "was told", "were asked": a speech verb in the passive is said to its subject, not by it.
    if (PASSIVE_BEFORE.test(left.slice(-24)) && !/(?:ing|s)$/.test(verbText(verb, sentence, unit.start))) continue;
    sites.push({ verb, left, right });
  }
  unit.memo.sites = sites;
  return sites;
}

interface Subject {
  site: VerbSite;
  subject: NonNullable<ReturnType<typeof subjectBefore>>;
}
/**
 * The subjects of the unit's speech verbs, read once for the three rules that need them, up to the
 * first that surely names a speaker (a full name, an appositive, a pronoun): in "He said Anna Kim,
 * an analyst, argued …" the speaker is "he", not the person he reports. A lone surname does not
 * stop the search, since it may name nobody the article knows.
 */
function subjectsOf(unit: AttributionUnit, context: NameContext): Subject[] {
  let found = unit.memo.subjects as Subject[] | undefined;
  if (found === undefined) {
    found = [];
    for (const site of verbSites(unit)) {
      const left = withoutPurposeFrame(site);
      // "Anna Kim welcomed the plan, saying …": a participle has the subject of the clause before its comma.
      const subject = site.verb.verb.participle === true ? subjectOfSecondPredicate(left, context, COMMA_END) : (subjectBefore(left, context) ?? subjectOfSecondPredicate(left, context));
      if (subject === null) continue;
      found.push({ site, subject });
      if (subject.appositive || subject.ref.kind !== 'name' || isFullName(subject.ref.words)) break;
    }
    unit.memo.subjects = found;
  }
  return found;
}

/** "Name said …", "Kazakh scholar Name argues", "Mr. Name says", "Name of the Asia Centre told …". */
export const subjectVerb: Matcher = (unit, context) =>
  subjectsOf(unit, context).flatMap(({ site, subject }) =>
    isName(subject.ref) && !subject.appositive ? [{ score: nameScore(subject.ref, 0.85), speaker: subject.ref, view: true, after: site.verb.end }] : [],
  );

/** "Name, an analyst at …, said …", "Name, who heads …, thinks", "Name, an expert on … says". */
export const appositiveVerb: Matcher = (unit, context) =>
  subjectsOf(unit, context).flatMap(({ site, subject }) => (subject.appositive ? [{ score: 0.9, speaker: subject.ref, view: true, after: site.verb.end }] : []));

/** "he said", "she noted", "the analyst added": the person in focus. */
export const pronounVerb: Matcher = (unit, context) =>
  subjectsOf(unit, context).flatMap(({ site, subject }) => (subject.ref.kind === 'pronoun' ? [{ score: 0.6, speaker: subject.ref, view: true, after: site.verb.end }] : []));

/**
 * "“…,” said Name", "…, says Central Asia analyst Name of …", "…, asked Name, a scholar …".
 * Only verbs marked invertible, and only after a quotation or a clause: "…, shared Name" is not
 * an attribution, nor is "the report said".
 */
export const verbSubject: Matcher = (unit, context) =>
  verbSites(unit).flatMap((site) => {
    if (!site.verb.verb.invertible || site.verb.verb.purpose !== undefined || !(site.left.trim() === '' || /[,”"_»?!'’]\s*$/.test(site.left.slice(-8)))) return [];
    // Fast path: a speaker after the verb is a capitalised name, a title or "he"/"she" within a few words.
    if (!/^[^,;.!?“”"_]{0,80}?(?:\p{Lu}|\b(?:he|she)\b)/u.test(site.right)) return [];
    const ref = speakerAfter(site.right, context);
    if (ref === null) return [];
    return [{ score: ref.kind === 'name' ? nameScore(ref, 0.85) : 0.6, speaker: ref, view: true }];
  });

const ACCORDING = /\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+(?:words|view|opinion|assessment|estimation)\s+of)\s+/g;

/** "According to [title] Name[, appositive], …", "… according to Name of the Council on …", "according to her". */
export const accordingTo: Matcher = (unit, context) => {
  const sentence = sentenceOf(unit);
  const found: Candidate[] = [];
  for (const m of sentence.matchAll(ACCORDING)) {
    const ref = speakerAfter(sentence.slice(m.index + m[0].length), context);
    if (ref !== null) found.push({ score: ref.kind === 'name' ? nameScore(ref, 0.9) : 0.6, speaker: ref, view: true });
  }
  return found;
};

/** "In his words, …", "In Name’s view, …". */
export const possessiveView: Matcher = (unit, context) => {
  const sentence = sentenceOf(unit);
  if (/\b[Ii]n\s+(?:his|her)\s+(?:words|view|opinion|assessment|estimation)\b/.test(sentence)) return [{ score: 0.6, speaker: { kind: 'pronoun', gender: null }, view: true }];
  const m = /\b[Ii]n\s+([^,;:.]{1,80}?)['’]s?\s+(?:words|view|opinion|assessment|estimation)\b/.exec(sentence);
  const ref = m?.[1] === undefined ? null : speakerInClause(m[1], context);
  return isName(ref) ? [{ score: nameScore(ref, 0.85), speaker: ref, view: true }] : [];
};

const QUOTED_AS = /\s+(?:is|was|were|has been|had been)\s+(?:\p{Ll}+ly\s+)?quoted\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+saying\b/u;

/** "The agency quotes political analyst Name as saying …": the outlet is the subject, the speaker its object. */
const QUOTES_SAYING = /\bquot(?:es|ed)\s+([^,;:“”"_]{3,100}?)\s+(?:as\s+)?saying\b/u;

/** "Name was quoted as saying …", "Name is quoted by the agency as saying …", "The agency quotes Name saying …". */
export const quotedAsSaying: Matcher = (unit, context) => {
  const sentence = sentenceOf(unit);
  const m = QUOTED_AS.exec(sentence);
  if (m === null) {
    const active = QUOTES_SAYING.exec(sentence);
    const ref = active?.[1] === undefined ? null : speakerInClause(active[1], context);
    return active !== null && isName(ref) ? [{ score: nameScore(ref, 0.9), speaker: ref, view: true, after: unit.start + active.index + active[0].length }] : [];
  }
  const subject = subjectBefore(sentence.slice(0, m.index), context);
  return subject === null ? [] : [{ score: 0.9, speaker: subject.ref, view: true, after: unit.start + m.index + m[0].length }];
};

/** What usually opens the role after the copula: "is a/the …", "is now …", "is one of the …". */
const ROLE_OPENER = String.raw`(?:a|an|the|now|currently|also|one of the|among the)\s`;
const COPULA = new RegExp(String.raw`^(?:[^,]{0,80},\s+)?(.{3,80}?)\s+(?:is|was|has been|had been|is now|was once|remains)\s+((?:${ROLE_OPENER})?.{3,250}?)\s*[.!?]?\s*$`, 's');
const COPULA_ARTICLE = new RegExp(`^${ROLE_OPENER}`);
/** Before a bare job ("is Central Asian expert with …"), at most a few capitalised words. */
const BARE_JOB_LEAD = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
/** What follows a bare job: its organisation or the end ("is director of …", "is professor at …"). */
const BARE_JOB_TAIL = /^(?:\s+(?:of|at|with|for|in)\b|\s*[,;.]|\s*$)/;

/**
 * Without an article the role must open the phrase: "Name is director of …", "Name is Central
 * Asian expert with …"; "Name is expected to become director" is no introduction.
 */
function opensWithJob(context: Parameters<Matcher>[1], role: string): boolean {
  if (COPULA_ARTICLE.test(role)) return true;
  const job = findJobs(context.words, role)[0];
  return job !== undefined && BARE_JOB_LEAD.test(role.slice(0, job.start)) && BARE_JOB_TAIL.test(role.slice(job.end));
}

/** "Name is the director of a Moscow-based think tank." An introduction: the view comes in the next sentences. */
export const copulaIntroduction: Matcher = (unit, context) => {
  const m = COPULA.exec(sentenceOf(unit));
  if (m?.[1] === undefined || m[2] === undefined || !hasJob(context.words, m[2]) || !opensWithJob(context, m[2])) return [];
  if (!isAppositive(m[2].replace(/^(?:now|currently|also)\s+/, ''), context)) return [];
  const ref = speakerInClause(m[1], context);
  return isName(ref) && isFullName(ref.words) ? [{ score: 0.4, speaker: { ...ref, after: [ref.after, m[2]].filter((s) => s !== '').join(', ') }, view: false }] : [];
};

/** "…put the question to Name, the head of …", "… interviews Name, now vice president of …". An introduction. */
export const appositiveIntroduction: Matcher = (unit, context) => {
  const sentence = sentenceOf(unit);
  const found: Candidate[] = [];
  for (const m of sentence.matchAll(/,\s*/g)) {
    const ref = speakerInClause(lastClause(sentence.slice(0, m.index)), context);
    if (!isName(ref) || !isFullName(ref.words)) continue;
    const segment = /^([^,;:.!?“”"_()]{1,200})/.exec(sentence.slice(m.index + m[0].length))?.[1] ?? '';
    if (!hasJob(context.words, segment) || !isAppositive(segment, context)) continue;
    found.push({ score: 0.3, speaker: { ...ref, after: [ref.after, segment.trim()].filter((s) => s !== '').join(', ') }, view: false });
  }
  return found;
};

/** "“…,” Name, who heads …" with no verb (one left out, or cut off by the end of an excerpt). */
export const quoteThenName: Matcher = (unit, context) => {
  const last = unit.quotes[unit.quotes.length - 1];
  if (last === undefined || last.end > unit.end) return [];
  if (unit.verbs.some((v) => v.start >= last.end)) return [];
  const rest = unit.masked.slice(last.end, unit.end);
  const m = /^\s*,?\s*([^,;:.!?“”"_]{3,80}?)(?:,\s*([^;:!?“”"_]{1,250}?))?\s*[.!?]?\s*$/.exec(rest);
  if (m?.[1] === undefined) return [];
  const ref = speakerInClause(m[1], context);
  if (!isName(ref) || !isFullName(ref.words) || ref.before !== '') return [];
  if (m[2] !== undefined && !isAppositive(m[2], context)) return [];
  return [{ score: 0.5, speaker: { ...ref, after: [ref.after, m[2] ?? ''].filter((s) => s !== '').join(', ') }, view: true }];
};

/** A quotation standing alone (its own paragraph or sentence): the previous speaker goes on. */
export const quoteContinuation: Matcher = (unit) => {
  if (unit.quotes.length === 0) return [];
  // At most one word outside the quotation marks ("And “…”"): count words by a scan, the unit may be long.
  const sentence = sentenceOf(unit);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < sentence.length && words < 2; i++) {
    const letter = /[\p{L}\p{N}]/u.test(sentence[i] ?? '');
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words <= 1 ? [{ score: 0.2, speaker: { kind: 'previous' }, view: true }] : [];
};

const LABEL = /^([^:“”"_()]{3,80}?):\s*(?=\S)/;
const CAPITALS_NAME = /^(?:\p{Lu}[\p{Lu}'’.-]*\s+){1,3}\p{Lu}[\p{Lu}'’-]+$/u;

/** Interview transcripts: "Anna Kim, Asia Centre: …" or "Anna Kim: …" opening a paragraph. The turn is the person's words. */
export const transcriptLabel: Matcher = (unit, context) => {
  if (!unit.first) return [];
  const m = LABEL.exec(unit.masked);
  if (m?.[1] === undefined) return [];
  // "Anna Kim, an analyst, explained: …" is an attribution with a verb, not a label.
  if (unit.verbs.some((v) => v.start < m[0].length)) return [];
  const [label = '', ...rest] = m[1].split(',');
  const turn = { start: m[0].length, end: unit.text.length };
  const after = rest.join(',').trim();
  // Broadcast transcripts set the speaker in capitals: "ALI AHMADI, Analyst, Gulf Analytics: …".
  const head = CAPITALS_NAME.test(label.trim()) ? label.trim().replace(/\p{Lu}+/gu, (word) => word[0] + word.slice(1).toLowerCase()) : label;
  if (!isNameOnly(head, context)) {
    // "SCO Secretary-General Zhang Ming: …": a title before the name, and nothing but the title.
    const titled = nameAtEnd(head, context);
    if (titled === null || titled.words.length < 2 || titled.before === '' || titleBefore(titled.before, context) !== titled.before || !hasJob(context.words, titled.before)) return [];
    return [{ score: 0.95, speaker: { kind: 'name', words: titled.words, before: titled.before, after }, view: true, turn }];
  }
  const words = nameWordsOf(head, context);
  if (words.length < 2) return [];
  return [{ score: 0.95, speaker: { kind: 'name', words, before: '', after }, view: true, turn }];
};

/** A paragraph that is only a name and a job ("Anna Kim, director of …"), with the person's text below it. */
export const nameHeadingRule: Matcher = (unit, context) => {
  if (!unit.first || !unit.last) return [];
  const heading = nameHeading(unit.text, context, { hasVerb: unit.verbs.length > 0, hasJob: unit.jobs > 0 });
  return heading === null ? [] : [{ score: 0.95, speaker: { kind: 'name', words: heading.words, before: '', after: heading.appositive }, view: true, heading: true }];
};

/**
 * The last sentence of an excerpt cut short, introducing someone whose view was cut off:
 * "…, Name, President" / "Name with the Institute of … at". Only there: the frame is all that is left.
 */
export const cutIntroduction: Matcher = (unit, context) => {
  if (!unit.cut || unit.verbs.length > 0) return [];
  const sentence = sentenceOf(unit);
  const starts = [0, ...[...sentence.matchAll(/,\s+/g)].map((m) => m.index + m[0].length)];
  for (const start of starts) {
    // Name words hold no comma: in "Name, founder of the … Institute" the name stops at the comma, not at "of".
    const m = /^([^\s,]+(?:\s+[^\s,]+){1,3}?)(?:,\s*(.+)|\s+((?:with|of|at|from)\s+(?:the\s+)?\p{Lu}.*))$/su.exec(sentence.slice(start));
    if (m?.[1] === undefined) continue;
    const ref = speakerInClause(m[1], context);
    if (!isName(ref) || !isFullName(ref.words) || !m[1].trimStart().startsWith(ref.words[0] ?? '\u0000')) continue;
    const rest = (m[2] ?? m[3] ?? '').trim();
    // A job or an organisation must follow: "Name, who quit his post …" introduces nobody's view.
    if (m[2] !== undefined && !hasJob(context.words, rest.replace(/\bwho\b.*$/s, '')) && !rest.split(/\s+/).some((w) => context.words.organisationWords.has(w))) continue;
    return [{ score: 0.35, speaker: { ...ref, after: rest }, view: true }];
  }
  return [];
};

/** "The head of the Almaty office of the Steppe Institute said …": the speaker is named later. */
export const namelessTitle: Matcher = (unit, context) =>
  verbSites(unit).flatMap((site) => {
    const title = namelessSubject(site.left, context);
    return title === null ? [] : [{ score: 0.25, speaker: { kind: 'next' as const, title }, view: true, after: site.verb.end }];
  });
