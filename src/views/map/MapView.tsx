import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDataIndexIfLoaded, useMapClock, useMapData } from '../../state/data';
import { useAtlasStore } from '../../state/store';
import { markMapDrawn } from '../../state/paintOrder';
import { appliedColorTheme, useColorThemeStore } from '../../state/colorTheme';
import { LoadingState } from '../../components/LoadingState';
import { Tooltip } from '../../components/Tooltip';
import { YearSlider } from '../../components/YearSlider';
import { useElementSize } from '../../components/useElementSize';
import { FIRST_YEAR } from '../../model/years';
import { formatPartialDate } from '../../model/partialDate';
import { CountryDetails } from './CountryDetails';
import { CountryFinder } from './CountryFinder';
import { CountryTooltip } from './CountryTooltip';
import { EarlyMap } from './EarlyMap';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { NO_RELATIONS, scopeWords } from '../../model/countryRelations';
import { countPhrases } from './legendCounts';
import { anchorPoint, countryBasePoint, MAX_ZOOM, MIN_ZOOM } from './projection';
import { classLabel } from './statusScale';
import { useMapFraming } from './useMapFraming';
import { splitKey, useMapModel } from './useMapModel';
import { useMapYear } from './useMapYear';
import { useOverlayBoxes } from './useOverlayBoxes';
import { startsOpen, YearChanges } from './YearChanges';
import { prepareFirstDraw } from './preparedOutlines';
import { useWorldShapes, worldShapesResource } from './worldShapesResource';
import './map.css';

/** The map's size where the browser cannot measure (jsdom in component tests). */
const MAP_TEST_SIZE = { width: 960, height: 540 };

// Start downloading the outlines as soon as this chunk runs, in parallel with the first render.
void worldShapesResource().catch(() => undefined);

/** For the shell, which renders the map once its outlines are in: settles when they have loaded or failed (the view shows a failure itself). */
export function whenOutlinesLoaded(): Promise<void> {
  return worldShapesResource().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * For the shell, before the map's first render: the outlines' paths for the stage the loading shell
 * laid out, and the label sites of `named`, made a few at a time (preparedOutlines.ts). Settles
 * when done, or at once when the outlines failed (the view shows that itself).
 */
export function whenReadyToDraw(named: readonly string[]): Promise<void> {
  return worldShapesResource().then(
    (shapes) => prepareFirstDraw(shapes, named),
    () => undefined,
  );
}

const NO_COUNTRIES: readonly string[] = [];
const MARK_KINDS = { membership: 'Membership changed', article: 'Article published' };
const ZOOM_STEP = 1.6;

interface PointedCountry {
  iso3: string;
  /** Pointer position within the map stage, px. */
  x: number;
  y: number;
}

/** The membership map: status by year, legend with counts, year slider, country list, details panel. */
export default function MapView() {
  // The map file until the core is in (then the core): the details wait for the core's index.
  const data = useMapData();
  const index = useDataIndexIfLoaded();
  const clock = useMapClock();
  const shapes = useWorldShapes();
  const { storeYear, selected, mapZoom, hoveredElsewhere, spotlight, range, themes } = useAtlasStore(
    useShallow((s) => ({
      storeYear: s.year,
      selected: s.selectedCountry,
      mapZoom: s.mapZoom,
      hoveredElsewhere: s.hoveredCountry,
      spotlight: s.spotlight,
      range: s.range,
      themes: s.themes,
    })),
  );
  const { setYear, selectCountry, selectExpert, setMapZoom, setHoveredCountry } = useAtlasStore.getState();
  const { lastYear, asOf } = clock;
  const { year, playing, onYearChange, onPlayingChange } = useMapYear(storeYear, lastYear, setYear);
  // Experts and quotes are counted in the store's years and themes, as the network and the table count them.
  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  const themeKey = [...themes].sort().join(',');
  const scope = useMemo(() => ({ range: from === null || to === null ? null : ([from, to] as const), themes: themeKey === '' ? [] : themeKey.split(',') }), [from, to, themeKey]);
  const scopeText = scopeWords(scope.range, scope.themes.map((t) => index?.themeById.get(t)?.label ?? t));
  const { membership, counts, changes, sentence, marks, relationsOf, sources, directory, nameOf, markers, classes, candidates, ownCandidates, unverified } = useMapModel(data, shapes, year, clock, scope);

  const [changesStartOpen] = useState(startsOpen);
  const stageRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageRef, MAP_TEST_SIZE, { afterLayout: true });
  const width = size?.width ?? 0;
  const height = size?.height ?? 0;
  const { projection, framing, storeFraming, zoomBy } = useMapFraming({ width, height, mapZoom, selected, markers, shapes, spotlight: spotlight?.countries ?? null });
  // Outlined and named only once the map shows the year the step is about: not Belarus as a member in 2020.
  const marked = spotlight !== null && spotlight.year === year ? spotlight.countries : NO_COUNTRIES;
  // The controls over the map change size with the theme (the projector's type is larger).
  const theme = useColorThemeStore(appliedColorTheme);
  const labelObstacles = useOverlayBoxes(stageRef, `${width}x${height}|${selected ?? ''}|${theme}`);
  // Keyed by content: a year step that names the same countries keeps the request (and the placed names).
  const changedKey = changes.map((c) => c.iso3).join(',');
  const labelRequest = useMemo(
    () => ({
      spotlight: new Set(marked),
      selected,
      changed: new Set(splitKey(changedKey)),
      members: new Set([...classes].filter(([, c]) => c === 'member').map(([iso3]) => iso3)),
      nameOf: (iso3: string) => nameOf.get(iso3) ?? iso3,
    }),
    [marked, selected, changedKey, classes, nameOf],
  );
  // The finder reads a status only for the options it lists; it changes when a class does.
  const describeCountry = useCallback((iso3: string) => {
    const mapClass = classes.get(iso3) ?? 'none';
    return mapClass === 'none' ? 'no status' : classLabel(mapClass).toLowerCase();
  }, [classes]);

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
  // The shell holds back the other views until the outlines are on screen (src/app/AfterMap.tsx).
  const drawn = size !== null;
  useEffect(() => {
    if (drawn) markMapDrawn();
  }, [drawn]);
  useEffect(() => {
    if (selected !== null && focusDetails.current) headingRef.current?.focus();
    focusDetails.current = false;
  }, [selected]);

  const tooltipTarget =
    pointed ?? (preview !== null ? { iso3: preview, ...anchorPoint(countryBasePoint(preview, projection, markers, shapes), projection, framing, width, height) } : null);

  const when = year === lastYear ? `as of ${formatPartialDate(data.referenceAsOf)}` : 'at the end of the year';
  const legendTitle = `Legend: countries by status, ${year} (${when})`;
  const selectedName = selected === null ? null : (nameOf.get(selected) ?? selected);
  return (
    <div className={playing ? 'map-view map-view--playing' : 'map-view'}>
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
          describe={describeCountry}
          onSelect={onSelectCountry}
          onPreview={onPreview}
          inputRef={finderRef}
        />
      </header>
      <MapLegend title={legendTitle} counts={counts} unverified={unverified.size} ownCandidates={ownCandidates.size} />
      <div className="map-view__stage" ref={stageRef}>
        {/* Before the stage is measured: only ever painted by index.html's loading shell (EarlyMap.tsx). */}
        {size === null && <EarlyMap classes={classes} candidates={candidates} markers={markers} />}
        {size !== null && (
          <MapCanvas
            width={width}
            height={height}
            projection={projection}
            shapes={shapes}
            classes={classes}
            candidates={candidates}
            ownCandidates={ownCandidates}
            unverified={unverified}
            markers={markers}
            selected={selected}
            highlighted={pointed?.iso3 ?? preview ?? hoveredElsewhere}
            spotlight={marked}
            framing={framing}
            labelRequest={labelRequest}
            labelObstacles={labelObstacles}
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
              relations={relationsOf(tooltipTarget.iso3)}
              sources={sources}
            />
          </Tooltip>
        )}
        {selected !== null && index === null && (
          <div className="country-details">
            <LoadingState label={`Loading the details of ${selectedName ?? selected}…`} />
          </div>
        )}
        {selected !== null && selectedName !== null && index !== null && (
          <CountryDetails
            key={selected}
            name={selectedName}
            year={year}
            country={index.countryByIso3.get(selected)}
            inYear={membership.get(selected)}
            relations={relationsOf(selected) ?? NO_RELATIONS}
            scope={scopeText}
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
      <div className="map-view__time">
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
        <YearChanges year={year} changes={changes} onSelectCountry={onSelectCountry} onHoverCountry={setHoveredCountry} startOpen={changesStartOpen} />
      </div>
    </div>
  );
}
