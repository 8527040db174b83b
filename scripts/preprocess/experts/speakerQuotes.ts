/**
 * Which of the words in a unit are its speaker's: the quotation marks' contents, whether a
 * quotation belongs to the speaker the rule found, and where the unit describes that speaker.
 */
import type { Span } from '../paragraphSpans';
import type { Candidate } from './matchers';
import type { TextRange } from './people';
import type { AttributionUnit } from './units';

/** The words inside a quote's marks, without the comma that leads into "he said". */
export function quoteRange(paragraph: string, q: Span): Span {
  let start = q.start + 1;
  let end = q.end;
  if (end > start && /["”»“]/u.test(paragraph[end - 1] ?? '')) end--;
  while (end > start && /[\s,]/u.test(paragraph[end - 1] ?? '')) end--;
  while (start < end && /\s/u.test(paragraph[start] ?? '')) start++;
  return { start, end };
}

/**
 * Where the unit names and describes its speaker: the title before the name ("Kazakh political
 * scientist"), the name, and the appositive after it (", director of the … Forum in Brussels").
 * Found by the words the rule read, in the unit's own text.
 */
export function speakerSpans(unit: AttributionUnit, { speaker }: Candidate): TextRange[] {
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
export function speakersQuote(unit: AttributionUnit, { speaker, after }: Candidate, describedSpans: () => TextRange[], q: Span): boolean {
  if (after === undefined || q.start >= after - 1 || speaker.kind === 'previous' || speaker.kind === 'next') return true;
  const described = describedSpans()[0];
  if (described !== undefined) return (q.start >= described.start && q.end <= described.end) || /^[\s,.;:—–-]*$/.test(unit.masked.slice(q.end, described.start));
  // A pronoun: only it, its verb and an adverb or two between the quotation and the verb's end, no new clause.
  return /^[\s,]*(?:(?!(?:and|but|while|whereas|as|when|after|because|though|although)\s)[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+$/u.test(unit.masked.slice(q.end, after));
}
