// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inlineStyles, mainDrawing } from './exportFigure';
import { readLegend, visibleText } from './viewParts';

function region(html: string): HTMLElement {
  // Parsed, not assigned to innerHTML: the fixture markup is the test's own, but the rule holds everywhere.
  const parsed = new DOMParser().parseFromString(`<section aria-label="Membership map">${html}</section>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const section = document.querySelector('section');
  if (section === null) throw new Error('no region');
  return section;
}

describe('readLegend', () => {
  it('reads the data-legend-* convention first, resolving colour variables', () => {
    document.documentElement.style.setProperty('--status-member', '#0072b2');
    const el = region(`
      <div data-legend-title="End of 2017:">
        <span data-legend-label="Member (8)" data-legend-color="var(--status-member)"></span>
        <span data-legend-label="Candidate" data-legend-color="#d55e00" data-legend-hatch></span>
      </div>`);
    expect(readLegend(el)).toEqual({
      title: 'End of 2017:',
      entries: [
        { label: 'Member (8)', swatch: { kind: 'colour', colour: '#0072b2', hatch: false } },
        { label: 'Candidate', swatch: { kind: 'colour', colour: '#d55e00', hatch: true } },
      ],
    });
  });

  it('finds no legend where there is none', () => {
    expect(readLegend(region('<svg></svg>'))).toEqual({ title: null, entries: [] });
  });
});

describe('visibleText', () => {
  it('joins the parts with spaces and skips text meant for screen readers only', () => {
    const el = region('<p><b>2017</b>:<span class="visually-hidden"> hidden</span> <i>10</i> members</p>');
    expect(visibleText(el)).toBe('2017 : 10 members');
  });
});

describe('inlineStyles', () => {
  it('copies computed styles onto the clone, drops hidden parts and focus stops', () => {
    const el = region('<svg><g tabindex="0"><circle style="fill: rgb(1, 2, 3)"></circle><rect style="display: none"></rect></g></svg>');
    const svg = el.querySelector('svg');
    if (svg === null) throw new Error('no svg');
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    expect(clone.querySelector('circle')?.getAttribute('style')).toContain('fill:rgb(1, 2, 3)');
    expect(clone.querySelector('rect')).toBeNull();
    expect(clone.querySelector('g')?.hasAttribute('tabindex')).toBe(false);
  });
});

describe('mainDrawing', () => {
  it('finds nothing to export in a region that has not drawn (no size)', () => {
    expect(mainDrawing(region('<svg></svg><canvas></canvas>'))).toBeNull();
  });
});
