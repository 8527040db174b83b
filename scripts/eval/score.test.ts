import { formatReport, markdownTable } from './format';
import type { EvalKey } from './key';
import { byForm, detection, evaluate, type FoundArticle } from './score';

const key: EvalKey = {
  articles: {
    a1: {
      experts: [
        { name: 'Rizat Tasym', role: 'expert', country: 'KAZ' },
        { name: 'Anna Kim', role: 'official', country: null },
      ],
      candidates: [{ iso3: 'BLR', kind: 'membership' }],
    },
    a2: { experts: [{ name: 'Omar Haddad', role: 'expert', country: 'QAT' }] },
  },
};

const found: FoundArticle[] = [
  {
    id: 'a1',
    people: [
      { name: 'Rizat Tasym', role: 'expert', country: 'RUS', forms: ['subject-verb'] },
      { name: 'Boris Lee', role: 'expert', country: null, forms: ['verb-subject'] },
    ],
    candidates: [
      { iso3: 'BLR', kind: 'observer' },
      { iso3: 'CHN', kind: 'membership' },
    ],
    baseline: ['Tasym', 'Anna Kim', 'Omar Haddad'],
  },
  { id: 'a2', people: [{ name: 'Haddad', role: 'expert', country: 'QAT', forms: ['according-to'] }], candidates: [] },
];

describe('eval scores', () => {
  it('computes precision, recall and F1', () => {
    const d = detection(4, 3, 2);
    expect(d).toMatchObject({ precision: 2 / 3, recall: 0.5 });
    expect(d.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), 12);
    expect(detection(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('matches people by name per article (a surname alone matches), and scores country and role on the people found', () => {
    const report = evaluate(key, found, (person) => [person.name === 'Anna Kim' ? 'transcript-label' : 'other']);
    expect(report.experts).toMatchObject({ expected: 3, found: 3, correct: 2 });
    expect(report.country).toMatchObject({ compared: 2, right: 1, wrong: [{ articleId: 'a1', name: 'Rizat Tasym', found: 'RUS', expected: 'KAZ' }] });
    expect(report.role).toMatchObject({ compared: 2, right: 2 });
    expect(report.missed).toEqual([{ articleId: 'a1', name: 'Anna Kim', forms: ['transcript-label'] }]);
    expect(report.extra).toEqual([{ articleId: 'a1', name: 'Boris Lee', forms: ['verb-subject'] }]);
    // The baseline ran on a1 only; its three names hit two of a1's people.
    expect(report.baseline).toMatchObject({ expected: 3, found: 3, correct: 2 });
  });

  it('scores candidates only on articles whose key lists them, with the kind as a separate accuracy', () => {
    const { candidates } = evaluate(key, found, () => []);
    expect(candidates).toMatchObject({ articles: 1, expected: 1, found: 2, correct: 1, extra: ['CHN (a1)'], missed: [] });
    expect(candidates?.kind.wrong).toEqual([{ articleId: 'a1', name: 'BLR', found: 'observer', expected: 'membership' }]);
  });

  it('refuses a key that names an article the corpus lacks', () => {
    expect(() => evaluate(key, found.slice(0, 1), () => [])).toThrow(/a2/);
  });

  it('groups misses by form, most first', () => {
    const groups = byForm([
      { articleId: '01-x', name: 'A B', forms: ['f1'] },
      { articleId: '02-y', name: 'C D', forms: ['f2', 'f1'] },
    ]);
    expect(groups).toEqual([
      { form: 'f1', count: 2, names: ['A B (01)', 'C D (02)'] },
      { form: 'f2', count: 1, names: ['C D (02)'] },
    ]);
  });

  it('prints Markdown tables: figures right-aligned, words left-aligned', () => {
    expect(markdownTable(['measure', 'F1', 'who'], [['experts', '1.000', 'A B']]).split('\n')).toEqual([
      '| measure |    F1 | who |',
      '|---------|------:|-----|',
      '| experts | 1.000 | A B |',
    ]);
    const text = formatReport(evaluate(key, found, () => ['x']));
    expect(text).toContain('| experts and officials');
    expect(text).toContain('Wrong country: Rizat Tasym (a1) RUS, key KAZ');
  });
});
