/**
 * The data behind each view, as the view shows it for the store's state, as tables for CSV and JSON
 * export (dataWriters.ts writes the files).
 * Each table is computed from sco.json with the views' own pure modules, so an export never
 * disagrees with what is on screen: the map's membershipInYear, the timeline's themeYearCells, the
 * network's buildNetwork + filterNetwork.
 */
import { yearInRange } from '../../model/dataIndex';
import type { ScoData } from '../../model/schema';
import type { Cell } from '../../model/csv';
import type { ViewId, ViewState } from '../../state/viewState';
import { membershipInYear } from '../../model/membershipInYear';
import { describeEmptyNetwork, filterNetwork, hasExperts, networkFilters, NO_EXPERTS_MATCH } from '../../model/networkFilter';
import { buildNetwork } from '../../model/networkGraph';
import { themeYearCells } from '../../model/themeYears';
import { viewYear, type DataClock } from '../../model/dataClock';
import type { DataIndex } from '../../model/dataIndex';
import { joinWithAnd } from '../../model/englishList';
import { formatPartialDate } from '../../model/partialDate';

export type { Cell };

export interface DataTable {
  columns: string[];
  rows: Cell[][];
}

export interface ViewExport {
  view: ViewId;
  /** The figure's title: what and when, e.g. "SCO membership at the end of 2017". */
  title: string;
  /** "SCO Atlas · data as of 1 September 2025 · sources: …". */
  sourceLine: string;
  /** The filters that shaped the data, for the JSON file. */
  filters: Record<string, Cell | Cell[]>;
  tables: Record<string, DataTable>;
}

type ExportState = Pick<ViewState, 'year' | 'range' | 'themes' | 'selectedCountry' | 'selectedExpert'>;

function yearsLabel(range: readonly [number, number] | null, allYears: readonly number[]): string {
  const span = range ?? (allYears.length === 0 ? null : [allYears[0] ?? 0, allYears[allYears.length - 1] ?? 0]);
  if (span === null) return 'no articles yet';
  return span[0] === span[1] ? String(span[0]) : `${span[0]}–${span[1]}`;
}

function atlasPrefix(data: Pick<ScoData, 'referenceAsOf'>): string {
  return `SCO Atlas · data as of ${formatPartialDate(data.referenceAsOf)}`;
}

/** "Global Times (16 September 2022); The Astana Times (July 2024)", or a count when there are many. */
function articleSources(data: Pick<ScoData, 'articles'>, range: readonly [number, number] | null): string {
  const articles = data.articles.filter((a) => yearInRange(a.year, range));
  if (articles.length === 0) return 'no articles in these years';
  if (articles.length <= 3) return articles.map((a) => `${a.outlet} (${formatPartialDate(a.published)})`).join('; ');
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort((a, b) => a.localeCompare(b, 'en'));
  const named = outlets.length <= 4 ? joinWithAnd(outlets) : `${outlets.slice(0, 4).join(', ')} and ${outlets.length - 4} more outlets`;
  return `${articles.length} articles from ${named}`;
}

// ---------- map ----------

export function mapExport(data: ScoData, state: ExportState, clock: DataClock): ViewExport {
  const year = viewYear(state, clock);
  const membership = membershipInYear(data, year, clock.asOf);
  const rows: Cell[][] = [];
  const cited = new Set<string>();
  for (const country of [...membership.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (country.status === null && country.candidacies.length === 0) continue;
    for (const id of country.period?.sources ?? []) cited.add(id);
    rows.push([
      country.iso3,
      country.name,
      country.status ?? 'none',
      country.period?.from ?? null,
      country.candidacies.length > 0,
      [...new Set(country.candidacies.map((c) => c.articleId))].join(' '),
      (country.period?.sources ?? []).join(' '),
    ]);
  }
  const publishers = [...new Set(data.sources.filter((s) => cited.has(s.id)).map((s) => s.publisher))];
  const named = publishers.length <= 3 ? publishers.join(', ') : `${publishers.slice(0, 3).join(', ')} and others`;
  // The current year is not over: say which day the reference data speaks for, as the map's legend does.
  const when = year === clock.lastYear ? `in ${year}, as of ${formatPartialDate(data.referenceAsOf)}` : `at the end of ${year}`;
  return {
    view: 'map',
    title: `SCO membership ${when}`,
    sourceLine: `${atlasPrefix(data)} · sources: ${cited.size} cited reports on SCO status${named === '' ? '' : ` (${named})`}`,
    filters: { year },
    tables: {
      countries: {
        columns: ['iso3', 'country', 'status', 'status_since', 'named_as_candidate', 'candidate_articles', 'status_sources'],
        rows,
      },
    },
  };
}

// ---------- timeline ----------

/** `shownYears`: the years the timeline's axis shows (no range chosen), so the title names the grid's years. */
export function timelineExport(data: ScoData, index: Pick<DataIndex, 'articleYears'>, state: ExportState, shownYears: readonly [number, number] | null = null): ViewExport {
  const cells = themeYearCells(data);
  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));
  const chosen = new Set(state.themes);
  const rows: Cell[][] = [];
  for (const cell of cells.values()) {
    if (!yearInRange(cell.year, state.range)) continue;
    rows.push([
      cell.year,
      cell.themeId,
      themeLabel.get(cell.themeId) ?? cell.themeId,
      Number(cell.weight.toFixed(4)),
      cell.articleCount,
      cell.scoredArticleCount,
      cell.quotes.length,
      chosen.size === 0 || chosen.has(cell.themeId),
    ]);
  }
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  const years = yearsLabel(state.range ?? shownYears, index.articleYears);
  return {
    view: 'timeline',
    title: `Themes in expert commentary on the SCO, ${years}`,
    sourceLine: `${atlasPrefix(data)} · weights from the theme lexicon · sources: ${articleSources(data, state.range)}`,
    filters: { from: state.range?.[0] ?? null, to: state.range?.[1] ?? null, themes: [...state.themes] },
    tables: {
      themeWeights: {
        columns: ['year', 'theme_id', 'theme', 'weight', 'articles_with_theme', 'articles_scored', 'quotes', 'chosen'],
        rows,
      },
    },
  };
}

// ---------- network ----------

export function networkExport(data: ScoData, index: Pick<DataIndex, 'articleYears'>, state: ExportState): ViewExport {
  const graph = filterNetwork(buildNetwork(data, state.range), networkFilters(data, { range: state.range, themes: state.themes, country: state.selectedCountry }));
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const themeLabels = state.themes.map((t) => data.themes.find((x) => x.id === t)?.label ?? t);
  const countryName = state.selectedCountry === null ? null : (data.countries.find((c) => c.iso3 === state.selectedCountry)?.name ?? state.selectedCountry);
  const years = yearsLabel(state.range, index.articleYears);
  const narrowed = [themeLabels.length > 0 ? `on ${joinWithAnd(themeLabels)}` : '', countryName === null ? '' : `from or about ${countryName}`].filter((s) => s !== '');
  // An empty result is a finding, not a blank file: the data says so in words, as the figure does.
  const empty: Record<string, DataTable> = hasExperts(graph)
    ? {}
    : { note: { columns: ['note'], rows: [[`${NO_EXPERTS_MATCH} ${describeEmptyNetwork({ themeLabels, countryName, range: state.range })}`]] } };
  return {
    view: 'network',
    title: `Experts, themes and countries, ${years}${narrowed.length > 0 ? ` (${narrowed.join(', ')})` : ''}${hasExperts(graph) ? '' : ': no experts match these filters'}`,
    sourceLine: `${atlasPrefix(data)} · sources: ${articleSources(data, state.range)}`,
    filters: { from: state.range?.[0] ?? null, to: state.range?.[1] ?? null, themes: [...state.themes], country: state.selectedCountry, expert: state.selectedExpert },
    tables: {
      nodes: {
        columns: ['id', 'kind', 'ref', 'label', 'size'],
        rows: graph.nodes.map((n) => [n.id, n.kind, n.ref, n.label, n.size]),
      },
      links: {
        columns: ['kind', 'source', 'source_label', 'target', 'target_label', 'weight', 'articles'],
        rows: graph.links.map((l) => [l.kind, l.source, labelOf.get(l.source) ?? l.source, l.target, labelOf.get(l.target) ?? l.target, l.weight, l.articles]),
      },
      ...empty,
    },
  };
}

export function viewExport(
  view: ViewId,
  data: ScoData,
  index: Pick<DataIndex, 'articleYears'>,
  state: ExportState,
  clock: DataClock,
  shownYears: readonly [number, number] | null = null,
): ViewExport {
  if (view === 'map') return mapExport(data, state, clock);
  if (view === 'timeline') return timelineExport(data, index, state, shownYears);
  return networkExport(data, index, state);
}

/** "sco-atlas-map-2017", "sco-atlas-network-2022-2024". */
export function exportFileStem(view: ViewId, state: Pick<ViewState, 'year' | 'range'>, clock: Pick<DataClock, 'lastYear'>): string {
  if (view === 'map') return `sco-atlas-map-${viewYear(state, clock)}`;
  const years = state.range === null ? 'all-years' : state.range[0] === state.range[1] ? String(state.range[0]) : `${state.range[0]}-${state.range[1]}`;
  return `sco-atlas-${view}-${years}`;
}
