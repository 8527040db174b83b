/**
 * Stage 3, extract (people): the experts and officials an article quotes, each with what they
 * said (as ranges of the paragraphs) and the sentence that introduced them. Every rule of the
 * table (rules.ts) proposes scored candidates for each unit of text; the best one whose speaker
 * can be found wins. Mentions of one person inside the article are merged here (surname,
 * "he/she said", spelling variants); merging across articles is assemble's, with the same
 * mergeProfiles.
 */
import type { Paragraph, ParagraphKind } from '../segment';
import { tokenize } from '../tokens';
import type { Candidate } from './matchers';
import { isStaffCredit, twoLineHeading } from './heading';
import { findByTitle, subjectOfSentenceBefore } from './mentions';
import type { ArticleSource, ExtractionContext } from './extractionContext';
import { PeopleInArticle, type PersonInArticle, type TextRange } from './people';
import { isAnnouncement, isReadout, isSelfReport } from './reports';
import { RULES, type FormId } from './rules';
import { quoteRange, speakersQuote, speakerSpans } from './speakerQuotes';
import { attributionUnits, paragraphCues, type AttributionUnit, type ParagraphCues } from './units';
import { keepExperts } from './whoStays';

export type { ArticleSource, ExtractionContext } from './extractionContext';
export type { PersonInArticle, QuoteInArticle, TextRange } from './people';

const EXTRACTED: ReadonlySet<ParagraphKind> = new Set(['text', 'heading']);
const HEADING_RULE = RULES.find((r) => r.id === 'name-heading');
const SENTENCE_RULES = RULES.filter((r) => r.id !== 'name-heading');
/** The same rules, the ones that can score highest first (a stable sort keeps the table's order on a tie). */
const BY_SCORE = [...SENTENCE_RULES].sort((a, b) => b.score - a.score);
const POSSIBLE_CUE = /ccording|:|\b(?:view|words|opinion|assessment|estimation|quoted)\b/;
const QUIET_UNLESS = /[“”"«»„]|ccording|:|\b(?:view|words|opinion|assessment|estimation|quoted)\b/;
const endsCut = (text: string) => !/[.!?…"”’»)\]]\s*$/u.test(text);

interface Untitled {
  candidate: Candidate;
  unit: AttributionUnit;
  title: string;
}

interface Chosen {
  candidate: Candidate;
  form: FormId;
  person: PersonInArticle;
}

export function extractExperts(
  paragraphs: readonly Paragraph[],
  context: ExtractionContext,
  source: ArticleSource = { outlet: '', outletCountry: null },
  cuesOf: (index: number) => ParagraphCues = (index) => {
    const paragraph = paragraphs[index];
    return paragraphCues(context.names.words, tokenize(paragraph?.text ?? ''), paragraph?.quotes ?? []);
  },
): PersonInArticle[] {
  const people = new PeopleInArticle(paragraphs, context.gazetteer, context.names, context.officials);
  /** Who spoke or was introduced, most recent last: "he" and "she" look here. */
  const order: PersonInArticle[] = [];
  let focus: PersonInArticle | null = null;
  let previous: PersonInArticle | null = null;
  let block: { owner: PersonInArticle; paragraphs: number[] } | null = null;
  let lastText = -1;
  paragraphs.forEach((p, i) => {
    if (EXTRACTED.has(p.kind)) lastText = i;
  });
  const cut = lastText >= 0 && endsCut(paragraphs[lastText]?.text ?? '.');

  const closeBlock = () => {
    if (block !== null && block.paragraphs.length > 0) {
      block.owner.quotes.push({
        text: block.paragraphs.map((i) => paragraphs[i]?.text ?? '').join('\n\n'),
        kind: 'direct',
        ranges: block.paragraphs.map((i) => ({ paragraph: i, start: 0, end: paragraphs[i]?.text.length ?? 0 })),
      });
    }
    block = null;
  };
  const speak = (person: PersonInArticle) => {
    focus = person;
    const at = order.indexOf(person);
    if (at >= 0) order.splice(at, 1);
    order.push(person);
  };

  /** A view under a title with no name ("The head of … said …"), waiting for the person the text names next. */
  let untitled: Untitled | null = null;
  let seenUntitled: Untitled | null = null;

  const resolve = (candidate: Candidate, unit: AttributionUnit): PersonInArticle | null => {
    const { speaker } = candidate;
    if (speaker.kind === 'previous') return previous;
    if (speaker.kind === 'next') {
      seenUntitled = { candidate, unit, title: speaker.title };
      return null;
    }
    if (speaker.kind === 'pronoun' && speaker.title !== undefined) {
      const holder = findByTitle(paragraphs, unit.paragraph, speaker.title, context.names);
      return holder === null ? null : people.add(holder.words, holder, holder.sentence);
    }
    if (speaker.kind === 'pronoun') {
      // "Iranian President Ivan Orlov tried to calm fears. … he said": someone named in full as the
      // subject of the sentence just before takes the focus, though they had no speech verb there.
      const subject = subjectOfSentenceBefore(paragraphs, unit.paragraph, unit.start, context.names);
      if (subject !== null && (focus === null || !focus.name.endsWith(subject.words.at(-1) ?? '\u0000'))) return people.add(subject.words, subject, subject.sentence);
      const current: PersonInArticle | null = focus;
      const meant = current !== null && (speaker.gender === null || current.gender === null || current.gender === speaker.gender) ? current : people.latest(speaker.gender, order);
      if (meant === null) return null;
      meant.gender ??= speaker.gender;
      // "the Russian analyst added", "Kyrgyz leader noted": the anaphor describes the person too.
      if (speaker.described !== undefined) people.describe(meant, { before: speaker.described, after: '' });
      return meant;
    }
    return people.resolveName(speaker, unit.text.slice(unit.start, unit.end));
  };

  const choose = (unit: AttributionUnit): Chosen | null => {
    // Most sentences attribute nothing: no verb, quote, job noun, label or "according to" means no rule can apply.
    if (unit.verbs.length === 0 && unit.quotes.length === 0 && unit.jobs === 0 && !unit.cut && !POSSIBLE_CUE.test(unit.sentence)) return null;
    // Rules in order of the best score they can give; a candidate is tried once no later rule can beat it.
    const found: Array<{ candidate: Candidate; form: FormId }> = [];
    // Tried candidates stay first: a later rule scores at most the bound they beat, and the sort is stable.
    let tried = 0;
    seenUntitled = null;
    for (let r = 0; r < BY_SCORE.length; r++) {
      const rule = BY_SCORE[r];
      const before = found.length;
      if (rule?.applies(unit) === true) for (const candidate of rule.match(unit, context.names)) found.push({ candidate, form: rule.id });
      const bound = BY_SCORE[r + 1]?.score ?? Number.NEGATIVE_INFINITY;
      if (found.length > before && found.length - tried > 1) found.sort((a, b) => b.candidate.score - a.candidate.score);
      for (; tried < found.length; tried++) {
        const entry = found[tried];
        if (entry === undefined || entry.candidate.score < bound) break;
        const person = resolve(entry.candidate, unit);
        if (person !== null) return { candidate: entry.candidate, form: entry.form, person };
      }
    }
    // Nobody named here: a nameless title's view waits for the next person named.
    if (seenUntitled !== null) untitled = seenUntitled;
    return null;
  };

  const attach = ({ candidate, form, person }: Chosen, unit: AttributionUnit) => {
    if (!person.forms.includes(form)) person.forms.push(form);
    const { text } = unit;
    if (candidate.turn !== undefined) {
      const range = { paragraph: unit.paragraph, start: candidate.turn.start, end: candidate.turn.end };
      person.quotes.push({ text: text.slice(range.start, range.end), kind: 'direct', ranges: [range] });
      return;
    }
    // Inside a name heading's block the whole text is already that person's quote.
    if (block?.owner === person) return;
    // What an official announces about an event ("the summit will focus on …") is not a view.
    const announcement = isAnnouncement(text.slice(unit.start, unit.end));
    // Where the speaker is described: read only for a reported sentence, or to judge a quotation before the verb.
    let described: TextRange[] | undefined;
    const describedSpans = () => (described ??= speakerSpans(unit, candidate));
    const own = unit.quotes.length === 0 ? unit.quotes : unit.quotes.filter((q) => speakersQuote(unit, candidate, describedSpans, q));
    if (own.length > 0 && form !== 'cut-introduction') {
      for (const q of own) {
        const range = quoteRange(text, q);
        if (range.end <= range.start) continue;
        person.quotes.push({ text: text.slice(range.start, range.end), kind: 'direct', ranges: [{ paragraph: unit.paragraph, ...range }] });
        if (announcement || isReadout(context.names.words, text.slice(range.start, range.end))) person.selfReports += 1;
      }
      return;
    }
    const after = candidate.after === undefined ? null : text.slice(candidate.after, unit.end);
    if (announcement || (after !== null && (isSelfReport(after) || isReadout(context.names.words, after)))) person.selfReports += 1;
    const spans = describedSpans();
    person.quotes.push({
      text: text.slice(unit.start, unit.end),
      kind: 'reported',
      ranges: [{ paragraph: unit.paragraph, start: unit.start, end: unit.end }],
      ...(spans.length > 0 ? { speaker: spans } : {}),
    });
  };

  let titleLine = -1;
  paragraphs.forEach((paragraph, index) => {
    if (index === titleLine) return;
    if (!EXTRACTED.has(paragraph.kind)) {
      closeBlock();
      previous = null;
      return;
    }
    const cues = cuesOf(index);
    const last = cut && index === lastText;
    // No speech verb, job noun, quotation, label or "according to": nothing to attribute, and no need to split the paragraph.
    const units = cues.verbs.length === 0 && cues.jobs.length === 0 && !last && !QUIET_UNLESS.test(paragraph.text) ? null : attributionUnits(paragraph, index, cues, last);
    const only = units?.length === 1 ? units[0] : undefined;
    // A heading needs text below it: at the end of a cut excerpt "Name, founder of …, sees that" introduces a view cut off.
    const below = index < lastText;
    const twoLines = below ? twoLineHeading(paragraph, paragraphs[index + 1], paragraphs[index + 2], context.names) : null;
    const heading =
      twoLines !== null
        ? { speaker: { kind: 'name' as const, words: twoLines.words, before: '', after: twoLines.appositive } }
        : below && only !== undefined && HEADING_RULE?.applies(only) === true
          ? HEADING_RULE.match(only, context.names)[0]
          : undefined;
    if (heading?.speaker.kind === 'name') {
      closeBlock();
      // The title line of a two-line heading is part of the heading, not of the person's text.
      if (twoLines !== null) titleLine = index + 1;
      const owner = people.add(heading.speaker.words, heading.speaker, twoLines === null ? paragraph.text : `${paragraph.text}, ${paragraphs[index + 1]?.text ?? ''}`);
      if (!owner.forms.includes('name-heading')) owner.forms.push('name-heading');
      block = { owner, paragraphs: [] };
      speak(owner);
      previous = owner;
      return;
    }
    // A short last line without a full stop is a heading, unless the excerpt was cut there; a
    // credit line of the programme's staff ("Host: Anna Kim") ends the guest's text above it too.
    if ((paragraph.kind === 'heading' && !(cut && index === lastText)) || isStaffCredit(paragraph.text, context.names)) {
      closeBlock();
      previous = null;
      return;
    }
    (block as { paragraphs: number[] } | null)?.paragraphs.push(index);
    if (units === null) {
      previous = null;
      return;
    }
    for (const unit of units) {
      const chosen = choose(unit);
      if (chosen === null) {
        previous = null;
        continue;
      }
      const waiting = untitled;
      untitled = null;
      // "The head of the Almaty office … said …" and, within two paragraphs, a person named with no
      // description of their own: the title is theirs, and so is the view.
      if (waiting !== null && unit.paragraph - waiting.unit.paragraph <= 2 && chosen.person.quotes.length === 0 && chosen.person.descriptors.length === 0) {
        people.describe(chosen.person, { before: waiting.title, after: '' });
        attach({ candidate: waiting.candidate, form: 'title-then-name', person: chosen.person }, waiting.unit);
      }
      speak(chosen.person);
      if (!chosen.candidate.view) {
        previous = null;
        continue;
      }
      attach(chosen, unit);
      previous = chosen.person;
    }
  });
  closeBlock();
  const spoke = [...people.people.values()].filter((person) => person.quotes.length > 0);
  for (const person of spoke) people.describeAll(person);
  return keepExperts(spoke, paragraphs, context, source);
}
