import { evaluate, formatTable, score, type AnswerKey } from './score';
import type { ScoData } from '../../src/model/schema';

describe('eval scores', () => {
  it('computes precision, recall and F1 and lists what was missed or extra', () => {
    const s = score('experts', new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'x']));
    expect(s).toMatchObject({ correct: 2, precision: 2 / 3, recall: 0.5, missed: ['c', 'd'], extra: ['x'] });
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 12);
  });

  it('treats nothing expected and nothing found as perfect', () => {
    expect(score('candidates', new Set(), new Set())).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores experts by name slug, with and without their country', () => {
    const key: AnswerKey = { experts: [{ name: 'Rizat Tasym', country: 'KAZ', articles: ['a1'] }] };
    const data = { experts: [{ id: 'rizat-tasym', country: 'RUS', articles: ['a1'] }], countries: [], candidates: [] } as unknown as ScoData;
    const [experts, countries] = evaluate(key, data);
    expect(experts).toMatchObject({ precision: 1, recall: 1 });
    expect(countries).toMatchObject({ precision: 0, recall: 0, missed: ['rizat-tasym|KAZ'], extra: ['rizat-tasym|RUS'] });
  });

  it('prints a Markdown table', () => {
    const table = formatTable([score('experts', new Set(['a']), new Set(['a']))]);
    expect(table.split('\n')).toEqual([
      '| measure | key | found | correct | precision | recall |    F1 |',
      '|---------|----:|------:|--------:|----------:|-------:|------:|',
      '| experts |   1 |     1 |       1 |     1.000 |  1.000 | 1.000 |',
    ]);
  });
});
