import { create } from 'zustand';
import type { ExpertLimit } from '../model/networkSummary';
import { DEFAULT_VIEW_STATE, type ViewId, type ViewState } from './viewState';

/** Hover is transient (never in the URL) but shared, so one view can highlight what another hovers. */
export interface HoverState {
  hoveredCountry: string | null;
  hoveredExpert: string | null;
}

/**
 * What a story step points at, transient like hover: the map keeps these countries in its frame,
 * and outlines and names them once it shows the year they are about.
 */
export interface Spotlight {
  /** ISO 3166-1 alpha-3 codes. */
  countries: string[];
  year: number;
}

export interface SpotlightState {
  /** Null when nothing is pointed at. */
  spotlight: Spotlight | null;
}

export interface AtlasActions {
  setYear: (year: number | null) => void;
  /** Setting a range also moves the map to the range's last year (status at the end of the range). */
  setRange: (range: [number, number] | null) => void;
  selectCountry: (iso3: string | null) => void;
  selectExpert: (expertId: string | null) => void;
  toggleTheme: (themeId: string) => void;
  setThemes: (themeIds: string[]) => void;
  setFocus: (view: ViewId | null) => void;
  setMapZoom: (zoom: [number, number, number] | null) => void;
  /** How many experts the network draws (null: as many as fit its panel). */
  setNetworkExperts: (limit: ExpertLimit | null) => void;
  setStep: (step: number | null) => void;
  setHoveredCountry: (iso3: string | null) => void;
  setHoveredExpert: (expertId: string | null) => void;
  setSpotlight: (spotlight: Spotlight | null) => void;
  /** Replaces the whole view state (a story step, a shared link, back/forward). */
  applyViewState: (state: ViewState) => void;
  clearFilters: () => void;
}

export type AtlasState = ViewState & HoverState & SpotlightState & AtlasActions;

export const useAtlasStore = create<AtlasState>()((set) => ({
  ...DEFAULT_VIEW_STATE,
  hoveredCountry: null,
  hoveredExpert: null,
  spotlight: null,
  setYear: (year) => set({ year }),
  setRange: (range) => set(range === null ? { range } : { range, year: range[1] }),
  selectCountry: (selectedCountry) => set({ selectedCountry }),
  selectExpert: (selectedExpert) => set({ selectedExpert }),
  toggleTheme: (themeId) =>
    set((s) => ({
      themes: s.themes.includes(themeId) ? s.themes.filter((t) => t !== themeId) : [...s.themes, themeId],
    })),
  setThemes: (themes) => set({ themes: [...new Set(themes)] }),
  setFocus: (focus) => set({ focus }),
  setMapZoom: (mapZoom) => set({ mapZoom }),
  setNetworkExperts: (networkExperts) => set({ networkExperts: networkExperts === 'all' || networkExperts === null ? networkExperts : Math.max(1, Math.round(networkExperts)) }),
  setStep: (step) => set({ step }),
  setHoveredCountry: (hoveredCountry) => set({ hoveredCountry }),
  setHoveredExpert: (hoveredExpert) => set({ hoveredExpert }),
  setSpotlight: (spotlight) => set({ spotlight: spotlight === null || spotlight.countries.length === 0 ? null : { year: spotlight.year, countries: [...spotlight.countries] } }),
  applyViewState: (state) => set({ ...state }),
  clearFilters: () => set({ range: null, themes: [], selectedCountry: null, selectedExpert: null }),
}));

/** Picks the shareable part of the store. */
export function selectViewState(s: AtlasState): ViewState {
  return {
    year: s.year,
    range: s.range,
    selectedCountry: s.selectedCountry,
    selectedExpert: s.selectedExpert,
    themes: s.themes,
    focus: s.focus,
    mapZoom: s.mapZoom,
    networkExperts: s.networkExperts,
    step: s.step,
    story: s.story,
  };
}
