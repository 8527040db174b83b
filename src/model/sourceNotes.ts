/**
 * Notes in the reference data cite sources by id ("(S37)"), which means nothing to a reader.
 * A note is split into text and source parts so views can show the source's name instead.
 */
import type { Source } from './schema';
import { isWeakSource, type SourceLookup } from './sourceReliability';

export type NotePart = { kind: 'text'; text: string } | { kind: 'source'; source: Source };

/** Source ids as the reference files write them: S12, S18b (membership), M3 (summits). */
const SOURCE_ID = /\b[SM]\d+[a-z]?\b/g;

/** The note as text and source parts; an id the lookup does not know stays as text. */
export function noteParts(note: string, sources: SourceLookup): NotePart[] {
  const parts: NotePart[] = [];
  let text = '';
  let at = 0;
  for (const match of note.matchAll(SOURCE_ID)) {
    const source = sources.get(match[0]);
    if (source === undefined) continue;
    text += note.slice(at, match.index);
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push({ kind: 'source', source });
    at = match.index + match[0].length;
  }
  text += note.slice(at);
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}

/**
 * A source's name for a mention inside running text: the publisher without a trailing
 * parenthesis ("TASS (EN)" → "TASS"), so a note reads "(TASS)" rather than "(TASS (EN))".
 */
export function sourceShortName(source: Pick<Source, 'publisher'>): string {
  const short = source.publisher.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return short === '' ? source.publisher : short;
}

/** How a weak source is flagged wherever it is named in running text. */
export const WEAK_SOURCE_FLAG = 'weak source';

/** The note as plain text with each source id replaced by its short name (for tooltips and exports). */
export function noteText(note: string, sources: SourceLookup): string {
  return noteParts(note, sources)
    .map((part) => (part.kind === 'text' ? part.text : `${sourceShortName(part.source)}${isWeakSource(part.source) ? `, ${WEAK_SOURCE_FLAG}` : ''}`))
    .join('');
}

/**
 * The first sentence of a note, for a tooltip (the details panel shows the whole note): notes put
 * their main fact first. Ends with "…" when there is more.
 */
export function noteLead(note: string): string {
  const [lead, ...rest] = note.split(/(?<=[.;!?])\s+(?=[A-Z])/);
  return rest.length === 0 ? note : `${lead ?? note} …`;
}
