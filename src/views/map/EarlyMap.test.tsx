// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { EarlyMap, EarlyOutlineContext } from './EarlyMap';
import type { EarlyOutline } from './earlyOutline';

const outline: EarlyOutline = {
  viewBox: '0 0 1000 547',
  shapes: [
    { key: 'KAZ', iso3: 'KAZ', d: 'M1 1l10 0 0 10z' },
    { key: 'MMR', iso3: 'MMR', d: 'M20 20l10 0 0 10z' },
    { key: 'unnamed-Kosovo', iso3: null, d: 'M40 40l5 0 0 5z' },
  ],
};
const classes = new Map([
  ['KAZ', 'member' as const],
  ['MMR', 'partner' as const],
]);

describe('the early map', () => {
  it('draws nothing where no outlines were projected for it (the browser, where the map draws itself)', () => {
    const { container } = render(<EarlyMap classes={classes} candidates={new Set()} markers={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it("draws the outlines in their year's classes, hatches the candidates, and stays hidden from assistive technology", () => {
    const { container, queryAllByRole } = render(
      <EarlyOutlineContext.Provider value={outline}>
        <EarlyMap classes={classes} candidates={new Set(['MMR', 'KAZ'])} markers={[{ iso3: 'KAZ', coordinates: [70, 48] }]} />
      </EarlyOutlineContext.Provider>,
    );
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 1000 547');
    expect(queryAllByRole('img')).toHaveLength(0);
    const shapes = [...container.querySelectorAll('.map-shapes path')].map((p) => [p.getAttribute('data-iso3'), p.getAttribute('class')]);
    expect(shapes).toEqual([
      ['KAZ', 'map-shape map-shape--member'],
      ['MMR', 'map-shape map-shape--partner'],
      [null, 'map-shape map-shape--none'],
    ]);
    // A candidate drawn as a small-state dot by the map is not hatched as an outline.
    expect([...container.querySelectorAll('.map-candidates path')].map((p) => p.getAttribute('d'))).toEqual(['M20 20l10 0 0 10z']);
  });
});
