/**
 * Story steps ⇄ the store's view state. A step saves only what differs from the default view, so a
 * story file stays short and readable, and a step applied later resets whatever it does not mention.
 */
import { DEFAULT_VIEW_STATE, type ViewState } from '../../state/viewState';
import type { StepState } from './storySchema';

/** The full view state a step shows, as the step `step` (counted from 1) of story `storyId`. */
export function stepToViewState(state: StepState, step: number, storyId: string): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    // A range without a year shows the map at the range's end, as setting a range in the store does.
    year: state.year ?? state.range?.[1] ?? null,
    range: state.range ?? null,
    selectedCountry: state.selectedCountry ?? null,
    selectedExpert: state.selectedExpert ?? null,
    themes: state.themes ?? [],
    focus: state.focus ?? null,
    mapZoom: state.mapZoom ?? null,
    networkExperts: state.networkExperts ?? null,
    step,
    story: storyId,
  };
}

/** The current view as a step state ("add the current view as a step"): defaults are left out. */
export function viewStateToStepState(view: ViewState): StepState {
  const state: StepState = {};
  if (view.year !== null) state.year = view.year;
  if (view.range !== null) state.range = [view.range[0], view.range[1]];
  if (view.selectedCountry !== null) state.selectedCountry = view.selectedCountry;
  if (view.selectedExpert !== null) state.selectedExpert = view.selectedExpert;
  if (view.themes.length > 0) state.themes = [...view.themes];
  if (view.focus !== null) state.focus = view.focus;
  if (view.mapZoom !== null) state.mapZoom = [view.mapZoom[0], view.mapZoom[1], view.mapZoom[2]];
  if (view.networkExperts !== null) state.networkExperts = view.networkExperts;
  return state;
}

/** A step number from the URL, kept within the story (steps count from 1). */
export function clampStep(step: number, stepCount: number): number {
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, stepCount));
}
