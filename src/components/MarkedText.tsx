import { segmentsOf, type TextRange } from '../model/textSearch';

/** Text with the stretches a search matched in <mark>: React text nodes only, never HTML. */
export function MarkedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {segmentsOf(text, ranges).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </>
  );
}
