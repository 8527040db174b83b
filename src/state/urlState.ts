import { DEFAULT_VIEW_STATE, VIEW_IDS, type ViewId, type ViewState } from './viewState';

/** Years the app can show: the Shanghai Five (1996) to well past today. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function parseYear(raw: string | null): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function parseIso3(raw: string | null): string | null {
  return raw !== null && /^[A-Za-z]{3}$/.test(raw) ? raw.toUpperCase() : null;
}

function parseId(raw: string | null): string | null {
  return raw !== null && /^[a-z0-9][a-z0-9-]{0,80}$/.test(raw) ? raw : null;
}

function parseZoom(raw: string | null): [number, number, number] | null {
  if (raw === null) return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || zoom < 1 || zoom > 16) return null;
  return [lon, lat, zoom];
}

/** "all", or a count of experts (1 to 999,999). */
function parseExpertLimit(raw: string | null): ViewState['networkExperts'] {
  if (raw === 'all') return 'all';
  return raw !== null && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** Reads a query string into a full view state; anything malformed falls back to its default. */
export function queryToViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = parseYear(params.get('from'));
  const to = parseYear(params.get('to'));
  const focus = params.get('view');
  const stepRaw = params.get('step');
  const step = stepRaw !== null && /^\d{1,3}$/.test(stepRaw) ? Number(stepRaw) : null;
  const themes = (params.get('themes') ?? '')
    .split(',')
    .map((t) => parseId(t))
    .filter((t): t is string => t !== null);
  return {
    year: parseYear(params.get('year')),
    range: from !== null && to !== null ? [Math.min(from, to), Math.max(from, to)] : null,
    selectedCountry: parseIso3(params.get('country')),
    selectedExpert: parseId(params.get('expert')),
    themes: [...new Set(themes)],
    focus: VIEW_IDS.includes(focus as ViewId) ? (focus as ViewId) : null,
    mapZoom: parseZoom(params.get('zoom')),
    networkExperts: parseExpertLimit(params.get('experts')),
    step,
    story: parseId(params.get('story')),
  };
}

function roundTo(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Writes only what differs from the defaults, in a fixed order, so equal states give equal links. */
export function viewStateToQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set('year', String(state.year));
  if (state.range !== null) {
    params.set('from', String(state.range[0]));
    params.set('to', String(state.range[1]));
  }
  if (state.selectedCountry !== null) params.set('country', state.selectedCountry);
  if (state.selectedExpert !== null) params.set('expert', state.selectedExpert);
  if (state.themes.length > 0) params.set('themes', [...state.themes].sort().join(','));
  if (state.focus !== null) params.set('view', state.focus);
  if (state.mapZoom !== null) {
    const [lon, lat, zoom] = state.mapZoom;
    params.set('zoom', [roundTo(lon, 2), roundTo(lat, 2), roundTo(zoom, 2)].join(','));
  }
  if (state.networkExperts !== null) params.set('experts', String(state.networkExperts));
  if (state.step !== null) params.set('step', String(state.step));
  if (state.story !== null) params.set('story', state.story);
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}

export function isDefaultViewState(state: ViewState): boolean {
  return viewStateToQuery(state) === viewStateToQuery(DEFAULT_VIEW_STATE);
}
