/**
 * The one legend component. Besides what a person sees, it writes the legend contract that an
 * exported figure reads from the page: `data-legend-title` on the legend, and on each entry
 * `data-legend-label` (its words, with the count), `data-legend-color` when the swatch is a plain
 * colour (a CSS colour or var()), `data-legend-hatch` when it is hatched. Without a colour the
 * exporter copies the entry's own SVG swatch.
 */
import { useId, type ReactNode } from 'react';
import './Legend.css';

export interface LegendItem {
  key: string;
  label: string;
  /** How many things the class holds now; a class with none is dimmed but stays, so the legend does not jump. */
  count?: number;
  /** The mark drawn beside the label (a colour swatch, an icon). */
  swatch: ReactNode;
  /** The swatch's colour for an exported figure, when the swatch is a plain colour. */
  colour?: string;
  hatch?: boolean;
}

interface LegendProps {
  title: string;
  items: readonly LegendItem[];
  /** Notes under the items (sources, caveats); use LegendNote for one an export should carry. */
  children?: ReactNode;
  className?: string;
  /** 'row': one wrapping line (above a map); 'stack': a column (in a panel); 'inline': a wrapping line with no frame. */
  layout?: 'row' | 'stack' | 'inline';
  /** Keep the title for screen readers only (when a heading nearby already says it). */
  hideTitle?: boolean;
}

/** An entry's words as the exporter writes them: the label and, when there is one, the count. */
export function legendEntryLabel(item: Pick<LegendItem, 'label' | 'count'>): string {
  return item.count === undefined ? item.label : `${item.label} ${item.count}`;
}

/** A legend: a named list of swatches with labels and optional counts. */
export function Legend({ title, items, children, className, layout = 'stack', hideTitle = false }: LegendProps) {
  const titleId = useId();
  return (
    <div className={`legend legend--${layout} ${className ?? ''}`} data-legend-title={title}>
      <p id={titleId} className={hideTitle ? 'visually-hidden' : 'legend__title'}>
        {title}
      </p>
      <ul className="legend__items" aria-labelledby={titleId}>
        {items.map((item) => (
          <li
            key={item.key}
            className={`legend__item${item.count === 0 ? ' legend__item--empty' : ''}`}
            data-legend-label={legendEntryLabel(item)}
            data-legend-color={item.colour}
            data-legend-hatch={item.hatch === true ? '' : undefined}
          >
            <span className="legend__swatch" aria-hidden="true">
              {item.swatch}
            </span>
            <span className="legend__label">{item.label}</span>
            {item.count !== undefined && <span className="legend__count">{item.count}</span>}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

/** A note under a legend's items that an exported figure carries too (as an entry with no swatch). */
export function LegendNote({ children }: { children: string }) {
  return (
    <p className="legend__note" data-legend-label={children}>
      {children}
    </p>
  );
}
