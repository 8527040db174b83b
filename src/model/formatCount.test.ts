import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it('writes counts as toLocaleString("en") does', () => {
    for (const n of [0, 1, 12, 999, 1000, 1200, 10000, 999999, 1000000, -1, -1234]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === n.toLocaleString('en')));
  });

  it('leaves fractions and huge numbers to Intl', () => {
    expect(formatCount(1234.5)).toBe((1234.5).toLocaleString('en'));
    expect(formatCount(2 ** 60)).toBe((2 ** 60).toLocaleString('en'));
  });
});
