// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { TimelineChart } from './TimelineChart';
import { articlesByYear, involvedCells, maxCellWeight, themeYearCells } from '../../model/themeYears';
import { timelineLayout } from './timelineLayout';
import { makeTimelineData } from '../../../tests/fixtures/timelineFixture';

/**
 * The chart's SVG on fixed data, committed beside the test (Observable Plot's habit): a change to
 * how the timeline draws shows up as a reviewable diff. Update with `npx vitest run -u`.
 */
it('draws the fixture timeline as committed', async () => {
  const data = makeTimelineData();
  const cells = themeYearCells(data);
  const layout = timelineLayout({ width: 960, span: [2020, 2025], themeCount: data.themes.length, maxWeight: maxCellWeight(cells.values()) });
  const { container } = render(
    <TimelineChart
      layout={layout}
      themes={data.themes}
      cells={cells}
      articlesByYear={new Map(articlesByYear(data.articles, data.themeWeights).map((y) => [y.year, y]))}
      summits={data.summits}
      countryName={(iso3) => iso3}
      range={[2022, 2024]}
      chosenThemes={new Set(['economy'])}
      involved={involvedCells(data, { expertId: 'oleg-ivanov', countryIso3: null })}
      openKey={null}
      openSummitYear={null}
      onRange={() => undefined}
      onHover={() => undefined}
      onOpenCell={() => undefined}
      onOpenSummit={() => undefined}
    />,
  );
  const svg = container.querySelector('svg');
  expect(svg).not.toBeNull();
  // Pretty-print one element per line so diffs point at the element that changed.
  const markup = (svg?.outerHTML ?? '').replace(/></g, '>\n<');
  await expect(markup).toMatchFileSnapshot('__snapshots__/timeline-chart.svg');
});
