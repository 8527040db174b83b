import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { geoPath } from 'd3-geo';
import { useShallow } from 'zustand/react/shallow';
import { useData, useDataIndex } from '../../state/data';
import { useAtlasStore } from '../../state/store';
import { Tooltip } from '../../components/Tooltip';
import { YearSlider, type YearChangeSource } from '../../components/YearSlider';
import { CountryDetails } from './CountryDetails';
import { CountryFinder } from './CountryFinder';
import { CountryTooltip } from './CountryTooltip';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapSummary } from './MapSummary';
import { countryDirectory } from './countryDirectory';
import { countryRelations, NO_RELATIONS } from './countryRelations';
import { legendCounts, summarySentence, countPhrases } from './legendCounts';
import { membershipChanges, yearMarks } from './mapYears';
import { hasOpenCandidacy, membershipInYear } from '../../model/membershipInYear';
import { countryFraming, DEFAULT_FRAMING, eurasiaProjection, framingToStore, MAX_ZOOM, MIN_ZOOM, toScreen, type MapFraming } from './projection';
import { smallStateMarkers } from './smallStates';
import { asOfDay } from '../../model/statusInYear';
import { classLabel, mapClassOf, type MapClass } from './statusScale';
import { useElementSize } from '../../components/useElementSize';
import { useWorldShapes, worldShapesResource } from './worldShapesResource';
import './map.css';
import { FIRST_YEAR, currentYear } from '../../model/years';
import { formatPartialDate } from '../../model/partialDate';

/** The map's size where the browser cannot measure (jsdom in component tests). */
const MAP_TEST_SIZE = { width: 960, height: 540 };

// Start downloading the outlines as soon as this chunk runs, in parallel with the first render.
void worldShapesResource().catch(() => undefined);

const MARK_KINDS = { membership: 'Membership changed', article: 'Article published' };
const ZOOM_STEP = 1.6;
/** Keep in step with .country-details { width } in map.css. */
const DETAILS_PANEL_WIDTH = 380;

interface PointedCountry {
  iso3: string;
  /** Pointer position within the map stage, px. */
  x: number;
  y: number;
}

/** The membership map: status by year, legend with counts, year slider, country list, details panel. */
export default function MapView() {
  const data = useData();
  const index = useDataIndex();
  const shapes = useWorldShapes();
  const { storeYear, selected, mapZoom, hoveredElsewhere } = useAtlasStore(
    useShallow((s) => ({ storeYear: s.year, selected: s.selectedCountry, mapZoom: s.mapZoom, hoveredElsewhere: s.hoveredCountry })),
  );
  const { setYear, selectCountry, selectExpert, setMapZoom, setHoveredCountry } = useAtlasStore.getState();

  // "Today" for the current year; fixed for the session so that the map does not change under the viewer at midnight.
  const [today] = useState(() => new Date());
  const asOf = useMemo(() => asOfDay(data.referenceAsOf, today), [data.referenceAsOf, today]);
  const lastYear = currentYear(data.referenceAsOf, today);
  // While the year plays, it stays here and reaches the store (and the URL) when playback stops:
  // one history entry per play instead of one per year, and other views are not re-rendered each step.
  const [playbackYear, setPlaybackYearState] = useState<number | null>(null);
  const playbackYearRef = useRef<number | null>(null);
  const setPlaybackYear = useCallback((next: number | null) => {
    playbackYearRef.current = next;
    setPlaybackYearState(next);
  }, []);
  const year = Math.min(lastYear, Math.max(FIRST_YEAR, playbackYear ?? storeYear ?? lastYear));

  const membership = useMemo(() => membershipInYear(data, year, asOf), [data, year, asOf]);
  const counts = useMemo(() => legendCounts(membership), [membership]);
  const sentence = summarySentence(year, counts);
  const marks = useMemo(() => {
    const changes = membershipChanges(data.countries, FIRST_YEAR, lastYear, asOf);
    return yearMarks(
      changes,
      data.articles.map((a) => a.year),
      FIRST_YEAR,
      lastYear,
    );
  }, [data, lastYear, asOf]);
  const relations = useMemo(() => countryRelations(data), [data]);
  const sources = useMemo(() => new Map(data.sources.map((s) => [s.id, s])), [data.sources]);
  const directory = useMemo(() => countryDirectory(data.countries, shapes), [data.countries, shapes]);
  const nameOf = useMemo(() => new Map(directory.map((e) => [e.iso3, e.name])), [directory]);
  const markers = useMemo(() => smallStateMarkers(data.countries.map((c) => c.iso3), shapes), [data.countries, shapes]);

  const classes = useMemo(() => {
    const map = new Map<string, MapClass>();
    for (const [iso3, c] of membership) map.set(iso3, mapClassOf(c.status));
    return map;
  }, [membership]);
  const candidates = useMemo(() => new Set([...membership.values()].filter(hasOpenCandidacy).map((c) => c.iso3)), [membership]);

  // ----- size, projection, framing -----
  const stageRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageRef, MAP_TEST_SIZE);
  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  const projection = useMemo(() => eurasiaProjection(Math.max(1, width), Math.max(1, height)), [width, height]);
  const home = DEFAULT_FRAMING;
  const [zoomLon, zoomLat, zoomK] = mapZoom ?? [null, null, null];
  const framing = useMemo<MapFraming>(
    () => (zoomLon === null || zoomLat === null || zoomK === null ? home : { center: [zoomLon, zoomLat], zoom: zoomK }),
    [home, zoomLon, zoomLat, zoomK],
  );
  const storeFraming = useCallback(
    (next: MapFraming) => {
      const stored = framingToStore(next, home);
      const current = useAtlasStore.getState().mapZoom;
      if (stored === null ? current !== null : current === null || stored.some((v, i) => v !== current[i])) setMapZoom(stored);
    },
    [home, setMapZoom],
  );

  // ----- zoom to a country when the selection changes (here or in another view) -----
  // A selection that comes with its own framing (a story step, a shared link, back/forward) keeps it.
  const previousSelected = useRef(selected);
  const previousZoom = useRef(mapZoom);
  useEffect(() => {
    const selectionChanged = previousSelected.current !== selected;
    const zoomChanged = previousZoom.current !== mapZoom;
    previousSelected.current = selected;
    previousZoom.current = mapZoom;
    if (!selectionChanged || zoomChanged || selected === null || width === 0) return;
    const marker = markers.find((m) => m.iso3 === selected);
    const shape = shapes.find((s) => s.iso3 === selected);
    const target = marker !== undefined ? { point: marker.coordinates } : shape !== undefined ? { feature: shape.feature } : null;
    // The details panel covers the right of the map (see .country-details in map.css).
    const panel = Math.min(DETAILS_PANEL_WIDTH, width * 0.46) + 20;
    const next = target === null ? null : countryFraming(projection, width, height, target, { left: 0, right: Math.max(width / 3, width - panel) });
    if (next !== null) storeFraming(next);
  }, [selected, mapZoom, markers, shapes, projection, width, height, storeFraming]);

  // ----- hover and keyboard preview -----
  const [pointed, setPointed] = useState<PointedCountry | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const onPointCountry = useCallback(
    (iso3: string | null, clientX: number, clientY: number) => {
      const rect = stageRef.current?.getBoundingClientRect();
      setPointed(iso3 === null || rect === undefined ? null : { iso3, x: clientX - rect.left, y: clientY - rect.top });
      if (useAtlasStore.getState().hoveredCountry !== iso3) setHoveredCountry(iso3);
    },
    [setHoveredCountry],
  );
  const onPreview = useCallback(
    (iso3: string | null) => {
      setPreview(iso3);
      setHoveredCountry(iso3);
    },
    [setHoveredCountry],
  );

  // ----- selection and the details panel -----
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finderRef = useRef<HTMLInputElement>(null);
  const closeDetails = useCallback(() => {
    selectCountry(null);
    // Focus would otherwise fall to the page's start when the panel (and its focused button) goes.
    finderRef.current?.focus();
  }, [selectCountry]);
  const focusDetails = useRef(false);
  const onSelectCountry = useCallback(
    (iso3: string) => {
      focusDetails.current = true;
      selectCountry(iso3);
    },
    [selectCountry],
  );
  useEffect(() => {
    if (selected !== null && focusDetails.current) headingRef.current?.focus();
    focusDetails.current = false;
  }, [selected]);

  const [playing, setPlaying] = useState(false);
  const onYearChange = useCallback(
    (next: number, source: YearChangeSource) => {
      if (source === 'playback') {
        setPlaybackYear(next);
      } else {
        setPlaybackYear(null);
        setYear(next);
      }
    },
    [setYear, setPlaybackYear],
  );
  const onPlayingChange = useCallback(
    (nowPlaying: boolean) => {
      setPlaying(nowPlaying);
      const played = playbackYearRef.current;
      if (!nowPlaying && played !== null) {
        setYear(played);
        setPlaybackYear(null);
      }
    },
    [setYear, setPlaybackYear],
  );

  const tooltipTarget = pointed ?? (preview !== null ? { iso3: preview, ...anchorPoint(preview) } : null);
  // Where a country sits on screen, for a tooltip opened from the keyboard (computed for that one country only).
  function anchorPoint(iso3: string): { x: number; y: number } {
    const marker = markers.find((m) => m.iso3 === iso3);
    const shape = shapes.find((s) => s.iso3 === iso3);
    const base = marker !== undefined ? projection(marker.coordinates) : shape !== undefined ? geoPath(projection).centroid(shape.feature) : null;
    const screen = base === null ? null : toScreen([base[0], base[1]], projection, framing, width, height);
    return screen === null || !screen.every(Number.isFinite) ? { x: width / 2, y: height / 2 } : { x: screen[0], y: screen[1] };
  }

  const when = year === lastYear ? `as of ${formatPartialDate(data.referenceAsOf)}` : 'at the end of the year';
  const legendTitle = `Legend: countries by status, ${year} (${when})`;
  const selectedName = selected === null ? null : (nameOf.get(selected) ?? selected);
  const zoomBy = (factor: number) =>
    storeFraming({ center: framing.center, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, framing.zoom * factor)) });

  return (
    <div className="map-view">
      <header className="map-view__header">
        <div className="map-view__title">
          <h2>
            SCO membership <span className="map-view__year">{year}</span>
            <span className="map-view__when">{when}</span>
          </h2>
          {/* The legend shows the same counts; the sentence is for screen readers, quiet while the year plays. */}
          <p className="visually-hidden" aria-live={playing ? 'off' : 'polite'}>
            {sentence}
          </p>
        </div>
        <CountryFinder
          entries={directory}
          describe={(iso3) => {
            const status = membership.get(iso3)?.status ?? null;
            return status === null ? 'no status' : classLabel(status).toLowerCase();
          }}
          onSelect={onSelectCountry}
          onPreview={onPreview}
          inputRef={finderRef}
        />
      </header>
      <MapLegend title={legendTitle} counts={counts} />
      <div className="map-view__stage" ref={stageRef}>
        {size !== null && (
          <MapCanvas
            width={width}
            height={height}
            projection={projection}
            shapes={shapes}
            classes={classes}
            candidates={candidates}
            markers={markers}
            selected={selected}
            highlighted={pointed?.iso3 ?? preview ?? hoveredElsewhere}
            framing={framing}
            label={`World map of SCO status. ${sentence}`}
            onMoveEnd={storeFraming}
            onPointCountry={onPointCountry}
            onSelectCountry={onSelectCountry}
          />
        )}
        <div className="map-view__zoom" role="group" aria-label="Map zoom">
          <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in" disabled={framing.zoom >= MAX_ZOOM}>
            +
          </button>
          <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out" disabled={framing.zoom <= MIN_ZOOM}>
            −
          </button>
          <button type="button" onClick={() => setMapZoom(null)} disabled={mapZoom === null} className="map-view__reset">
            Reset view
          </button>
        </div>
        <p className="map-view__borders">Borders are de facto lines: India, Pakistan and China all claim parts of Kashmir.</p>
        {tooltipTarget !== null && (
          <Tooltip x={tooltipTarget.x} y={tooltipTarget.y} containerWidth={width} containerHeight={height}>
            <CountryTooltip
              name={nameOf.get(tooltipTarget.iso3) ?? tooltipTarget.iso3}
              year={year}
              inYear={membership.get(tooltipTarget.iso3)}
              relations={relations.get(tooltipTarget.iso3) ?? NO_RELATIONS}
            />
          </Tooltip>
        )}
        {selected !== null && selectedName !== null && (
          <CountryDetails
            key={selected}
            iso3={selected}
            name={selectedName}
            year={year}
            country={index.countryByIso3.get(selected)}
            inYear={membership.get(selected)}
            relations={relations.get(selected) ?? NO_RELATIONS}
            index={index}
            sources={sources}
            firstYear={FIRST_YEAR}
            lastYear={lastYear}
            asOf={asOf}
            onClose={closeDetails}
            onSelectExpert={selectExpert}
            headingRef={headingRef}
          />
        )}
      </div>
      <YearSlider
        label="Year"
        min={FIRST_YEAR}
        max={lastYear}
        value={year}
        onChange={onYearChange}
        marks={marks}
        markKinds={MARK_KINDS}
        valueText={(y) => (y === year ? `${y}: ${countPhrases(counts).join(', ') || 'no SCO status held'}` : String(y))}
        onPlayingChange={onPlayingChange}
      />
      <MapSummary year={year} membership={membership} />
    </div>
  );
}
