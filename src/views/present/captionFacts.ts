/**
 * The figures a story caption may state, computed from sco.json for one step's view state, so a
 * caption never types in a number the data could contradict. Status in a year comes from the map's
 * own pure module: a caption and the map it sits beside cannot disagree.
 */
import { yearInRange } from '../../model/dataIndex';
import { STATUS_KINDS, type ScoData, type StatusKind, type Summit } from '../../model/schema';
import { membershipInYear, openCandidates } from '../../model/membershipInYear';
import { statusInYear } from '../../model/statusInYear';
import { statusChanges, type StatusChange } from '../../model/statusChanges';
import type { StepState } from './storySchema';
import { formatPartialDate } from '../../model/partialDate';
import { viewYear, type DataClock } from '../../model/dataClock';

export interface StepFacts {
  /** The map's year for the step: its year, else the end of its range, else the last year. */
  year: number;
  /** Articles the step looks at: its range, or the articles of its year. */
  scope: readonly [number, number];
  count: Record<StatusKind, number>;
  /** Names of the countries holding each status at the end of the year that did not hold it a year before. */
  joined: Record<StatusKind, string[]>;
  /** The start dates of those statuses, formatted ("9 June 2017"), distinct, in date order. */
  joinedOn: Record<StatusKind, string[]>;
  /** Every status change of the year, applications included: the map's "What changed" list. */
  changes: StatusChange[];
  /** Countries with some SCO status at the end of the year and none a year before. */
  newcomers: string[];
  /**
   * What the step's map points at: the countries that became members that year, and the newcomers
   * (a first status of any kind), by name. A renamed status (observers becoming partners) is not news.
   */
  spotlight: SpotlightCountry[];
  /** Countries named as candidates in articles up to the year, not yet members: the map legend's count. */
  candidates: string[];
  summit: Summit | null;
  articleCount: number;
  expertCount: number;
  quoteCount: number;
  /** The theme with the highest mean share of the articles in scope (each article counts equally). */
  topTheme: string | null;
  themeLabels: string[];
  expertName: string | null;
  expertQuoteCount: number;
  /** The selected expert's first direct quote in scope (on the step's themes, if any), its first sentence. */
  expertQuote: string | null;
  countryName: string | null;
  countryStatus: StatusKind | null;
}

export interface SpotlightCountry {
  iso3: string;
  name: string;
  status: StatusKind;
}

type FactsData = Pick<ScoData, 'countries' | 'candidates' | 'articles' | 'experts' | 'themes' | 'themeWeights' | 'summits' | 'sources'>;

function emptyByStatus<T>(make: () => T): Record<StatusKind, T> {
  return Object.fromEntries(STATUS_KINDS.map((s) => [s, make()])) as Record<StatusKind, T>;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

function membershipFacts(data: FactsData, year: number, asOf: string) {
  const count = emptyByStatus(() => 0);
  const now = membershipInYear(data, year, asOf);
  for (const country of now.values()) if (country.status !== null) count[country.status] += 1;
  // The same list as the map's "What changed"; only changes of colour count as joining.
  const all = statusChanges(data, year, asOf);
  const changes = all.filter((c) => c.onMap);
  const joined = emptyByStatus<string[]>(() => []);
  const joinedOn = emptyByStatus<string[]>(() => []);
  for (const status of STATUS_KINDS) {
    const into = changes.filter((c) => c.status === status);
    joined[status] = into.map((c) => c.name).sort(byName);
    joinedOn[status] = [...new Set(into.map((c) => c.date))].sort().map(formatPartialDate);
  }
  const newcomers = changes.filter((c) => c.previous === null && c.status !== null).map((c) => c.name);
  const candidates = openCandidates(now).map((c) => c.name);
  // What the step's map points at: new members, and countries with a first status of any kind.
  const spotlight: SpotlightCountry[] = changes
    .filter((c): c is StatusChange & { status: StatusKind } => c.status !== null && (c.previous === null || c.status === 'member'))
    .map((c) => ({ iso3: c.iso3, name: c.name, status: c.status }))
    .sort((a, b) => byName(a.name, b.name));
  return { count, joined, joinedOn, changes: all, newcomers: newcomers.sort(byName), spotlight, candidates: candidates.sort(byName) };
}

function topThemeOf(data: FactsData, articleIds: ReadonlySet<string>): string | null {
  // Mean of each article's share, as the timeline weighs a year: one long article does not drown the rest.
  const sums = new Map<string, number>();
  const scored = new Set<string>();
  for (const w of data.themeWeights) {
    if (!articleIds.has(w.articleId) || w.hits === 0) continue;
    scored.add(w.articleId);
    sums.set(w.themeId, (sums.get(w.themeId) ?? 0) + w.weight);
  }
  let best: { id: string; sum: number } | null = null;
  // Themes in lexicon order, so a tie goes to the theme listed first, the same every time.
  for (const theme of data.themes) {
    const sum = sums.get(theme.id) ?? 0;
    if (sum > 0 && (best === null || sum > best.sum + 1e-12)) best = { id: theme.id, sum };
  }
  return best === null ? null : (data.themes.find((t) => t.id === best.id)?.label ?? best.id);
}

const MAX_QUOTE = 240;

/** A quote's first sentence, shortened at a word if still long: a caption quotes, the panels give the whole text. */
export function firstSentence(text: string | undefined): string | null {
  if (text === undefined) return null;
  const sentence = /^.+?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  const cut = sentence.slice(0, MAX_QUOTE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)).trimEnd()}…`;
}

/** Every figure a caption can state for this step. */
export function stepFacts(data: FactsData, state: StepState, clock: DataClock): StepFacts {
  const year = viewYear(state, clock);
  const scope: [number, number] = state.range ?? [year, year];
  const articleIds = new Set(data.articles.filter((a) => yearInRange(a.year, scope)).map((a) => a.id));
  const themes = state.themes ?? [];
  const quoteInScope = (q: { articleId: string; themes: readonly string[] }) =>
    articleIds.has(q.articleId) && (themes.length === 0 || q.themes.some((t) => themes.includes(t)));

  let quoteCount = 0;
  let expertCount = 0;
  for (const expert of data.experts) {
    const quotes = expert.quotes.filter(quoteInScope).length;
    quoteCount += quotes;
    // With a theme filter an expert counts when quoted on it; without, when present in an article in scope.
    const present = themes.length > 0 ? quotes > 0 : expert.articles.some((a) => articleIds.has(a));
    if (present) expertCount += 1;
  }

  const expert = state.selectedExpert === undefined ? undefined : data.experts.find((e) => e.id === state.selectedExpert);
  const country = state.selectedCountry === undefined ? undefined : data.countries.find((c) => c.iso3 === state.selectedCountry);
  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));

  return {
    year,
    scope,
    ...membershipFacts(data, year, clock.asOf),
    summit: data.summits.find((s) => s.year === year) ?? null,
    articleCount: articleIds.size,
    expertCount,
    quoteCount,
    topTheme: topThemeOf(data, articleIds),
    themeLabels: themes.map((t) => themeLabel.get(t) ?? t),
    expertName: expert?.name ?? null,
    expertQuoteCount: expert === undefined ? 0 : expert.quotes.filter((q) => articleIds.has(q.articleId)).length,
    expertQuote: expert === undefined ? null : firstSentence(expert.quotes.find((q) => q.kind === 'direct' && quoteInScope(q))?.text),
    countryName: country?.name ?? state.selectedCountry ?? null,
    countryStatus: country === undefined ? null : statusInYear(country, year, clock.asOf),
  };
}

/** "1 article", "2 articles". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

