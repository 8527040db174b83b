import { describe, expect, it } from 'vitest';
import { FIGURE, figureLayout, textWidth, wrapText } from './figureLayout';

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const text = 'SCO Atlas · data as of 1 Sep 2025 · sources: 23 cited reports on SCO status (TASS, Interfax and others)';
    const lines = wrapText(text, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12) <= 200 || !line.includes(' ')).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('figureLayout', () => {
  const input = { drawingWidth: 900, drawingHeight: 500, title: 'SCO membership at the end of 2017', legendLabels: ['Member 8', 'Observer 4', 'Dialogue partner 6'], sourceLine: 'SCO Atlas · data as of 1 Sep 2025' };

  it('puts the title above, the drawing in the middle, legend and source below', () => {
    const layout = figureLayout(input);
    expect(layout.width).toBe(900 + 2 * FIGURE.margin);
    expect(layout.title[0]?.y).toBeLessThan(layout.drawing.y);
    const drawingBottom = layout.drawing.y + layout.drawing.height;
    for (const item of layout.legend) expect(item.y).toBeGreaterThan(drawingBottom);
    const lastLegend = Math.max(...layout.legend.map((i) => i.y));
    expect(layout.source[0]?.y).toBeGreaterThan(lastLegend);
    expect(layout.height).toBeGreaterThan((layout.source[0]?.y ?? 0));
  });

  it('wraps legend items into rows within the figure', () => {
    const many = figureLayout({ ...input, drawingWidth: 400, legendLabels: Array.from({ length: 12 }, (_, i) => `A fairly long legend label ${i}`) });
    const rows = new Set(many.legend.map((i) => i.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const item of many.legend) expect(item.label.x + textWidth(item.label.text, FIGURE.legendSize)).toBeLessThanOrEqual(many.width - FIGURE.margin + 1);
  });

  it('never makes a figure narrower than a readable minimum', () => {
    expect(figureLayout({ ...input, drawingWidth: 120 }).width).toBe(FIGURE.minWidth);
  });
});
