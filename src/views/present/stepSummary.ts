import type { StepState } from './storySchema';
import { formatCount } from '../../model/formatCount';

const VIEW_NAME = { map: 'map', timeline: 'timeline', network: 'network' } as const;

/** A one-line description of what a step shows: "2017 · map in focus · zoomed · India selected". */
export function stepSummary(state: StepState, names: { expert: (id: string) => string; country: (iso3: string) => string; theme: (id: string) => string }): string {
  const parts: string[] = [];
  if (state.range !== undefined) parts.push(state.range[0] === state.range[1] ? `articles of ${state.range[0]}` : `articles of ${state.range[0]}–${state.range[1]}`);
  if (state.year !== undefined && (state.range === undefined || state.range[1] !== state.year)) parts.push(`map at ${state.year}`);
  if (state.year === undefined && state.range === undefined) parts.push('latest year');
  if (state.focus !== undefined) parts.push(`${VIEW_NAME[state.focus]} in focus`);
  if (state.mapZoom !== undefined) parts.push('map zoomed');
  if (state.networkExperts !== undefined) parts.push(state.networkExperts === 'all' ? 'every expert drawn' : `top ${formatCount(state.networkExperts)} experts drawn`);
  if (state.selectedCountry !== undefined) parts.push(`${names.country(state.selectedCountry)} selected`);
  if (state.selectedExpert !== undefined) parts.push(`${names.expert(state.selectedExpert)} selected`);
  if (state.themes !== undefined && state.themes.length > 0) parts.push(`themes: ${state.themes.map(names.theme).join(', ')}`);
  return parts.join(' · ');
}
