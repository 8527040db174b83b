import { describe, expect, it } from 'vitest';
import { joinWithAnd } from './englishList';

describe('joinWithAnd', () => {
  it('joins lists the English way', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
