import { useId, useMemo, useState } from 'react';
import { ExternalLink } from '../../components/ExternalLink';
import { formatPartialDate } from '../../model/partialDate';
import { groupChanges, type StatusChange } from '../../model/statusChanges';
import { isWeakSource } from '../../model/sourceReliability';
import { UNVERIFIED, UNVERIFIED_WHY } from '../../model/statusLabels';
import { WEAK_SOURCE_FLAG } from '../../model/sourceNotes';
import { classColour, mapClassOf } from './statusScale';
import './yearChanges.css';

interface YearChangesProps {
  year: number;
  changes: readonly StatusChange[];
  onSelectCountry: (iso3: string) => void;
  onHoverCountry: (iso3: string | null) => void;
  /** Open at first? On a phone the list starts collapsed to its count. */
  startOpen: boolean;
}

/** Where the list starts collapsed: the width at which it would push the map off a phone's screen. */
export const COLLAPSED_BELOW_PX = 600;

export function startsOpen(): boolean {
  return typeof matchMedia !== 'function' || !matchMedia(`(max-width: ${COLLAPSED_BELOW_PX}px)`).matches;
}

function countWord(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`;
}

/**
 * "What changed" beside the year slider: the year's status changes, grouped by kind and day, each
 * line with its sources (publisher, linked). The names pick the country on the map. A disclosure,
 * so that on a phone it takes one line until opened.
 */
export function YearChanges({ year, changes, onSelectCountry, onHoverCountry, startOpen }: YearChangesProps) {
  const headingId = useId();
  const [open, setOpen] = useState(startOpen);
  const groups = useMemo(() => groupChanges(changes), [changes]);
  if (changes.length === 0) {
    return (
      <section className="year-changes year-changes--none" aria-labelledby={headingId}>
        <h3 id={headingId} className="year-changes__title">
          What changed in {year}
        </h3>
        <p className="year-changes__empty">No SCO status changed.</p>
      </section>
    );
  }
  return (
    <section className="year-changes" aria-labelledby={headingId}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h3 id={headingId} className="year-changes__title">
            What changed in {year}
          </h3>
          <span className="year-changes__count">{countWord(changes.length)}</span>
        </summary>
        {/* A long year (Tianjin's 18 changes) scrolls, and its last line fades (yearChanges.css, without measuring it). */}
        <ul className="year-changes__groups">
          {groups.map((group) => (
            <li key={`${group.status ?? 'none'}-${group.date}`} className="year-changes__group">
              <span className="year-changes__swatch" style={{ background: classColour(mapClassOf(group.status)) }} aria-hidden="true" />
              <strong>{group.heading}</strong> <time dateTime={group.date}>{formatPartialDate(group.date)}</time>:{' '}
              {group.lines.map((line, lineIndex) => (
                <span key={line.iso3s.join(' ')} className="year-changes__line">
                  {lineIndex > 0 && '; '}
                  {line.iso3s.map((iso3, i) => (
                    <span key={iso3}>
                      {i > 0 && ', '}
                      <button
                        type="button"
                        className="link-button year-changes__country"
                        onClick={() => onSelectCountry(iso3)}
                        onMouseEnter={() => onHoverCountry(iso3)}
                        onMouseLeave={() => onHoverCountry(null)}
                        onFocus={() => onHoverCountry(iso3)}
                        onBlur={() => onHoverCountry(null)}
                      >
                        {line.names[i]}
                      </button>
                    </span>
                  ))}
                  {line.sources.every(isWeakSource) && line.sources.length > 0 && (
                    <span className="unverified-mark" title={UNVERIFIED_WHY}>
                      {' '}
                      {UNVERIFIED}
                    </span>
                  )}
                  <span className="year-changes__sources">
                    {' ('}
                    {line.sources.length + line.missingSources.length === 1 ? 'source: ' : 'sources: '}
                    {line.sources.map((source, i) => (
                      <span key={source.id}>
                        {i > 0 && ', '}
                        <ExternalLink href={source.url}>{source.publisher}</ExternalLink>
                        {isWeakSource(source) && <span className="source-weak">, {WEAK_SOURCE_FLAG}</span>}
                      </span>
                    ))}
                    {line.missingSources.length > 0 && (
                      <span className="year-changes__missing">
                        {line.sources.length > 0 && ', '}
                        {line.missingSources.length === 1 ? 'one missing from the data' : `${line.missingSources.length} missing from the data`}
                      </span>
                    )}
                    {')'}
                  </span>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
