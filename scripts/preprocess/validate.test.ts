import { validateScoData, OutputInvalidError, scoJsonSchema } from './validate';
import { buildScoData } from './pipeline';
import { article, prepared } from './testSupport';

const sample = () =>
  buildScoData([article('According to Kazakh political scientist Rizat Tasym, Belarus is joining the SCO.')], prepared(), '2025-01-01T00:00:00.000Z');

describe('validating the output', () => {
  it('accepts what the pipeline builds', () => {
    const data = sample();
    expect(validateScoData(data)).toBe(data);
  });

  it('names the list, the element and the field that break the schema', () => {
    const data = sample();
    data.experts[0]!.country = 'kz';
    expect(() => validateScoData(data)).toThrow(OutputInvalidError);
    expect(() => validateScoData(data)).toThrow(/experts\.0\.country: expected an ISO 3166-1 alpha-3 code/);
  });

  it('checks the top level and the cross-references too', () => {
    const top = { ...sample(), referenceAsOf: 'yesterday' };
    expect(() => validateScoData(top)).toThrow(/referenceAsOf/);
    const broken = sample();
    broken.candidates.push({ iso3: 'BLR', articleId: 'no-such-article', sentence: 'x', kind: 'membership' });
    expect(() => validateScoData(broken)).toThrow(/candidates\.BLR: unknown article "no-such-article"/);
  });

  it('emits a JSON Schema of the contract', () => {
    const schema = scoJsonSchema() as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'articles', 'experts', 'themeWeights']));
  });
});
