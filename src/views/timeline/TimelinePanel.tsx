import { useEffect, useRef, type ReactNode } from 'react';
import type { DataIndex } from '../../model/dataIndex';
import type { Source, Summit, Theme } from '../../model/schema';
import { QuoteList } from '../../components/QuoteList';
import { DetailsPanel } from '../../components/DetailsPanel';
import { ExternalLink } from '../../components/ExternalLink';
import { articleShareText, partialDateText, percent, quoteCountText, summitKindText } from './describe';
import type { ThemeYearCell } from '../../model/themeYears';

interface PanelFrameProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/** A details panel under the chart; takes focus when it opens and closes on Escape. */
function PanelFrame({ title, closeLabel, onClose, children }: PanelFrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [title]);
  return (
    <DetailsPanel block="timeline-panel" title={title} closeLabel={closeLabel} onClose={onClose} headingRef={headingRef}>
      {children}
    </DetailsPanel>
  );
}

interface CellPanelProps {
  theme: Theme;
  cell: ThemeYearCell;
  index: DataIndex;
  onSelectExpert: (expertId: string) => void;
  onClose: () => void;
}

/** The quotes behind a mark: expert, article (title, outlet, date, link) and sentence. */
export function CellPanel({ theme, cell, index, onSelectExpert, onClose }: CellPanelProps) {
  return (
    <PanelFrame title={`Quotes on ${theme.label} in ${cell.year}`} closeLabel="Close quotes" onClose={onClose}>
      <p className="timeline-panel__meta">
        {percent(cell.weight)} of the year’s theme talk · {quoteCountText(cell)} · {articleShareText(cell)}
      </p>
      <QuoteList
        items={cell.quotes}
        index={index}
        onSelectExpert={onSelectExpert}
        emptyText={`No quote from ${cell.year} is tagged ${theme.label}; the weight comes from the articles’ own text.`}
      />
    </PanelFrame>
  );
}

interface SummitPanelProps {
  summit: Summit;
  countryName: string;
  sources: Source[];
  onClose: () => void;
}

export function SummitPanel({ summit, countryName, sources, onClose }: SummitPanelProps) {
  const place = summit.city === 'Online' ? `online, chaired by ${countryName}` : `${summit.city}, ${countryName}`;
  return (
    <PanelFrame title={`${summit.year} summit: ${place}`} closeLabel="Close summit" onClose={onClose}>
      <p className="timeline-panel__meta">
        {summitKindText(summit)}, <time dateTime={summit.date}>{partialDateText(summit.date)}</time>
      </p>
      <ul className="timeline-panel__sources">
        {sources.map((source) => (
          <li key={source.id}>
            <span className="timeline-panel__source-id">{source.id}</span> <ExternalLink href={source.url}>{source.title ?? source.publisher}</ExternalLink>
            {source.title !== undefined && ` — ${source.publisher}`}
            {source.date !== undefined && `, ${source.date}`}
          </li>
        ))}
      </ul>
    </PanelFrame>
  );
}
