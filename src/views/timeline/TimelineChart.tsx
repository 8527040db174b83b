import { useId, useMemo } from 'react';
import type { Summit, Theme } from '../../model/schema';
import { brushFromYears } from './brushYears';
import { SummitMarkers } from './SummitMarkers';
import { ThemeMarks, type MarkState } from './ThemeMarks';
import type { ThemeYearCell, YearArticles } from '../../model/themeYears';
import { columnEdges, type TimelineLayout } from './timelineLayout';
import { YearBrush } from './YearBrush';
import { estimateYearLabelWidths, yearLabels, type YearLabelWidths } from './yearLabels';
import { joinWithAnd } from '../../model/englishList';

export type HoverTarget = { kind: 'cell'; key: string } | { kind: 'summit'; year: number };

interface TimelineChartProps extends MarkState {
  layout: TimelineLayout;
  themes: readonly Theme[];
  cells: ReadonlyMap<string, ThemeYearCell>;
  articlesByYear: ReadonlyMap<number, YearArticles>;
  summits: readonly Summit[];
  countryName: (iso3: string) => string;
  openSummitYear: number | null;
  onRange: (range: [number, number] | null) => void;
  /** Snapped years of a drag in progress: the shade follows it before the store does. */
  preview?: readonly [number, number] | null;
  onPreview?: (range: [number, number] | null) => void;
  onHover: (target: HoverTarget | null) => void;
  onOpenCell: (key: string) => void;
  onOpenSummit: (year: number) => void;
  /** Widths of "2026" and "’26" in the year strip's type, measured in the page (an estimate by default). */
  yearLabelWidths?: YearLabelWidths;
}

const DEFAULT_YEAR_LABEL_WIDTHS = estimateYearLabelWidths(16);

const noPreview = () => undefined;

/** "Years 2020 to 2025. Articles in 2022 and 2024; none in 2020, 2021, 2023 and 2025.": the columns in words, for screen readers. */
function describeYears(years: readonly number[], articlesByYear: ReadonlyMap<number, YearArticles>): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return '';
  const withArticles = years.filter((y) => articlesByYear.has(y)).map(String);
  const without = years.filter((y) => !articlesByYear.has(y)).map(String);
  const span = first === last ? `Year ${first}.` : `Years ${first} to ${last}.`;
  if (withArticles.length === 0) return `${span} No articles in these years.`;
  const none = without.length === 0 ? '' : without.length <= 6 ? `; none in ${joinWithAnd(without)}` : '; none in the other years';
  return `${span} Articles in ${joinWithAnd(withArticles)}${none}.`;
}

function articleCountText(count: number): string {
  return count === 1 ? '1 article' : `${count} articles`;
}

/** The timeline's SVG: year strip with the brush, year columns, theme rows, marks, summits. React draws; d3 scales place. */
export function TimelineChart(props: TimelineChartProps) {
  const { layout, themes, articlesByYear, range, chosenThemes, onHover, yearLabelWidths = DEFAULT_YEAR_LABEL_WIDTHS } = props;
  const { x, years, width, height, stripTop, rowsTop, rowsBottom, rowHeight, summitTop, summitHeight } = layout;
  const hatchId = `timeline-hatch-${useId().replace(/:/g, '')}`;
  const shaded = props.preview ?? range;
  const shade = shaded === null ? null : brushFromYears(shaded, x);
  const labels = useMemo(() => yearLabels(years, layout.step, yearLabelWidths), [years, layout.step, yearLabelWidths]);

  return (
    <svg
      className="timeline-chart"
      width={width}
      height={height}
      role="group"
      aria-label="Theme weight by year"
      aria-describedby={`${hatchId}-help`}
      data-shown-years={`${layout.span[0]} ${layout.span[1]}`}
    >
      <desc id={`${hatchId}-help`}>{describeYears(years, articlesByYear)} Arrow keys move between the marks; Enter lists the quotes behind one.</desc>
      <defs>
        <pattern id={hatchId} className="timeline-hatch" width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={8} />
        </pattern>
      </defs>

      <rect className="timeline-strip" x={layout.plotLeft} y={stripTop} width={layout.plotRight - layout.plotLeft} height={layout.stripHeight} rx={6} />

      {/* Columns: article years stand out; years without articles are hatched and say so. */}
      {years.map((year) => {
        const [left, right] = columnEdges(x, year);
        const articles = articlesByYear.get(year);
        return articles === undefined ? (
          <rect key={year} className="timeline-column timeline-column--empty" x={left} y={rowsTop} width={right - left} height={rowsBottom - rowsTop} fill={`url(#${hatchId})`} />
        ) : (
          <rect key={year} className="timeline-column timeline-column--articles" x={left} y={stripTop} width={right - left} height={summitTop + summitHeight} />
        );
      })}

      {themes.map((theme, row) => (
        <rect
          key={theme.id}
          className={`timeline-row${chosenThemes.has(theme.id) ? ' timeline-row--chosen' : ''}${row % 2 === 1 ? ' timeline-row--odd' : ''}`}
          x={layout.plotLeft}
          y={rowsTop + row * rowHeight}
          width={layout.plotRight - layout.plotLeft}
          height={rowHeight}
        />
      ))}

      {shade !== null && <rect className="timeline-range-shade" x={shade[0]} y={rowsTop} width={shade[1] - shade[0]} height={summitTop + summitHeight - rowsTop} />}

      <g className="timeline-years" aria-hidden="true">
        {labels.map(({ year, text }) => {
          const articles = articlesByYear.get(year);
          return (
            <g key={year}>
              <text className={`timeline-year${articles !== undefined ? ' timeline-year--articles' : ''}`} x={x(year)} y={stripTop + 22} textAnchor="middle">
                {text}
              </text>
              {layout.showYearCounts && (
                <text className="timeline-year-count" x={x(year)} y={stripTop + 44} textAnchor="middle">
                  {articles === undefined ? 'no articles' : articleCountText(articles.articleCount)}
                </text>
              )}
            </g>
          );
        })}
      </g>

      <line className="timeline-axis" x1={layout.plotLeft} x2={layout.plotRight} y1={rowsTop} y2={rowsTop} />
      <line className="timeline-axis" x1={layout.plotLeft} x2={layout.plotRight} y1={summitTop} y2={summitTop} />

      <YearBrush layout={layout} range={range} onRange={props.onRange} onPreview={props.onPreview ?? noPreview} />

      <ThemeMarks
        layout={layout}
        themes={themes}
        cells={props.cells}
        range={range}
        chosenThemes={chosenThemes}
        involved={props.involved}
        involvementName={props.involvementName}
        openKey={props.openKey}
        {...(props.own === undefined ? {} : { own: props.own })}
        onHover={(key) => onHover(key === null ? null : { kind: 'cell', key })}
        onOpen={props.onOpenCell}
      />
      <SummitMarkers
        layout={layout}
        summits={props.summits}
        countryName={props.countryName}
        openYear={props.openSummitYear}
        onHover={(year) => onHover(year === null ? null : { kind: 'summit', year })}
        onOpen={props.onOpenSummit}
      />
    </svg>
  );
}
