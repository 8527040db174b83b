// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend, LegendNote } from '../../components/Legend';
import { readLegend } from './viewParts';

describe('the legend contract between components/Legend and the exporter', () => {
  it('reads every entry a Legend draws: colour swatches with counts, hatches, SVG swatches and notes', () => {
    document.documentElement.style.setProperty('--status-member', '#0072b2');
    const { container } = render(
      <section aria-label="Membership map">
        <Legend
          title="Legend: countries by status, 2017"
          hideTitle
          items={[
            { key: 'member', label: 'Member', count: 8, colour: 'var(--status-member)', swatch: <span /> },
            { key: 'candidate', label: 'Candidate named in articles', count: 0, colour: '#d55e00', hatch: true, swatch: <span /> },
            { key: 'expert', label: 'Expert', swatch: <svg width="12" height="12"><circle r="5" /></svg> },
          ]}
        >
          <LegendNote>Size: quotes</LegendNote>
        </Legend>
      </section>,
    );
    const legend = readLegend(container);
    expect(legend.title).toBe('Legend: countries by status, 2017');
    expect(legend.entries.map((e) => e.label)).toEqual(['Member 8', 'Candidate named in articles 0', 'Expert', 'Size: quotes']);
    expect(legend.entries[0]?.swatch).toEqual({ kind: 'colour', colour: '#0072b2', hatch: false });
    expect(legend.entries[1]?.swatch).toEqual({ kind: 'colour', colour: '#d55e00', hatch: true });
    expect(legend.entries[2]?.swatch?.kind).toBe('svg');
    expect(legend.entries[3]?.swatch).toBeNull();
  });
});
