import type { ReactNode } from 'react';
import './Legend.css';

export interface LegendItem {
  key: string;
  label: string;
  /** How many things the class holds now; a class with none is dimmed but stays, so the legend does not jump. */
  count: number;
  /** The mark drawn beside the label (a colour swatch, a hatch). */
  swatch: ReactNode;
}

interface LegendProps {
  title: string;
  items: readonly LegendItem[];
  /** Notes under the items (sources, caveats). */
  children?: ReactNode;
  className?: string;
  /** 'row' lays the items out in one wrapping line (above a map); 'stack' is a column (in a panel). */
  layout?: 'row' | 'stack';
  /** Keep the title for screen readers only (when a heading nearby already says it). */
  hideTitle?: boolean;
}

/** A legend with a count per class. */
export function Legend({ title, items, children, className, layout = 'stack', hideTitle = false }: LegendProps) {
  return (
    <div className={`legend legend--${layout} ${className ?? ''}`}>
      <p className={hideTitle ? 'visually-hidden' : 'legend__title'}>{title}</p>
      <ul className="legend__items">
        {items.map((item) => (
          <li key={item.key} className={`legend__item${item.count === 0 ? ' legend__item--empty' : ''}`}>
            <span className="legend__swatch" aria-hidden="true">
              {item.swatch}
            </span>
            <span className="legend__label">{item.label}</span>
            <span className="legend__count">{item.count}</span>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
