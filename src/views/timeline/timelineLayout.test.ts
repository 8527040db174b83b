import { columnEdges, rowCentre, timelineLayout } from './timelineLayout';

describe('timelineLayout', () => {
  const layout = timelineLayout({ width: 1200, span: [2020, 2025], themeCount: 8, maxWeight: 0.6 });

  it('gives every year an equal column, centred on x(year)', () => {
    expect(layout.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const [left, right] = columnEdges(layout.x, 2022);
    expect(right - left).toBeCloseTo(layout.step);
    expect((left + right) / 2).toBeCloseTo(layout.x(2022));
    expect(columnEdges(layout.x, 2020)[0]).toBeCloseTo(layout.plotLeft);
    expect(columnEdges(layout.x, 2025)[1]).toBeCloseTo(layout.plotRight);
  });

  it('stacks the year strip, the theme rows and the summit band', () => {
    expect(layout.rowsTop).toBe(layout.stripTop + layout.stripHeight);
    expect(layout.rowsBottom - layout.rowsTop).toBe(8 * layout.rowHeight);
    expect(layout.height).toBe(layout.summitTop + layout.summitHeight);
    expect(rowCentre(layout, 0)).toBe(layout.rowsTop + layout.rowHeight / 2);
  });

  it('sizes circles by area and keeps the largest inside its row and column', () => {
    expect(layout.radius(0)).toBe(0);
    expect(layout.radius(0.6) ** 2 / layout.radius(0.15) ** 2).toBeCloseTo(4);
    expect(layout.radius(0.6) * 2).toBeLessThanOrEqual(layout.rowHeight);
    expect(layout.radius(1)).toBe(layout.radius(0.6));
  });

  it('shows cell labels and summit cities when columns are wide, and not when they are narrow', () => {
    expect(layout.showCellLabels).toBe(true);
    expect(layout.showSummitCities).toBe(true);
    const history = timelineLayout({ width: 1000, span: [1996, 2025], themeCount: 8, maxWeight: 0.6 });
    expect(history.showCellLabels).toBe(false);
    expect(history.showSummitCities).toBe(false);
  });

  it('grows the rows on projector-size screens', () => {
    expect(timelineLayout({ width: 1800, span: [2020, 2025], themeCount: 1, maxWeight: 1 }).rowHeight).toBeGreaterThan(
      timelineLayout({ width: 900, span: [2020, 2025], themeCount: 1, maxWeight: 1 }).rowHeight,
    );
  });

  it('makes every cell and the summit band a 44 px touch target on touch screens, scrolling rather than squeezing', () => {
    const phone = timelineLayout({ width: 200, span: [2020, 2025], themeCount: 10, maxWeight: 0.3, touch: true });
    expect(phone.rowHeight - 4).toBeGreaterThanOrEqual(44);
    expect(phone.step - 4).toBeGreaterThanOrEqual(44);
    expect(phone.summitHeight - 4).toBeGreaterThanOrEqual(44);
    expect(phone.width).toBeGreaterThan(200);
    expect(phone.width).toBe(phone.plotRight + 12);
    const history = timelineLayout({ width: 330, span: [1996, 2025], themeCount: 10, maxWeight: 0.3, touch: true });
    expect(history.step).toBeGreaterThanOrEqual(48);
    // A wide screen without touch keeps its own sizes.
    expect(timelineLayout({ width: 200, span: [2020, 2025], themeCount: 10, maxWeight: 0.3 }).width).toBe(200);
  });

  it('survives an empty corpus (no weight, no themes)', () => {
    const empty = timelineLayout({ width: 600, span: [2020, 2025], themeCount: 0, maxWeight: 0 });
    expect(empty.radius(0)).toBe(0);
    expect(Number.isFinite(empty.height)).toBe(true);
  });
});
