import { describe, expect, it } from 'vitest';
import { makeDataFiles, makeScoData } from '../../tests/fixtures/scoData';
import { quoteNumber } from './core';
import type { CoreFile } from './coreSchema';
import { checkCore, checkShard, parseJsonText, type CoreCheck } from './parse';

function expectProblem(json: unknown, title: RegExp, how: CoreCheck = 'fast') {
  const result = checkCore(json, how);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problem.title).toMatch(title);
  return result.ok ? [] : result.problem.details;
}

const core = () => makeDataFiles().core;

describe('checking the core', () => {
  it('accepts a valid core, the fast way and the zod way alike', () => {
    for (const how of ['fast', 'zod'] as const) {
      const result = checkCore(core(), how);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.data.experts[0]?.name).toBe('Anton Bugayenko');
    }
  });

  it('names an empty file and truncated JSON', () => {
    expect(parseJsonText('  \n', 'The data file')).toMatchObject({ ok: false, problem: { title: 'The data file is empty.' } });
    const text = JSON.stringify(core());
    const truncated = parseJsonText(text.slice(0, text.length / 2), 'The data file');
    expect(truncated.ok || truncated.problem.title).toMatch(/not valid JSON/);
  });

  it('names a wrong schema version, such as the single sco.json of version 2', () => {
    expectProblem({ ...core(), schemaVersion: 99 }, /schema version 99; this app reads version 3/);
    expectProblem(makeScoData({ schemaVersion: 2 as 3 }), /schema version 2/);
    expectProblem([], /schema version null/);
  });

  it('lists the fields that do not match the schema', () => {
    const data = core();
    const broken = { ...data, articles: [{ ...data.articles[0], published: '2022-13-40', url: 'javascript:alert(1)' }] };
    const details = expectProblem(broken, /does not match/).join('\n');
    expect(details).toMatch(/articles\.0\.published/);
    expect(details).toMatch(/articles\.0\.url/);
  });

  const brokenTables: Array<[string, (c: CoreFile) => unknown, RegExp]> = [
    ['a row of the wrong length', (c) => ({ ...c, candidates: [[0, 0]] }), /candidates\.0: expected a row of 3 values \(country, article, kind\)/],
    ['an index past its list', (c) => ({ ...c, quotes: [[0, 7, 1, 'direct', [], []]] }), /quotes\.0\.article: expected an index into articles \(0–0\)/],
    ['a list of indices with a bad one', (c) => ({ ...c, quotes: [[0, 0, 1, 'direct', [0, -1], []]] }), /quotes\.0\.themes: expected indices into themes/],
    ['a word outside its set', (c) => ({ ...c, candidates: [[0, 0, 'friendship']] }), /candidates\.0\.kind: expected one of membership/],
    ['a weight that is not positive', (c) => ({ ...c, links: { ...c.links, 'expert-theme': [[0, 0, 0, 0]] } }), /links\.expert-theme\.0\.weight: expected a number > 0/],
    ['a table that is not a list', (c) => ({ ...c, themeWeights: {} }), /themeWeights/],
  ];

  it.each(brokenTables)('finds %s in a table, and the zod check finds it too', (_what, breakIt, detail) => {
    const details = expectProblem(breakIt(core()), /does not match|refers to/);
    expect(details.join('\n')).toMatch(detail);
    // zod knows the shapes, not the lists' sizes: an index past its list is the fast check's (and the cross-references') to find.
    expectProblem(breakIt(core()), /does not match|refers to/, 'zod');
  });

  it('finds references to things the core does not contain', () => {
    const data = core();
    const broken = {
      ...data,
      experts: [...data.experts, { ...data.experts[0], country: 'BLR' }],
      evidence: [],
    };
    const details = expectProblem(broken, /refers to things/);
    expect(details).toContain('experts: duplicate id "anton-bugayenko"');
    expect(details).toContain('experts.anton-bugayenko.country: unknown country "BLR"');
    expect(details).toContain('evidence: the shards cover 0 articles, the core has 1');
  });

  it('finds an index list pointing past the articles, the fast way and the zod way', () => {
    const data = core();
    const broken = { ...data, countries: [{ ...data.countries[0], mentions: [5] }], experts: [{ ...data.experts[0], articles: [] }] };
    const fast = expectProblem(broken, /does not match/);
    expect(fast).toEqual(['countries.0.mentions: expected indices below 1, got 5', 'experts.0.articles: expected at least 1']);
    expect(expectProblem(broken, /does not match/, 'zod').join('\n')).toMatch(/experts\.0\.articles/);
    expect(expectProblem({ ...data, countries: [{ ...data.countries[0], mentions: [5] }] }, /refers to things/, 'zod')).toContain(
      'countries.KAZ.mentions: article index 5, there are 1 articles',
    );
  });
});

describe('checking an evidence shard', () => {
  const files = () => makeDataFiles();

  it('accepts the shard the core names, holding the articles it expects', () => {
    const { core: c, shards } = files();
    const file = c.evidence[0]?.file ?? '';
    expect(checkShard(shards.get(file), file, ['a-2022'])).toMatchObject({ ok: true });
  });

  it('says when a shard holds other articles: the data was written again since the page loaded', () => {
    const { core: c, shards } = files();
    const file = c.evidence[0]?.file ?? '';
    const result = checkShard(shards.get(file), file, ['another-article']);
    expect(result).toMatchObject({ ok: false, problem: { title: `The evidence file ${file} holds other articles than the data file expects.` } });
  });

  it('names a shard that does not match its schema', () => {
    const result = checkShard({ schemaVersion: 3, articles: [{ id: 'a-2022', quotes: [[0, '']] }] }, 'evidence/x.json', ['a-2022']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.details.join('\n')).toMatch(/articles\.0\.quotes\.0\.0/);
  });
});

describe('quote numbers', () => {
  it('reads <article id>#<number> and nothing else', () => {
    expect(quoteNumber({ id: 'a-2022#12', articleId: 'a-2022' })).toBe(12);
    for (const id of ['a-2022#', 'a-2022#0', 'a-2022#01', 'a-2022#1a', 'a-2023#1', 'a-2022-1', 'q1']) expect(quoteNumber({ id, articleId: 'a-2022' }), id).toBeNull();
  });
});
