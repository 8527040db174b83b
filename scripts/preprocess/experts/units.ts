/**
 * The stretches of a paragraph the attribution rules read: its sentences (split once, in segment),
 * joined where a quotation runs across them, so "“… nation. Kazakhstan …,” said X" is one unit
 * with its speaker. Each unit carries the paragraph with its quotations hidden (masked), so a
 * name or a verb inside a quotation is never taken for the attribution.
 */
import { matchPhrases, type PhraseMatch } from '../phraseIndex';
import type { Span } from '../paragraphSpans';
import type { Paragraph } from '../segment';
import type { Token } from '../tokens';
import type { AttributionWords, Cue, VerbForm } from './words';

export interface VerbHit {
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  form: string;
  verb: VerbForm;
}

export interface AttributionUnit {
  paragraph: number;
  /** The paragraph's own text, and the same with the words inside quotation marks replaced by "_". */
  text: string;
  masked: string;
  start: number;
  end: number;
  /** The unit's own masked text (`masked` from `start` to `end`). */
  sentence: string;
  /** Quotations that lie in the unit (paragraph offsets, marks included). */
  quotes: Span[];
  /** Speech verbs outside quotations, in text order. */
  verbs: VerbHit[];
  /** Job nouns outside quotations ("analyst", "foreign minister"): introductions need one. */
  jobs: number;
  /** Place of the unit in its paragraph. */
  first: boolean;
  last: boolean;
  /** The paragraph is the last of the text and stops without a full stop (an excerpt cut short). */
  cut: boolean;
  /** What the matchers worked out once for all rules (the verbs' surroundings and subjects), kept with the unit. */
  memo: Record<string, unknown>;
}

/** Keeps the quote marks so clauses still end at them, but hides the words inside. */
export function hideQuotedWords(text: string, quotes: readonly Span[]): string {
  if (quotes.length === 0) return text;
  const pieces: string[] = [];
  let last = 0;
  for (const q of quotes) {
    pieces.push(text.slice(last, q.start), text[q.start] ?? '');
    if (q.end - q.start >= 2) pieces.push('_'.repeat(q.end - q.start - 2), text[q.end - 1] ?? '');
    last = q.end;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}

const insideQuote = (quotes: readonly Span[], at: number) => quotes.some((q) => at > q.start && at < q.end);

export interface ParagraphCues {
  verbs: VerbHit[];
  /** Where job nouns start. */
  jobs: number[];
}

/** True when nothing but a sentence's end or a quote mark stands before `at` ("Says Anna Kim: …"). */
function opensSentence(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(source[i] ?? '')) i--;
  return i < 0 || /[.!?:”"»]/.test(source[i] ?? '');
}

/**
 * Speech verbs and job nouns of a paragraph, outside its quotations, from the matches of the cue
 * index (or of an index that holds the cues among other phrases, as analyseArticle's does). A verb
 * counts only in lower case, or capitalised where it opens a sentence ("Says Anna Kim: …").
 */
export function cuesFromMatches(matches: Iterable<PhraseMatch<Cue>>, source: string, quotes: readonly Span[]): ParagraphCues {
  const verbs: VerbHit[] = [];
  const jobs: number[] = [];
  for (const match of matches) {
    if (insideQuote(quotes, match.start)) continue;
    if (match.value.job !== undefined) jobs.push(match.start);
    const verb = match.value.verb;
    if (verb === undefined || (verb.purpose !== undefined && !verb.purpose.test(source.slice(Math.max(0, match.start - 120), match.start)))) continue;
    if (verb.initial === true ? opensSentence(source, match.start) : /\p{Ll}/u.test(source[match.start] ?? '')) verbs.push({ start: match.start, end: match.end, form: source.slice(match.start, match.end), verb });
  }
  return { verbs, jobs };
}

/** The same for a paragraph on its own, in one pass over its tokens. */
export function paragraphCues(words: AttributionWords, tokens: readonly Token[], quotes: readonly Span[]): ParagraphCues {
  return cuesFromMatches(matchPhrases(words.cues, tokens), tokens[0]?.source ?? '', quotes);
}

const NONE: never[] = [];

export function attributionUnits(paragraph: Paragraph, index: number, { verbs, jobs }: ParagraphCues, cut: boolean): AttributionUnit[] {
  const { text, quotes } = paragraph;
  const masked = hideQuotedWords(text, quotes);
  const groups: Span[] = [];
  for (const sentence of paragraph.sentences) {
    const previous = groups[groups.length - 1];
    // A quotation that starts before this sentence and ends inside or after it joins the two.
    if (previous !== undefined && quotes.length > 0 && quotes.some((q) => q.start < previous.end && q.end > sentence.start)) previous.end = sentence.end;
    else groups.push({ start: sentence.start, end: sentence.end });
  }
  // Plain loops over cues in text order: this runs for every paragraph with a cue. Most paragraphs
  // have no quotation and many no verb: those units share one empty list.
  const units: AttributionUnit[] = [];
  let v = 0;
  let j = 0;
  for (let i = 0; i < groups.length; i++) {
    const { start, end } = groups[i]!;
    let unitVerbs: VerbHit[] = NONE;
    while (v < verbs.length && verbs[v]!.start < start) v++;
    for (let k = v; k < verbs.length && verbs[k]!.start < end; k++) {
      const verb = verbs[k]!;
      if (verb.end > end) continue;
      if (unitVerbs === NONE) unitVerbs = [];
      unitVerbs.push(verb);
    }
    while (j < jobs.length && jobs[j]! < start) j++;
    let unitJobs = 0;
    while (j + unitJobs < jobs.length && jobs[j + unitJobs]! < end) unitJobs++;
    units.push({
      paragraph: index,
      text,
      masked,
      start,
      end,
      sentence: masked.slice(start, end),
      quotes: quotes.length === 0 ? NONE : quotes.filter((q) => q.start < end && q.end > start),
      verbs: unitVerbs,
      jobs: unitJobs,
      first: i === 0,
      last: i === groups.length - 1,
      cut: cut && i === groups.length - 1,
      memo: {},
    });
  }
  return units;
}

/** The unit's masked sentence, and offsets within it. */
export const sentenceOf = (unit: AttributionUnit) => unit.sentence;
