import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { ComposableMap, Geography, Marker, useMapContext, useZoomPanContext, ZoomableGroup } from 'react-simple-maps';
import type { GeoProjection } from 'd3-geo';
import type { ZoomPanCallbackProps } from 'react-simple-maps';
import { MAX_ZOOM, MIN_ZOOM, outlinePath, type MapFraming } from './projection';
import type { Box } from '../../model/labelPlacement';
import { labelSites, namedCountries, type LabelRequest } from './mapLabels';
import { MapLabels, type MapLabelsProps } from './MapLabels';
import { spreadMarkers, type SmallStateMarker } from './smallStates';
import { SpotlightOutlines, SpotlightRings } from './MapSpotlight';
import { preparedPaths } from './preparedOutlines';
import type { MapClass } from './statusScale';
import type { WorldShape } from './worldShapes';

export interface MapCanvasProps {
  width: number;
  height: number;
  projection: GeoProjection;
  shapes: readonly WorldShape[];
  /** Each country's class this year; countries missing from the map have no status. */
  classes: ReadonlyMap<string, MapClass>;
  /** Countries named as candidates up to this year: drawn hatched. */
  candidates: ReadonlySet<string>;
  /** Candidates named in the person's own articles: outlined in the "yours" colour. */
  ownCandidates: ReadonlySet<string>;
  /** Countries whose status this year rests on weak sources only: drawn with a dashed outline. */
  unverified: ReadonlySet<string>;
  markers: readonly SmallStateMarker[];
  selected: string | null;
  /** Outlined: hovered here, focused in the country list, or hovered in another view. */
  highlighted: string | null;
  /** What a story step is about: outlined with a glow (the names come with the other labels, in labelRequest). */
  spotlight: readonly string[];
  framing: MapFraming;
  /** Which countries get their name on the map. */
  labelRequest: LabelRequest;
  /** Screen boxes of the controls drawn over the map, which names must not hide under. */
  labelObstacles: readonly Box[];
  /** The map's accessible name (role="img"): what it shows this year. */
  label: string;
  onMoveEnd: (framing: MapFraming) => void;
  /** A country under the pointer (null when it leaves every country), with the pointer's client position. */
  onPointCountry: (iso3: string | null, clientX: number, clientY: number) => void;
  onSelectCountry: (iso3: string) => void;
}

const CANDIDATE_HATCH_ID = 'map-candidate-hatch';

function iso3At(target: EventTarget | null): string | null {
  const element = target instanceof Element ? target.closest('[data-iso3]') : null;
  return element?.getAttribute('data-iso3') ?? null;
}

/**
 * The world map: outlines coloured by class, hatched candidates, small states as markers.
 * Shapes are not focusable (the country list is the keyboard's way in) and the whole map is one
 * image for assistive technology; the country table (views/table) carries the same facts as text.
 */
export const MapCanvas = memo(function MapCanvas({ label, projection, ...zoomed }: MapCanvasProps) {
  // The name changes every year; the zoomed group and its layers only when their own props do (its
  // zoom context is a new object on each of its renders, which would draw every layer again).
  return (
    <ComposableMap width={zoomed.width} height={zoomed.height} projection={projection} className="map-canvas" role="img" aria-label={label}>
      <ZoomedMap {...zoomed} />
    </ComposableMap>
  );
});

const ZoomedMap = memo(function ZoomedMap(props: Omit<MapCanvasProps, 'label' | 'projection'>) {
  const { width, height, framing, onMoveEnd, onPointCountry, onSelectCountry } = props;
  const { shapes, classes, candidates, ownCandidates, unverified, markers, selected, highlighted, spotlight, labelRequest, labelObstacles } = props;

  const handleMoveEnd = useCallback(
    (position: ZoomPanCallbackProps) => {
      if (position.coordinates !== undefined && position.zoom !== undefined) onMoveEnd({ center: position.coordinates, zoom: position.zoom });
    },
    [onMoveEnd],
  );
  const onPointerMove = useCallback((event: PointerEvent<SVGGElement>) => onPointCountry(iso3At(event.target), event.clientX, event.clientY), [onPointCountry]);
  const onPointerLeave = useCallback((event: PointerEvent<SVGGElement>) => onPointCountry(null, event.clientX, event.clientY), [onPointCountry]);
  const onClick = useCallback(
    (event: MouseEvent<SVGGElement>) => {
      const iso3 = iso3At(event.target);
      if (iso3 !== null) onSelectCountry(iso3);
    },
    [onSelectCountry],
  );

  return (
    <ZoomableGroup center={framing.center} zoom={framing.zoom} minZoom={MIN_ZOOM} maxZoom={MAX_ZOOM} onMoveEnd={handleMoveEnd}>
      <g onPointerMove={onPointerMove} onPointerLeave={onPointerLeave} onClick={onClick}>
        {/* Only the layers' own props: a pan changes the framing, not the layers. */}
        <MapLayers
          width={width}
          height={height}
          shapes={shapes}
          classes={classes}
          candidates={candidates}
          ownCandidates={ownCandidates}
          unverified={unverified}
          markers={markers}
          selected={selected}
          highlighted={highlighted}
          spotlight={spotlight}
          labelRequest={labelRequest}
          labelObstacles={labelObstacles}
        />
      </g>
    </ZoomableGroup>
  );
});

type LayerProps = Pick<
  MapCanvasProps,
  'width' | 'height' | 'shapes' | 'classes' | 'candidates' | 'ownCandidates' | 'unverified' | 'markers' | 'selected' | 'highlighted' | 'spotlight' | 'labelRequest' | 'labelObstacles'
>;

/** Everything inside the zoomed group; memoised so that panning re-renders only the zoom-aware parts. */
const MapLayers = memo(function MapLayers({ width, height, shapes, classes, candidates, ownCandidates, unverified, markers, selected, highlighted, spotlight, labelRequest, labelObstacles }: LayerProps) {
  const { projection } = useMapContext();
  const geographies = useMemo(() => {
    // Made ready before the first render for the stage the shell laid out (preparedOutlines.ts).
    const ready = preparedPaths(projection);
    const path = outlinePath(projection);
    const svgPath = (shape: WorldShape) => (ready?.has(shape.key) === true ? (ready.get(shape.key) ?? null) : path(shape.feature));
    return shapes.map((shape) => ({ shape, geography: { ...shape.feature, rsmKey: shape.key, svgPath: svgPath(shape) } }));
  }, [shapes, projection]);
  const pathOf = useMemo(
    () => new Map(geographies.flatMap((g) => (g.shape.iso3 === null || g.geography.svgPath === null ? [] : [[g.shape.iso3, g.geography.svgPath] as const]))),
    [geographies],
  );
  const markerIso3s = useMemo(() => new Set(markers.map((m) => m.iso3)), [markers]);
  // Names come a moment after the first paint (a background render): finding a country's main
  // outline costs ~0.3 ms, which the map's time-to-visible budget cannot spare. Only for the
  // countries the request may name (a long task of 60-80 ms on load when it was all 177).
  const siteProjection = useDeferredValue<GeoProjection | null>(projection, null);
  const namedKey = [...namedCountries(labelRequest)].sort().join(',');
  const sites = useMemo(
    () => (siteProjection === null ? [] : labelSites(shapes, markers, siteProjection, new Set(namedKey.split(',')))),
    [shapes, markers, siteProjection, namedKey],
  );
  const outline = (iso3: string | null, kind: string) => {
    const d = iso3 === null || markerIso3s.has(iso3) ? null : pathOf.get(iso3);
    return d === null || d === undefined ? null : <path key={kind} d={d} className={`map-outline map-outline--${kind}`} />;
  };

  // A year step changes a few countries' colours: set on those paths directly (the fill's cross-fade
  // is CSS), so the step does not re-render and compare all 177 outlines. React draws them once,
  // with the classes of the first year it shows, and never changes their class afterwards.
  const shapesRef = useRef<SVGGElement>(null);
  const [firstClasses] = useState(classes);
  // What the outlines show now: a step then touches only the countries whose class it changes.
  const applied = useRef<{ group: SVGGElement; geographies: readonly Outline[]; classes: ReadonlyMap<string, MapClass>; paths: ReadonlyMap<string, Element[]> } | null>(null);
  useLayoutEffect(() => {
    const group = shapesRef.current;
    if (group === null) return;
    const last = applied.current;
    if (last === null || last.group !== group || last.geographies !== geographies) {
      applyShapeClasses(group, classes);
      applied.current = { group, geographies, classes, paths: pathsByIso3(group) };
    } else if (last.classes !== classes) {
      applyChangedClasses(last.paths, last.classes, classes);
      applied.current = { ...last, classes };
    }
  }, [classes, geographies]);

  return (
    <>
      <ShapeLayer groupRef={shapesRef} geographies={geographies} classes={firstClasses} />
      <g className="map-candidates" aria-hidden="true">
        {[...candidates].map((iso3) => {
          const d = markerIso3s.has(iso3) ? null : pathOf.get(iso3);
          if (d === null || d === undefined) return null;
          const own = ownCandidates.has(iso3);
          return <path key={iso3} d={d} fill={`url(#${CANDIDATE_HATCH_ID})`} className={own ? 'map-candidate map-candidate--own' : 'map-candidate'} data-own={own || undefined} />;
        })}
      </g>
      <g className="map-unverified" aria-hidden="true">
        {[...unverified].map((iso3) => {
          const d = markerIso3s.has(iso3) ? null : pathOf.get(iso3);
          return d === null || d === undefined ? null : <path key={iso3} d={d} className="map-unverified__outline" data-unverified={iso3} />;
        })}
      </g>
      <g className="map-outlines" aria-hidden="true">
        {highlighted !== selected && outline(highlighted, 'highlight')}
        {outline(selected, 'selected')}
      </g>
      <SpotlightOutlines iso3s={spotlight} pathOf={pathOf} />
      <ZoomAware
        markers={markers}
        classes={classes}
        candidates={candidates}
        ownCandidates={ownCandidates}
        unverified={unverified}
        selected={selected}
        highlighted={highlighted}
        labels={{ sites, request: labelRequest, obstacles: labelObstacles, size: { width, height } }}
      />
      <SpotlightRings iso3s={spotlight} shapes={shapes} markers={markers} />
    </>
  );
});

type Outline = { shape: WorldShape; geography: WorldShape['feature'] & { rsmKey: string; svgPath: string | null } };

const SHAPE_CLASS_PREFIX = 'map-shape--';
const shapeClass = (iso3: string | null, classes: ReadonlyMap<string, MapClass>) => `${SHAPE_CLASS_PREFIX}${iso3 === null ? 'none' : (classes.get(iso3) ?? 'none')}`;

/** The outlines, one path per shape; rendered again only when the shapes or the projection change. */
const ShapeLayer = memo(function ShapeLayer({ groupRef, geographies, classes }: { groupRef: RefObject<SVGGElement | null>; geographies: readonly Outline[]; classes: ReadonlyMap<string, MapClass> }) {
  return (
    <g className="map-shapes" ref={groupRef}>
      {geographies.map(({ shape, geography }) => (
        <Geography
          key={shape.key}
          geography={geography}
          className={`map-shape ${shapeClass(shape.iso3, classes)}`}
          tabIndex={-1}
          aria-hidden="true"
          data-iso3={shape.iso3 ?? undefined}
          data-shape={shape.name}
        />
      ))}
    </g>
  );
});

/** Gives each outline in `group` its class for the year (`map-shape--member`…), touching only those that change. */
function applyShapeClasses(group: SVGGElement, classes: ReadonlyMap<string, MapClass>): void {
  for (const path of group.children) {
    const iso3 = path.getAttribute('data-iso3');
    const wanted = shapeClass(iso3, classes);
    if (path.classList.contains(wanted)) continue;
    for (const name of [...path.classList]) if (name.startsWith(SHAPE_CLASS_PREFIX)) path.classList.remove(name);
    path.classList.add(wanted);
  }
}

/** The outlines in `group` by country. */
function pathsByIso3(group: SVGGElement): Map<string, Element[]> {
  const paths = new Map<string, Element[]>();
  for (const path of group.children) {
    const iso3 = path.getAttribute('data-iso3');
    if (iso3 !== null) paths.set(iso3, [...(paths.get(iso3) ?? []), path]);
  }
  return paths;
}

/** As applyShapeClasses, for the countries whose class differs between `before` and `after` only. */
function applyChangedClasses(paths: ReadonlyMap<string, readonly Element[]>, before: ReadonlyMap<string, MapClass>, after: ReadonlyMap<string, MapClass>): void {
  const changed = new Set<string>();
  for (const [iso3, mapClass] of after) if ((before.get(iso3) ?? 'none') !== mapClass) changed.add(iso3);
  for (const [iso3, mapClass] of before) if ((after.get(iso3) ?? 'none') !== mapClass) changed.add(iso3);
  for (const iso3 of changed) {
    const wanted = shapeClass(iso3, after);
    for (const path of paths.get(iso3) ?? []) {
      if (path.classList.contains(wanted)) continue;
      for (const name of [...path.classList]) if (name.startsWith(SHAPE_CLASS_PREFIX)) path.classList.remove(name);
      path.classList.add(wanted);
    }
  }
}

type ZoomAwareProps = Pick<MapCanvasProps, 'markers' | 'classes' | 'candidates' | 'ownCandidates' | 'unverified' | 'selected' | 'highlighted'> & {
  labels: Omit<MapLabelsProps, 'markerOffsets'>;
};

/** Least distance between two marker centres on screen: the dots plus their candidate rings, with a hair between. */
const MARKER_GAP = 23;

/** The parts that keep their on-screen size whatever the zoom: the hatch, the small-state markers and the names. */
function ZoomAware({ markers, classes, candidates, ownCandidates, unverified, selected, highlighted, labels }: ZoomAwareProps) {
  const { k } = useZoomPanContext();
  const { projection } = useMapContext();
  const unzoom = `scale(${1 / k})`;
  // Hatch spacing in screen px, so stripes stay fine when zoomed in.
  const spacing = 6 / k;
  // Neighbouring small states (Bahrain and Qatar) would cover each other: spread them at this zoom.
  const offsets = useMemo(() => {
    const points = markers.flatMap((m) => {
      const p = projection(m.coordinates);
      return p === null ? [] : [{ iso3: m.iso3, x: p[0] * k, y: p[1] * k }];
    });
    return new Map(spreadMarkers(points, MARKER_GAP).map((o) => [o.iso3, o]));
  }, [markers, projection, k]);
  const { sites, request, obstacles, size } = labels;
  return (
    <>
      <defs>
        <pattern id={CANDIDATE_HATCH_ID} patternUnits="userSpaceOnUse" width={spacing} height={spacing} patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={spacing} className="map-candidate__stripe" strokeWidth={2.2 / k} />
        </pattern>
      </defs>
      <g className="map-markers">
        {markers.map((marker) => {
          const mapClass = classes.get(marker.iso3) ?? 'none';
          const state = marker.iso3 === selected ? ' map-marker--selected' : marker.iso3 === highlighted ? ' map-marker--highlight' : '';
          const offset = offsets.get(marker.iso3);
          const dx = offset?.dx ?? 0;
          const dy = offset?.dy ?? 0;
          const moved = Math.hypot(dx, dy) > 0.5;
          return (
            <Marker key={marker.iso3} coordinates={marker.coordinates} className={`map-marker${state}`} data-iso3={marker.iso3} aria-hidden="true">
              <g transform={unzoom}>
                {moved && (
                  <>
                    <line x1={0} y1={0} x2={dx} y2={dy} className="map-marker__leader" />
                    <circle r={1.8} className="map-marker__anchor" />
                  </>
                )}
                <g transform={`translate(${dx} ${dy})`}>
                  {/* A wide, invisible hit area: easy to point at, even on a projector. */}
                  <circle r={11} className="map-marker__hit" />
                  {candidates.has(marker.iso3) && (
                    <circle r={10} className={ownCandidates.has(marker.iso3) ? 'map-marker__candidate map-marker__candidate--own' : 'map-marker__candidate'} />
                  )}
                  {unverified.has(marker.iso3) && <circle r={8.5} className="map-unverified__outline" data-unverified={marker.iso3} />}
                  <circle r={6.5} className={`map-marker__dot map-shape map-shape--${mapClass}`} />
                </g>
              </g>
            </Marker>
          );
        })}
      </g>
      <MapLabels sites={sites} request={request} obstacles={obstacles} size={size} markerOffsets={offsets} />
    </>
  );
}
