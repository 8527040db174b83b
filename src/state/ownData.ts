/**
 * Which data the app shows: the shipped sco.json, or the data built in the browser with the
 * person's own articles added ("Add articles"). The one place that joins the two, so the views keep
 * reading one data set through useData(); the shell asks `shownData` what to provide.
 */
import { create } from 'zustand';
import type { ScoData } from '../model/schema';

/** The shipped findings written beside sco.json (scripts/preprocess/analysesFile.ts), relative to the page. */
export const SHIPPED_ANALYSES_URL = './data/sco.analyses.json';

interface OwnDataState {
  /** Shipped data plus own articles; null shows the shipped data. */
  withOwn: ScoData | null;
  setWithOwn: (data: ScoData | null) => void;
}

export const useOwnDataStore = create<OwnDataState>()((set) => ({
  withOwn: null,
  setWithOwn: (withOwn) => set({ withOwn }),
}));

/** The data to show, given the shipped data. */
export function useShownData(shipped: ScoData): ScoData {
  return useOwnDataStore((s) => s.withOwn) ?? shipped;
}

/** The articles of the data that a person added themselves. */
export const ownArticleCount = (data: ScoData) => data.articles.reduce((n, a) => n + (a.own === true ? 1 : 0), 0);
