/**
 * Geometry of the timeline's SVG: a year strip on top (the brush lives there, so the marks below
 * stay clickable), one row per theme, and a summit band at the bottom. Years are columns of equal
 * width; x(year) is a column's centre, so a column runs from x(year − ½) to x(year + ½).
 */
import { scaleLinear, scaleSqrt, type ScaleLinear, type ScalePower } from 'd3-scale';

export interface LayoutInput {
  /** Width of the SVG in CSS pixels. */
  width: number;
  /** Inclusive year span of the axis. */
  span: readonly [number, number];
  themeCount: number;
  /** Largest cell weight (0–1): it gets the largest circle. */
  maxWeight: number;
  /** A touch screen or a narrow window: every mark and summit a 44 px target; the chart may outgrow `width` and scroll. */
  touch?: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  span: readonly [number, number];
  years: number[];
  /** Year → column centre. */
  x: ScaleLinear<number, number>;
  /** Column width. */
  step: number;
  plotLeft: number;
  plotRight: number;
  stripTop: number;
  stripHeight: number;
  rowsTop: number;
  rowHeight: number;
  rowsBottom: number;
  summitTop: number;
  summitHeight: number;
  /** Cell weight → circle radius; area is proportional to weight. */
  radius: ScalePower<number, number>;
  /** Room for "42 %" beside the circles. */
  showCellLabels: boolean;
  /** Room for "no articles" and "1 article" under the years. */
  showYearCounts: boolean;
  /** Room for host cities under the summit markers. */
  showSummitCities: boolean;
}

const PAD_LEFT = 8;
const PAD_RIGHT = 12;
const CELL_LABEL_MIN_STEP = 92;
const SUMMIT_CITY_MIN_STEP = 84;
/** "no articles" at the projector's type size. */
const YEAR_COUNT_MIN_STEP = 80;
/** Touch: marks' hit areas are the cell less 2 px each side, so 48 px cells give 44 px targets (WCAG 2.5.5). */
const TOUCH_CELL = 48;
/** Touch: columns no narrower than this (the chart scrolls sideways instead). */
const TOUCH_MIN_STEP = 60;

/** Rows grow a little on wide screens so the timeline reads from the back of a room. */
export function rowHeightFor(width: number): number {
  if (width >= 1500) return 40;
  if (width >= 1000) return 36;
  return 32;
}

export function timelineLayout({ width, span, themeCount, maxWeight, touch = false }: LayoutInput): TimelineLayout {
  const [from, to] = span;
  const years = Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => from + i);
  const plotLeft = PAD_LEFT;
  const plotRight = Math.max(plotLeft + years.length * (touch ? TOUCH_MIN_STEP : 8), width - PAD_RIGHT);
  const x = scaleLinear().domain([from - 0.5, to + 0.5]).range([plotLeft, plotRight]);
  const step = (plotRight - plotLeft) / years.length;

  const rowHeight = Math.max(rowHeightFor(width), touch ? TOUCH_CELL : 0);
  const stripTop = 0;
  // Tall enough for the year and its article count at the projector theme's larger type.
  const stripHeight = 56;
  const rowsTop = stripTop + stripHeight;
  const rowsBottom = rowsTop + Math.max(1, themeCount) * rowHeight;
  const showSummitCities = step >= SUMMIT_CITY_MIN_STEP;
  const summitTop = rowsBottom;
  const summitHeight = Math.max(showSummitCities ? 58 : 34, touch ? TOUCH_CELL : 0);

  // Leave room for the label beside the circle when labels are shown.
  const maxRadius = Math.max(3, Math.min(rowHeight / 2 - 3, step / 2 - (step >= CELL_LABEL_MIN_STEP ? 26 : 3)));
  const radius = scaleSqrt()
    .domain([0, maxWeight > 0 ? maxWeight : 1])
    .range([0, maxRadius])
    .clamp(true);

  return {
    // Wider than asked when the columns need more room: the chart then scrolls sideways.
    width: Math.max(width, plotRight + PAD_RIGHT),
    height: summitTop + summitHeight,
    span,
    years,
    x,
    step,
    plotLeft,
    plotRight,
    stripTop,
    stripHeight,
    rowsTop,
    rowHeight,
    rowsBottom,
    summitTop,
    summitHeight,
    radius,
    showCellLabels: step >= CELL_LABEL_MIN_STEP,
    showYearCounts: step >= YEAR_COUNT_MIN_STEP,
    showSummitCities,
  };
}

/** Vertical centre of the i-th theme row. */
export function rowCentre(layout: Pick<TimelineLayout, 'rowsTop' | 'rowHeight'>, index: number): number {
  return layout.rowsTop + (index + 0.5) * layout.rowHeight;
}

/** Left and right pixel edges of a year's column. */
export function columnEdges(x: ScaleLinear<number, number>, year: number): [number, number] {
  return [x(year - 0.5), x(year + 0.5)];
}
