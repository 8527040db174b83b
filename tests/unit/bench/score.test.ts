import { describe, expect, it } from 'vitest';
import { collapseMentions, sameName, scoreDetection } from '../../../bench/lib/score';
import { growthExponent, median, summarise } from '../../../bench/lib/stats';

describe('expert detection score', () => {
  it('matches names leniently but not on a given name alone', () => {
    expect(sameName('General Antonio Guterres', 'Antonio Guterres')).toBe(true);
    expect(sameName('Guterres', 'Antonio Guterres')).toBe(true);
    expect(sameName("Velizade's", 'Ilqar Velizade')).toBe(true);
    expect(sameName('Antonio', 'Antonio Guterres')).toBe(false);
    expect(sameName('Maria Guterres', 'Antonio Guterres')).toBe(false);
  });

  it('collapses a surname mention into the full name found in the same article', () => {
    expect(collapseMentions(['Rizat Tasym', 'Tasym', 'Xi Jinping', 'rizat tasym'])).toEqual(['Rizat Tasym', 'Xi Jinping']);
  });

  it('scores (article, person) pairs: a person found in the wrong article is a miss and a false alarm', () => {
    const truth = [
      { articleId: 'a', name: 'Rizat Tasym', country: 'KAZ' },
      { articleId: 'a', name: 'Ilqar Velizade', country: 'AZE' },
      { articleId: 'b', name: 'Oleg Ivanov', country: 'RUS' },
    ];
    const predicted = [
      { articleId: 'a', name: 'Rizat Tasym', country: 'KAZ' },
      { articleId: 'a', name: 'Ilqar Velizade', country: 'TUR' },
      { articleId: 'a', name: 'Xi Jinping', country: 'CHN' },
      { articleId: 'c', name: 'Oleg Ivanov', country: 'RUS' },
    ];
    const score = scoreDetection(predicted, truth);
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 2, falseNegatives: 1 });
    expect(score.precision).toBeCloseTo(0.5);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(score.countryAccuracy).toBeCloseTo(0.5);
  });

  it('gives zero, not NaN, when nothing is found, and no country accuracy without countries', () => {
    const score = scoreDetection([], [{ articleId: 'a', name: 'Rizat Tasym' }]);
    expect(score).toMatchObject({ precision: 0, recall: 0, f1: 0, countryAccuracy: null });
  });
});

describe('run statistics', () => {
  it('summarises runs by median, min and max', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(summarise([5, 1, 9])).toEqual({ median: 5, min: 1, max: 9, runs: 3 });
  });

  it('reads linear growth as exponent 1 and quadratic as 2', () => {
    expect(growthExponent([{ x: 100, y: 1 }, { x: 1000, y: 10 }, { x: 10000, y: 100 }])).toBeCloseTo(1);
    expect(growthExponent([{ x: 100, y: 1 }, { x: 1000, y: 100 }])).toBeCloseTo(2);
  });
});
