/**
 * The shareable view state: everything a link must carry to show the same view.
 * Kept apart from the store so URL parsing and story steps can use it without React.
 */
import type { ExpertLimit } from '../model/networkSummary';

export const VIEW_IDS = ['map', 'timeline', 'network'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Each view's landmark name: the shell labels the regions with it, and export finds a view's drawing by it. */
export const VIEW_REGION_LABEL: Record<ViewId, string> = {
  map: 'Membership map',
  timeline: 'Theme timeline',
  network: 'Expert network',
};

/**
 * The country table's landmark name. The table is not one of the focusable views: everything it
 * shows comes from the store's year, range, themes and country, which links already carry.
 */
export const TABLE_REGION_LABEL = 'Country table';

export interface ViewState {
  /** The map's year; null means "the latest year in the data". */
  year: number | null;
  /** Inclusive year range set by the timeline; null means all years. */
  range: [number, number] | null;
  selectedCountry: string | null;
  selectedExpert: string | null;
  /** Theme ids chosen as filters; empty means all themes. */
  themes: string[];
  /** The view in focus (enlarged), if any. */
  focus: ViewId | null;
  /** Map zoom: [longitude, latitude, zoom]; null means the default framing. */
  mapZoom: [number, number, number] | null;
  /** How many experts the network draws one by one; null lets the panel's size decide (networkSummary.ts). */
  networkExperts: ExpertLimit | null;
  /** Presentation: the story step shown, or null when not presenting. */
  step: number | null;
  /** Presentation: the id of the story being presented; null means the default story. */
  story: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  year: null,
  range: null,
  selectedCountry: null,
  selectedExpert: null,
  themes: [],
  focus: null,
  mapZoom: null,
  networkExperts: null,
  step: null,
  story: null,
};
