import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTween, type Framing } from './stepTween';

const home: Framing = [80, 40, 1];

describe('planTween', () => {
  it('walks through every year between, about 250 ms a year', () => {
    const tween = planTween({ year: 2017, framing: home }, { year: 2023, framing: home });
    expect(tween.duration).toBe(1500);
    expect(tween.framingMoves).toBe(false);
    const seen = [0, 250, 500, 750, 1000, 1250, 1500].map(tween.yearAt);
    expect(seen).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2023]);
  });

  it('goes back in time as well, and compresses a long jump', () => {
    const tween = planTween({ year: 2025, framing: home }, { year: 1996, framing: home });
    expect(tween.duration).toBe(3000);
    expect(tween.yearAt(0)).toBe(2024);
    expect(tween.yearAt(3000)).toBe(1996);
  });

  it('eases the framing from one view to the other, the short way round', () => {
    const tween = planTween({ year: 2024, framing: [170, 0, 1] }, { year: 2024, framing: [-170, 10, 4] });
    expect(tween.framingMoves).toBe(true);
    expect(tween.duration).toBe(700);
    expect(tween.framingAt(0)).toEqual([170, 0, 1]);
    const [lon, lat, zoom] = tween.framingAt(350);
    expect(Math.abs(lon)).toBeCloseTo(180, 5);
    expect(lat).toBeCloseTo(5, 5);
    expect(zoom).toBeCloseTo(2, 5);
    expect(tween.framingAt(700)).toEqual([-170, 10, 4]);
  });

  it('never leaves the years between its ends, and moves one way only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1996, max: 2030 }), fc.integer({ min: 1996, max: 2030 }), fc.array(fc.nat({ max: 5000 })), (from, to, times) => {
        const tween = planTween({ year: from, framing: home }, { year: to, framing: home });
        const years = [...times].sort((a, b) => a - b).map(tween.yearAt);
        for (const y of years) expect(y).toBeGreaterThanOrEqual(Math.min(from, to));
        for (const y of years) expect(y).toBeLessThanOrEqual(Math.max(from, to));
        for (let i = 1; i < years.length; i++) expect(Math.sign((years[i] ?? 0) - (years[i - 1] ?? 0)) * Math.sign(to - from)).toBeGreaterThanOrEqual(0);
        expect(tween.yearAt(tween.duration)).toBe(to);
      }),
    );
  });
});
