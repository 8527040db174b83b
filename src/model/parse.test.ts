import { describe, expect, it } from 'vitest';
import { makeScoData } from '../../tests/fixtures/scoData';
import { parseScoData } from './parse';

function expectProblem(text: string, title: RegExp) {
  const result = parseScoData(text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problem.title).toMatch(title);
  return result;
}

describe('parseScoData', () => {
  it('accepts a valid data set', () => {
    const result = parseScoData(JSON.stringify(makeScoData()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.experts[0]?.name).toBe('Anton Bugayenko');
  });

  it('names an empty file', () => {
    expectProblem('  \n', /empty/);
  });

  it('names truncated JSON', () => {
    const text = JSON.stringify(makeScoData());
    expectProblem(text.slice(0, text.length / 2), /not valid JSON/);
  });

  it('names a wrong schema version', () => {
    expectProblem(JSON.stringify({ ...makeScoData(), schemaVersion: 99 }), /schema version 99; this app reads version 2/);
    expectProblem('[]', /schema version null/);
  });

  it('lists the fields that do not match the schema', () => {
    const data = makeScoData();
    const broken = { ...data, articles: [{ ...data.articles[0], published: '2022-13-40', url: 'javascript:alert(1)' }] };
    const result = expectProblem(JSON.stringify(broken), /does not match/);
    if (!result.ok) {
      expect(result.problem.details.join('\n')).toMatch(/articles\.0\.published/);
      expect(result.problem.details.join('\n')).toMatch(/articles\.0\.url/);
    }
  });

  it('finds references to things the data does not contain', () => {
    const data = makeScoData();
    const broken = {
      ...data,
      links: [...data.links, { kind: 'expert-theme', source: 'anton-bugayenko', target: 'no-such-theme', articleId: 'a-2022', weight: 1 }],
      candidates: [{ iso3: 'BLR', articleId: 'missing-article', sentence: 'Belarus is joining.', kind: 'membership' }],
    };
    const result = expectProblem(JSON.stringify(broken), /refers to things/);
    if (!result.ok) {
      expect(result.problem.details).toContain('candidates.BLR: unknown article "missing-article"');
      expect(result.problem.details).toContain('links.expert-theme: unknown target "no-such-theme"');
    }
  });
});
