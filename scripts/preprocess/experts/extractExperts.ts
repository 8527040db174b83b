/**
 * Stage 3, extract (people): the experts and officials an article quotes, each with what they
 * said (as ranges of the paragraphs) and the sentence that introduced them. Every rule of the
 * table (rules.ts) proposes scored candidates for each unit of text; the best one whose speaker
 * can be found wins. Mentions of one person inside the article are merged here (surname,
 * "he/she said", spelling variants); merging across articles is assemble's, with the same
 * mergeProfiles.
 */
import type { Gazetteer } from '../gazetteer';
import type { Paragraph, ParagraphKind, Span } from '../segment';
import { tokenize } from '../tokens';
import type { Candidate } from './matchers';
import { twoLineHeading } from './heading';
import { captionPlace, describedElsewhere } from './mentions';
import { findPlaces } from '../gazetteer';
import { mergeProfiles } from './mergeProfiles';
import type { NameContext } from './names';
import { PeopleInArticle, type PersonInArticle, type TextRange } from './people';
import { describeSpeaker } from './profile';
import { isAnnouncement, isReadout, isSelfReport } from './reports';
import { RULES, type FormId } from './rules';
import { attributionUnits, paragraphCues, type AttributionUnit, type ParagraphCues } from './units';

export type { PersonInArticle, QuoteInArticle, TextRange } from './people';

export interface ExtractionContext {
  gazetteer: Gazetteer;
  names: NameContext;
}

export interface ArticleSource {
  /** The outlet's name: its own staff (interviewers, hosts) are never its experts. */
  outlet: string;
  /** The outlet's country: what an unqualified "Vice President X" in its text is the office of. */
  outletCountry: string | null;
}

const EXTRACTED: ReadonlySet<ParagraphKind> = new Set(['text', 'heading']);
const HEADING_RULE = RULES.find((r) => r.id === 'name-heading');
const SENTENCE_RULES = RULES.filter((r) => r.id !== 'name-heading');
/** The same rules, the ones that can score highest first (a stable sort keeps the table's order on a tie). */
const BY_SCORE = [...SENTENCE_RULES].sort((a, b) => b.score - a.score);
const POSSIBLE_CUE = /ccording|:|\b(?:view|words|opinion|assessment|estimation|quoted)\b/;
const QUIET_UNLESS = /[“”"«»„]|ccording|:|\b(?:view|words|opinion|assessment|estimation|quoted)\b/;
/** The words inside a quote's marks, without the comma that leads into "he said". */
function quoteRange(paragraph: string, q: Span): Span {
  let start = q.start + 1;
  let end = q.end;
  if (end > start && /["”»“]/u.test(paragraph[end - 1] ?? '')) end--;
  while (end > start && /[\s,]/u.test(paragraph[end - 1] ?? '')) end--;
  while (start < end && /\s/u.test(paragraph[start] ?? '')) start++;
  return { start, end };
}

/** Outlets repeat across a corpus: each one's names are worked out once (bounded, like the other memos). */
const outletNamesSeen = new Map<string, readonly string[]>();
function outletNames(outlet: string): readonly string[] {
  let names = outletNamesSeen.get(outlet);
  if (names === undefined) {
    names = namesOfOutlet(outlet);
    if (outletNamesSeen.size >= 10_000) outletNamesSeen.clear();
    outletNamesSeen.set(outlet, names);
  }
  return names;
}

/** "Voice of America" → ["Voice of America", "VOA", "VA"]: how the outlet names its own staff. */
function namesOfOutlet(outlet: string): string[] {
  const words = outlet.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const all = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] ?? '').join('');
  return [outlet.replace(/^The\s+/, ''), all, capitalised].filter((n) => n.length >= 2);
}

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
  const people = new PeopleInArticle(paragraphs, context.gazetteer, context.names);
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
    if (speaker.kind === 'pronoun') {
      const current: PersonInArticle | null = focus;
      if (current !== null && (speaker.gender === null || current.gender === null || current.gender === speaker.gender)) {
        current.gender ??= speaker.gender;
        return current;
      }
      return people.latest(speaker.gender, order);
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
    // A short last line without a full stop is a heading, unless the excerpt was cut there.
    if (paragraph.kind === 'heading' && !(cut && index === lastText)) {
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
  return finish(spoke, paragraphs, context, source);
}

/**
 * Where the unit names and describes its speaker: the title before the name ("Kazakh political
 * scientist"), the name, and the appositive after it (", director of the … Forum in Brussels").
 * Found by the words the rule read, in the unit's own text.
 */
function speakerSpans(unit: AttributionUnit, { speaker }: Candidate): TextRange[] {
  if (speaker.kind !== 'name') return [];
  const { text } = unit;
  const name = speaker.words.join(' ');
  let at = text.indexOf(name, unit.start);
  if (at < 0 || at >= unit.end) return [];
  let end = at + name.length;
  const before = speaker.before.trim();
  if (before !== '') {
    const from = text.lastIndexOf(before, at);
    if (from >= unit.start && at - (from + before.length) <= 2) at = from;
  }
  // The appositive may be several, joined by ", " when read: its first part, then up to the last.
  const parts = speaker.after.split(/,\s*/).filter((part) => part.trim() !== '');
  const first = parts[0];
  if (first !== undefined) {
    const from = text.indexOf(first.trim(), end);
    if (from >= 0 && from - end <= 4) {
      end = from + first.trim().length;
      for (const part of parts.slice(1)) {
        const next = text.indexOf(part.trim(), end);
        if (next < 0 || next - end > 4) break;
        end = next + part.trim().length;
      }
    }
  }
  return [{ paragraph: unit.paragraph, start: at, end: Math.min(end, unit.end) }];
}

/**
 * Whether a quotation in the unit is the speaker's, when the speaker and the verb come before
 * the words ("Name said …"): a quotation after the verb is, and so is one right before the speaker
 * ("“…,” Name said", "“…,” she said") or inside the speaker's description. One further back is
 * someone else's words or a title: "The theme is “Trade and Africa”, while Name stated that …".
 */
function speakersQuote(unit: AttributionUnit, { speaker, after }: Candidate, describedSpans: () => TextRange[], q: Span): boolean {
  if (after === undefined || q.start >= after - 1 || speaker.kind === 'previous' || speaker.kind === 'next') return true;
  const described = describedSpans()[0];
  if (described !== undefined) return (q.start >= described.start && q.end <= described.end) || /^[\s,.;:—–-]*$/.test(unit.masked.slice(q.end, described.start));
  // A pronoun: only it, its verb and an adverb or two between the quotation and the verb's end, no new clause.
  return /^[\s,]*(?:(?!(?:and|but|while|whereas|as|when|after|because|though|although)\s)[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u.test(unit.masked.slice(q.end, after));
}

/** Who stays: people with a view, not the outlet's own staff, not officials who only stated plans. */
/** True when `name` stands in `text` as a whole word ("VOA" in "VOA Uzbek", not in "VOAX"). */
function namesWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? ' ') && !/\p{L}/u.test(text[at + name.length] ?? ' ')) return true;
  }
  return false;
}

function finish(all: PersonInArticle[], paragraphs: readonly Paragraph[], context: ExtractionContext, source: ArticleSource): PersonInArticle[] {
  const staff = outletNames(source.outlet);
  const kept: PersonInArticle[] = [];
  for (const person of all) {
    if (person.quotes.length === 0) continue;
    const described = person.descriptors.map((d) => `${d.before} ${d.after}`).join(' ');
    if (staff.some((name) => namesWord(described, name))) continue;
    if (person.profile.title === undefined || person.profile.country === null) {
      // "Ivan Orlov:" in a transcript, "Orlov said": the description may be elsewhere in the text.
      const mention = describedElsewhere(paragraphs, person.name.split(' '), context.names);
      if (mention !== null) person.profile = mergeProfiles(person.profile, describeSpeaker(mention, context.gazetteer, context.names.words));
    }
    if (person.profile.role === 'official' && person.selfReports === person.quotes.length) continue;
    if (person.profile.country === null && person.profile.role === 'expert') {
      // The last resort for an expert: where the caption of their picture says it was taken.
      const place = captionPlace(paragraphs, person.name);
      const found = place === null ? undefined : findPlaces(context.gazetteer, tokenize(place)).find((p) => p.value.kind !== 'organisation' && p.value.kind !== 'demonym');
      if (found !== undefined) person.profile = { ...person.profile, country: found.value.iso3 };
    }
    // The outlet's country stands in for an official's unstated one, not for an official of an intergovernmental body ("SCO Secretary-General").
    const international = () => context.names.words.intergovernmental.test(`${described} ${person.profile.title ?? ''} ${person.profile.organisation ?? ''}`);
    if (person.profile.role === 'official' && person.profile.country === null && source.outletCountry !== null && !international()) person.profile = { ...person.profile, country: source.outletCountry };
    kept.push(person);
  }
  return kept;
}
