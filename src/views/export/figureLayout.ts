/**
 * Where the parts of an exported figure go: title on top, the view's drawing, its legend in
 * wrapping rows, the source line at the foot. Pure arithmetic on sizes; text widths are estimated
 * from the character count, which is enough to wrap lines that a slide can hold.
 */

export const FIGURE = {
  margin: 24,
  titleSize: 22,
  legendSize: 13,
  sourceSize: 12,
  swatch: 14,
  /** Gap between the swatch and its label, and between legend items. */
  gap: 8,
  itemGap: 22,
  lineGap: 8,
  minWidth: 560,
} as const;

/** Average glyph width of the system sans-serif, as a share of the font size: a safe over-estimate. */
const GLYPH = 0.56;
/** Bold glyphs run wider. */
const BOLD_GLYPH = 0.64;

export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * (bold ? BOLD_GLYPH : GLYPH);
}

/** Breaks text into lines no wider than `width`, at spaces; a word longer than a line stands alone. */
export function wrapText(text: string, fontSize: number, width: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface PlacedText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface PlacedLegendItem {
  index: number;
  /** Top-left of the swatch. */
  x: number;
  y: number;
  label: PlacedText;
}

export interface FigureLayout {
  width: number;
  height: number;
  title: PlacedText[];
  drawing: { x: number; y: number; width: number; height: number };
  legendTitle: PlacedText | null;
  legend: PlacedLegendItem[];
  source: PlacedText[];
}

export interface FigureInput {
  drawingWidth: number;
  drawingHeight: number;
  title: string;
  legendTitle?: string | null;
  legendLabels: readonly string[];
  sourceLine: string;
}

export function figureLayout(input: FigureInput): FigureLayout {
  const { margin, titleSize, legendSize, sourceSize, swatch, gap, itemGap, lineGap } = FIGURE;
  const width = Math.ceil(Math.max(FIGURE.minWidth, input.drawingWidth + 2 * margin));
  const inner = width - 2 * margin;
  let y = margin;

  const title = wrapText(input.title, titleSize, inner, true).map((text) => {
    y += titleSize;
    const placed = { text, x: margin, y };
    y += lineGap / 2;
    return placed;
  });
  y += lineGap;

  const drawing = { x: Math.round((width - input.drawingWidth) / 2), y, width: input.drawingWidth, height: input.drawingHeight };
  y += input.drawingHeight + lineGap * 2;

  let legendTitle: PlacedText | null = null;
  if (input.legendTitle !== undefined && input.legendTitle !== null && input.legendTitle !== '' && input.legendLabels.length > 0) {
    y += legendSize;
    legendTitle = { text: input.legendTitle, x: margin, y };
    y += lineGap;
  }

  const rowHeight = Math.max(swatch, legendSize) + lineGap;
  const legend: PlacedLegendItem[] = [];
  let x = margin;
  let rowTop = y;
  input.legendLabels.forEach((labelText, index) => {
    // A label too long for one row is shortened: the legend is a key, the full text is in the app.
    const maxLabel = inner - swatch - gap;
    const maxChars = Math.max(2, Math.floor(maxLabel / (legendSize * GLYPH)));
    const label = labelText.length > maxChars ? `${labelText.slice(0, maxChars - 1).trimEnd()}…` : labelText;
    const itemWidth = swatch + gap + textWidth(label, legendSize);
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      rowTop += rowHeight;
    }
    legend.push({ index, x, y: rowTop, label: { text: label, x: x + swatch + gap, y: rowTop + swatch - 2 } });
    x += itemWidth + itemGap;
  });
  if (legend.length > 0) y = rowTop + rowHeight + lineGap;

  const source = wrapText(input.sourceLine, sourceSize, inner).map((text) => {
    y += sourceSize;
    const placed = { text, x: margin, y };
    y += lineGap / 2;
    return placed;
  });
  y += margin - lineGap / 2;

  return { width, height: Math.ceil(y), title, drawing, legendTitle, legend, source };
}
