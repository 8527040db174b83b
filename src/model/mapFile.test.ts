import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../tests/fixtures/membershipFixture';
import { makeDataFiles } from '../../tests/fixtures/scoData';
import { mapFileMismatch, mapFileOf } from './mapFile';
import { membershipInYear } from './membershipInYear';
import { checkMapFile } from './parse';
import { CANDIDATE_KINDS, type Article, type ScoData } from './schema';

const fixture = makeScoFixture();
const AS_OF = '2026-11-23';
const YEARS = Array.from({ length: 2026 - 1996 + 1 }, (_, i) => 1996 + i);

/** What the map reads of a country in a year, without the candidacies themselves (the map file counts them). */
const drawn = (data: Parameters<typeof membershipInYear>[0], year: number) =>
  [...membershipInYear(data, year, AS_OF).values()].map(({ candidacies: _, ...rest }) => rest).sort((a, b) => a.iso3.localeCompare(b.iso3));

interface Generated {
  articles: Array<{ year: number; own: boolean }>;
  candidates: Array<{ country: number; article: number; kind: (typeof CANDIDATE_KINDS)[number] }>;
}

const generated: fc.Arbitrary<Generated> = fc.record({
  articles: fc.array(fc.record({ year: fc.integer({ min: 1996, max: 2026 }), own: fc.boolean() }), { minLength: 1, maxLength: 25 }),
  candidates: fc.array(fc.record({ country: fc.nat(), article: fc.nat(), kind: fc.constantFrom(...CANDIDATE_KINDS) }), { maxLength: 60 }),
});

/** The fixture with generated articles and candidacies, as a whole data set. */
function withCandidacies({ articles, candidates }: Generated): ScoData {
  const rows: Article[] = articles.map(({ year, own }, i) => ({ id: `a${i}`, title: `Article ${i}`, outlet: 'Outlet', published: String(year), year, wordCount: 100, ...(own ? { own: true } : {}) }));
  const iso3s = fixture.countries.map((c) => c.iso3);
  return {
    ...fixture,
    articles: rows,
    countries: fixture.countries.map((c) => ({ ...c, mentions: [] })),
    experts: [],
    links: [],
    themeWeights: [],
    candidates: candidates.map(({ country, article, kind }) => ({ iso3: iso3s[country % iso3s.length] ?? 'BLR', articleId: `a${article % rows.length}`, sentence: 'Named.', kind })),
  };
}

describe('mapFileOf', () => {
  it('writes a file the app accepts, naming the core it was made from', () => {
    const { core } = makeDataFiles(fixture);
    const map = mapFileOf(core);
    expect(checkMapFile(JSON.parse(JSON.stringify(map))).ok).toBe(true);
    expect(map.core).toEqual({ schemaVersion: core.schemaVersion, generatedAt: core.generatedAt, articles: core.articles.length, experts: core.experts.length });
    expect(map.articleYears).toEqual([
      [2022, 1, 0],
      [2024, 1, 0],
    ]);
    expect(mapFileMismatch(map.core, core)).toBeNull();
  });

  it('gives the map the same statuses, counts and kinds in every year as the core does', () => {
    fc.assert(
      fc.property(generated, (input) => {
        const data = withCandidacies(input);
        const { core } = makeDataFiles(data);
        const map = mapFileOf(core);
        for (const year of YEARS) expect(drawn(map, year)).toEqual(drawn(data, year));
      }),
      { numRuns: 60 },
    );
  });

  it('counts each year’s articles and the person’s own among them', () => {
    const data = withCandidacies({ articles: [{ year: 2001, own: false }, { year: 2001, own: true }, { year: 2005, own: true }], candidates: [] });
    expect(mapFileOf(makeDataFiles(data).core).articleYears).toEqual([
      [2001, 2, 1],
      [2005, 1, 1],
    ]);
  });

  it('says what differs when the core is another build', () => {
    const { core } = makeDataFiles(fixture);
    const map = mapFileOf(core);
    expect(mapFileMismatch(map.core, { ...core, generatedAt: '2027-01-01T00:00:00.000Z' })).toMatch(/written 2026-01-01T00:00:00.000Z, the data 2027-01-01/);
    expect(mapFileMismatch(map.core, { ...core, articles: [] })).toMatch(/2 articles, the data 0/);
  });
});

describe('checkMapFile', () => {
  const map = mapFileOf(makeDataFiles(fixture).core);
  it('names a wrong version, a wrong shape and a source it does not hold', () => {
    const fail = (json: unknown) => {
      const checked = checkMapFile(json);
      return checked.ok ? 'ok' : [checked.problem.title, ...checked.problem.details].join(' | ');
    };
    expect(fail({ mapVersion: 0 })).toMatch(/map version 0; this app reads version 1/);
    expect(fail(null)).toMatch(/map version null/);
    expect(fail({ ...map, candidacies: [{ iso3: 'QAT', years: [] }] })).toMatch(/does not match the expected shape.*candidacies\.0\.years/);
    expect(fail({ ...map, sources: [] })).toMatch(/refers to things it does not contain.*unknown source/);
  });
});
