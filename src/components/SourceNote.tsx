import { isWeakSource, type SourceLookup } from '../model/sourceReliability';
import { noteParts, sourceShortName, WEAK_SOURCE_FLAG } from '../model/sourceNotes';
import type { Source } from '../model/schema';
import { ExternalLink } from './ExternalLink';

/** A source named in running text: its short name, linked, and flagged when weak. */
export function SourceMention({ source }: { source: Source }) {
  return (
    <>
      <ExternalLink href={source.url}>{sourceShortName(source)}</ExternalLink>
      {isWeakSource(source) && (
        <span className="source-weak" title={source.weak}>
          , {WEAK_SOURCE_FLAG}
        </span>
      )}
    </>
  );
}

/** A reference-data note with its source ids ("(S37)") shown as the sources' names. */
export function SourceNote({ note, sources }: { note: string; sources: SourceLookup }) {
  return (
    <>
      {noteParts(note, sources).map((part, i) => (part.kind === 'text' ? <span key={i}>{part.text}</span> : <SourceMention key={i} source={part.source} />))}
    </>
  );
}

/** A source in a list of sources: publisher and year, linked; a weak one says so and why. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <ExternalLink href={source.url}>
        {source.publisher}
        {source.date !== undefined ? ` ${source.date.slice(0, 4)}` : ''}
      </ExternalLink>
      {isWeakSource(source) && <span className="source-weak"> ({WEAK_SOURCE_FLAG}: {source.weak})</span>}
    </>
  );
}
