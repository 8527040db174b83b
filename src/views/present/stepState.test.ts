import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryToViewState, viewStateToQuery } from '../../state/urlState';
import { DEFAULT_VIEW_STATE, VIEW_IDS } from '../../state/viewState';
import { clampStep, stepToViewState, viewStateToStepState } from './stepState';
import { storySchemas } from './storySchema';

describe('steps and view states', () => {
  it('fills what a step leaves out with the defaults and marks the story and step', () => {
    expect(stepToViewState({ year: 2017 }, 3, 'sco-enlargement')).toEqual({ ...DEFAULT_VIEW_STATE, year: 2017, step: 3, story: 'sco-enlargement' });
  });

  it('shows the map at the end of a range when the step gives no year, as the store does', () => {
    expect(stepToViewState({ range: [2022, 2024] }, 1, 's').year).toBe(2024);
  });

  it('saves only what differs from the default view', () => {
    expect(viewStateToStepState(DEFAULT_VIEW_STATE)).toEqual({});
    expect(viewStateToStepState({ ...DEFAULT_VIEW_STATE, year: 2024, themes: ['security'], focus: 'timeline', step: 2 })).toEqual({
      year: 2024,
      themes: ['security'],
      focus: 'timeline',
    });
  });

  it('round-trips any step through the view state and through a link', () => {
    const year = fc.integer({ min: 1996, max: 2030 });
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const step = fc.record(
      {
        year,
        range: fc.tuple(year, year).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
        selectedCountry: fc.stringMatching(/^[A-Z]{3}$/),
        selectedExpert: slug,
        themes: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }).map((t) => [...t].sort()),
        focus: fc.constantFrom(...VIEW_IDS),
        mapZoom: fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -90, max: 90 }), fc.integer({ min: 1, max: 16 })),
        networkExperts: fc.oneof(fc.constant('all' as const), fc.integer({ min: 1, max: 999_999 })),
      },
      { requiredKeys: ['year'] },
    );
    fc.assert(
      fc.property(step, fc.integer({ min: 1, max: 99 }), (state, n) => {
        expect(storySchemas().StepState.safeParse(state).success).toBe(true);
        const view = stepToViewState(state, n, 'a-story');
        expect(viewStateToStepState(view)).toEqual(state);
        expect(queryToViewState(viewStateToQuery(view))).toEqual(view);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a step number from a link within the story', () => {
    expect(clampStep(0, 10)).toBe(1);
    expect(clampStep(12, 10)).toBe(10);
    expect(clampStep(4, 10)).toBe(4);
  });
});
