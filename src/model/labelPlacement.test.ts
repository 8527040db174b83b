import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth, overlaps, placeLabels, type LabelCandidate } from './labelPlacement';

const bounds = { x0: 0, y0: 0, x1: 500, y1: 400 };
const label = (id: string, x: number, y: number, priority = 1, width = 60): LabelCandidate => ({ id, x, y, r: 6, width, height: 14, priority });

describe('placeLabels', () => {
  it('puts a lone label to the right of its node', () => {
    const [placed] = placeLabels([label('a', 100, 100)], { bounds });
    expect(placed).toMatchObject({ id: 'a', anchor: 'start', x: 109, y: 100 });
  });

  it('gives the higher priority label its first choice and moves or drops the other', () => {
    const placed = placeLabels([label('low', 100, 100, 1), label('high', 100, 104, 5)], { bounds });
    expect(placed[0]).toMatchObject({ id: 'high', anchor: 'start' });
    const low = placed.find((p) => p.id === 'low');
    if (low !== undefined) expect(low.anchor).not.toBe('start');
  });

  it('never lets two placed labels overlap', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => label(`n${i}`, 200 + (i % 6) * 8, 150 + Math.floor(i / 6) * 6, i % 7));
    const placed = placeLabels(crowd, { bounds });
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(crowd.length);
    for (let i = 0; i < placed.length; i += 1) for (let j = i + 1; j < placed.length; j += 1) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('keeps labels inside the bounds, flipping to the left at the right edge', () => {
    const [placed] = placeLabels([label('edge', 480, 200)], { bounds });
    expect(placed?.anchor).toBe('end');
    expect(placed!.box.x1).toBeLessThanOrEqual(bounds.x1);
    expect(placeLabels([label('outside', 900, 200)], { bounds })).toEqual([]);
  });

  it('does not cover other nodes, but may sit beside its own', () => {
    const nodes = [
      { id: 'a', x: 100, y: 100, r: 6 },
      { id: 'b', x: 140, y: 100, r: 6 },
    ];
    const [placed] = placeLabels([label('a', 100, 100)], { bounds, nodes });
    expect(placed?.anchor).not.toBe('start');
  });

  it('shows a must-show label over other nodes when nothing else is free, but never over a label', () => {
    const nodes = [
      { id: 'a', x: 100, y: 100, r: 6 },
      { id: 'n', x: 140, y: 100, r: 6 },
      { id: 's', x: 100, y: 125, r: 6 },
      { id: 'w', x: 60, y: 100, r: 6 },
      { id: 'u', x: 100, y: 78, r: 6 },
    ];
    expect(placeLabels([label('a', 100, 100)], { bounds, nodes })).toEqual([]);
    const [shown] = placeLabels([{ ...label('a', 100, 100), mustShow: true }], { bounds, nodes });
    expect(shown).toMatchObject({ id: 'a', anchor: 'start' });
    const both = placeLabels([{ ...label('a', 100, 100, 1), mustShow: true }, label('b', 100, 100, 2)], { bounds });
    expect(overlaps(both[0]!.box, both[1]!.box)).toBe(false);
  });

  it('stops at maxLabels, most important first', () => {
    const many = Array.from({ length: 20 }, (_, i) => label(`n${i}`, 30 + (i % 4) * 120, 30 + Math.floor(i / 4) * 60, i));
    const placed = placeLabels(many, { bounds, maxLabels: 3 });
    expect(placed.map((p) => p.id)).toEqual(['n19', 'n18', 'n17']);
  });

  it('is deterministic and never overlaps, for any set of candidates', () => {
    const candidate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      x: fc.double({ min: 0, max: 500, noNaN: true }),
      y: fc.double({ min: 0, max: 400, noNaN: true }),
      r: fc.double({ min: 2, max: 20, noNaN: true }),
      width: fc.double({ min: 5, max: 150, noNaN: true }),
      height: fc.constant(14),
      priority: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 40 }), (candidates) => {
        const placed = placeLabels(candidates, { bounds });
        expect(placeLabels([...candidates].reverse(), { bounds })).toEqual(placed);
        for (let i = 0; i < placed.length; i += 1) for (let j = i + 1; j < placed.length; j += 1) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
      }),
    );
  });
});

describe('placeLabels: centred labels and obstacles (the map)', () => {
  it('puts a centred label on its point first, and around it when that is taken', () => {
    const placed = placeLabels(
      [
        { ...label('big', 200, 200, 5), placement: 'centre-first' },
        { ...label('small', 204, 202, 1), placement: 'centre-first' },
      ],
      { bounds },
    );
    expect(placed[0]).toMatchObject({ id: 'big', anchor: 'middle', x: 200, y: 200 });
    expect(placed[1]?.id).toBe('small');
    expect(placed[1]?.anchor === 'middle' && placed[1]?.y === 202).toBe(false);
    const onlyCentre = placeLabels([label('big', 200, 200, 5), { ...label('inside', 204, 202, 1), placement: 'centre' }], { bounds });
    expect(onlyCentre.map((p) => p.id)).toEqual(['big']);
  });

  it('never covers an obstacle, not even with a must-show label', () => {
    const obstacle = { x0: 0, y0: 0, x1: 500, y1: 120 };
    expect(placeLabels([{ ...label('under', 100, 60), mustShow: true, placement: 'centre-first' }], { bounds, obstacles: [obstacle] })).toEqual([]);
    const [below] = placeLabels([{ ...label('edge', 100, 118), placement: 'centre-first' }], { bounds, obstacles: [obstacle] });
    expect(below?.box.y0).toBeGreaterThanOrEqual(obstacle.y1);
  });

  it('never overlaps another label or an obstacle, for any mix of centred and node labels', () => {
    const candidate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      x: fc.double({ min: 0, max: 500, noNaN: true }),
      y: fc.double({ min: 0, max: 400, noNaN: true }),
      r: fc.double({ min: 0, max: 12, noNaN: true }),
      width: fc.double({ min: 5, max: 160, noNaN: true }),
      height: fc.double({ min: 10, max: 30, noNaN: true }),
      priority: fc.integer({ min: 0, max: 5 }),
      placement: fc.constantFrom('around' as const, 'centre-first' as const, 'centre' as const),
      mustShow: fc.boolean(),
    });
    const box = fc.record({ x0: fc.double({ min: 0, max: 450, noNaN: true }), y0: fc.double({ min: 0, max: 350, noNaN: true }) }).map(({ x0, y0 }) => ({ x0, y0, x1: x0 + 50, y1: y0 + 40 }));
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 50 }), fc.array(box, { maxLength: 3 }), (candidates, obstacles) => {
        const placed = placeLabels(candidates, { bounds, obstacles });
        for (let i = 0; i < placed.length; i += 1) {
          for (const obstacle of obstacles) expect(overlaps(placed[i]!.box, obstacle)).toBe(false);
          for (let j = i + 1; j < placed.length; j += 1) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
        }
      }),
    );
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Security', 12)).toBeGreaterThan(estimateTextWidth('Trade', 12));
    expect(estimateTextWidth('Trade', 16)).toBeGreaterThan(estimateTextWidth('Trade', 12));
  });
});
