import { useState, type KeyboardEvent } from 'react';
import type { Theme } from '../../model/schema';
import { yearInRange } from '../../model/dataIndex';
import { cellKey, type ThemeYearCell } from '../../model/themeYears';
import { cellLabel, percent } from './describe';
import { firstMark, isNavigationKey, nextMark, type MarkGrid } from './markNavigation';
import { rowCentre, type TimelineLayout } from './timelineLayout';

export interface MarkState {
  range: readonly [number, number] | null;
  chosenThemes: ReadonlySet<string>;
  /** Cells involving the selected expert/country; null when nothing is selected. */
  involved: ReadonlySet<string> | null;
  /** Who the ringed marks involve (the selected expert or country), for their accessible names. */
  involvementName?: string | null;
  openKey: string | null;
  /** Cells with a hit in the person's own articles: a small "yours" dot. */
  own?: ReadonlySet<string>;
}

interface ThemeMarksProps extends MarkState {
  layout: TimelineLayout;
  themes: readonly Theme[];
  cells: ReadonlyMap<string, ThemeYearCell>;
  onHover: (key: string | null) => void;
  onOpen: (key: string) => void;
}

function focusMark(from: Element, key: string) {
  const svg = from instanceof SVGElement ? from.ownerSVGElement : null;
  // Keys are slug@year: safe inside an attribute selector as they are.
  const target = svg?.querySelector(`[data-cell="${key}"]`);
  if (target instanceof SVGElement) target.focus();
}

/** One focusable mark per theme and article year: circle area = weight, a ring when it involves the selection. */
export function ThemeMarks({ layout, themes, cells, range, chosenThemes, involved, involvementName = null, openKey, own, onHover, onOpen }: ThemeMarksProps) {
  const { x, step, rowHeight, radius, showCellLabels } = layout;
  const grid: MarkGrid = { rows: themes.map((t) => t.id), columns: layout.years.filter((year) => themes.some((t) => cells.has(cellKey(t.id, year)))) };
  // One tab stop for the whole chart; arrow keys move it (see markNavigation).
  const [active, setActive] = useState<string | null>(null);
  const tabStop = active !== null && cells.has(active) ? active : firstMark(grid);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, cell: ThemeYearCell) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(cellKey(cell.themeId, cell.year));
    } else if (isNavigationKey(event.key)) {
      event.preventDefault();
      const next = nextMark(grid, cell, event.key);
      if (next !== null) focusMark(event.currentTarget, next);
    }
  };

  return (
    <g className="timeline-marks">
      {themes.map((theme, row) => {
        const cy = rowCentre(layout, row);
        return layout.years.map((year) => {
          const key = cellKey(theme.id, year);
          const cell = cells.get(key);
          if (cell === undefined) return null;
          const cx = x(year);
          const r = radius(cell.weight);
          // Range and theme filters dim; the involvement of a selected expert/country only adds a ring,
          // so it never hides what the filters let through.
          const dimmed = !yearInRange(year, range) || (chosenThemes.size > 0 && !chosenThemes.has(theme.id));
          const isInvolved = involved?.has(key) === true;
          const classes = ['timeline-mark', dimmed && 'timeline-mark--dimmed', isInvolved && 'timeline-mark--involved', openKey === key && 'timeline-mark--open']
            .filter(Boolean)
            .join(' ');
          // The ring is said as well as drawn, so a screen reader hears which marks involve the selection.
          const isOwn = own?.has(key) === true;
          const described = isInvolved && involvementName !== null ? `${cellLabel(theme.label, cell)}; ringed: involves ${involvementName}` : cellLabel(theme.label, cell);
          const name = isOwn ? `${described}; includes your articles` : described;
          return (
            <g
              key={key}
              className={classes}
              role="button"
              tabIndex={key === tabStop ? 0 : -1}
              aria-label={name}
              aria-expanded={openKey === key}
              data-cell={key}
              data-own={isOwn || undefined}
              onClick={() => onOpen(key)}
              onKeyDown={(event) => onKeyDown(event, cell)}
              onMouseEnter={() => onHover(key)}
              onMouseLeave={() => onHover(null)}
              onFocus={() => {
                setActive(key);
                onHover(key);
              }}
              onBlur={() => onHover(null)}
            >
              <rect className="timeline-mark__hit" x={cx - step / 2 + 2} y={cy - rowHeight / 2 + 2} width={step - 4} height={rowHeight - 4} rx={6} />
              {isInvolved && <circle className="timeline-mark__ring" cx={cx} cy={cy} r={Math.max(2.5, r) + 4} />}
              {cell.weight > 0 ? (
                <circle className="timeline-mark__dot" cx={cx} cy={cy} r={Math.max(2.5, r)} />
              ) : (
                <circle className="timeline-mark__zero" cx={cx} cy={cy} r={2} />
              )}
              {isOwn && <circle className="timeline-mark__own" cx={cx - Math.max(2.5, r) * 0.75 - 3} cy={cy - Math.max(2.5, r) * 0.75 - 3} r={3} />}
              {showCellLabels && cell.weight > 0 && (
                <text className="timeline-mark__label" x={cx + Math.max(2.5, r) + (isInvolved ? 9 : 5)} y={cy} dominantBaseline="central">
                  {percent(cell.weight)}
                </text>
              )}
            </g>
          );
        });
      })}
    </g>
  );
}
