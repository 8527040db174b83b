import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDefaultViewState, queryToViewState, viewStateToQuery } from './urlState';
import { DEFAULT_VIEW_STATE, VIEW_IDS, type ViewState } from './viewState';

describe('queryToViewState', () => {
  it('reads year, country and themes from a shared link', () => {
    const state = queryToViewState('?year=2017&country=ind&themes=security,economy');
    expect(state.year).toBe(2017);
    expect(state.selectedCountry).toBe('IND');
    expect(state.themes).toEqual(['security', 'economy']);
  });

  it('orders a reversed range and drops a half range', () => {
    expect(queryToViewState('?from=2024&to=2020').range).toEqual([2020, 2024]);
    expect(queryToViewState('?from=2020').range).toBeNull();
  });

  it('falls back to defaults for malformed values instead of failing', () => {
    const state = queryToViewState('?year=20x7&country=<script>&expert=A%20B&view=nope&zoom=1,2&step=-1&themes=,,Bad Theme');
    expect(state).toEqual(DEFAULT_VIEW_STATE);
  });

  it('rejects zoom values outside the globe', () => {
    expect(queryToViewState('?zoom=200,10,2').mapZoom).toBeNull();
    expect(queryToViewState('?zoom=70,45,2.5').mapZoom).toEqual([70, 45, 2.5]);
  });

  it('reads how many experts the network shows: a count or "all", nothing else', () => {
    expect(queryToViewState('?experts=400').networkExperts).toBe(400);
    expect(queryToViewState('?experts=all').networkExperts).toBe('all');
    for (const bad of ['0', '-5', '1e3', 'ALL', '12.5', '1234567']) expect(queryToViewState(`?experts=${bad}`).networkExperts, bad).toBeNull();
    expect(viewStateToQuery({ ...DEFAULT_VIEW_STATE, networkExperts: 'all' })).toBe('?experts=all');
  });

  it('reads the presented story and step, and refuses a story id that is not a slug', () => {
    expect(queryToViewState('?step=3&story=sco-enlargement')).toMatchObject({ step: 3, story: 'sco-enlargement' });
    expect(queryToViewState('?story=../etc/passwd').story).toBeNull();
    expect(queryToViewState('?story=My%20Story').story).toBeNull();
  });
});

describe('viewStateToQuery', () => {
  it('writes nothing for the default state', () => {
    expect(viewStateToQuery(DEFAULT_VIEW_STATE)).toBe('');
    expect(isDefaultViewState(DEFAULT_VIEW_STATE)).toBe(true);
  });

  it('gives the same link for the same state whatever the theme order', () => {
    const a = viewStateToQuery({ ...DEFAULT_VIEW_STATE, themes: ['b', 'a'] });
    const b = viewStateToQuery({ ...DEFAULT_VIEW_STATE, themes: ['a', 'b'] });
    expect(a).toBe(b);
    expect(a).toBe('?themes=a,b');
  });

  it('round-trips any valid view state', () => {
    const year = fc.option(fc.integer({ min: 1996, max: 2030 }), { nil: null });
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const viewState: fc.Arbitrary<ViewState> = fc.record({
      year,
      range: fc.option(
        fc.tuple(fc.integer({ min: 1996, max: 2030 }), fc.integer({ min: 1996, max: 2030 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
        { nil: null },
      ),
      selectedCountry: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: null }),
      selectedExpert: fc.option(slug, { nil: null }),
      themes: fc.uniqueArray(slug, { maxLength: 4 }).map((t) => [...t].sort()),
      focus: fc.option(fc.constantFrom(...VIEW_IDS), { nil: null }),
      mapZoom: fc.option(
        fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 }), fc.integer({ min: 1, max: 16 })),
        { nil: null },
      ),
      networkExperts: fc.option(fc.oneof(fc.constant('all' as const), fc.integer({ min: 1, max: 999_999 })), { nil: null }),
      step: fc.option(fc.integer({ min: 0, max: 999 }), { nil: null }),
      story: fc.option(slug, { nil: null }),
    });
    fc.assert(
      fc.property(viewState, (state) => {
        expect(queryToViewState(viewStateToQuery(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
