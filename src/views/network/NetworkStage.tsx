import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { NetworkCanvas } from './NetworkCanvas';
import { NetworkSvg, type RendererFocus } from './NetworkSvg';
import { centreOn, fitView, IDENTITY, nodeAt, nodeIndex, nodeSummary, screenRadius, toScreen, type Scene, type View } from './scene';
import { DASHBOARD_LABELS, labelFont, restingLabelOrder, sceneLabels, type LabelStyle } from './sceneLabels';
import { createTextMeasure } from '../../components/textMeasure';
import type { Box } from '../../model/labelPlacement';
import { useElementSize, type Size } from '../../components/useElementSize';
import { useNodePointer } from './useNodePointer';
import { MAX_ZOOM, MIN_ZOOM, useZoom } from './useZoom';
import { useWheelGate } from './useWheelGate';

/** The graph's size where the browser cannot measure (jsdom in component tests). */
const NETWORK_TEST_SIZE = { width: 640, height: 480 };

export interface CentreRequest {
  id: string;
  /** A new number asks again for the same node. */
  nonce: number;
}

interface NetworkStageProps {
  scene: Scene;
  /** Canvas instead of SVG (large graphs). */
  useCanvas: boolean;
  focus: RendererFocus;
  description: string;
  /** The view is fitted to the nodes whenever this changes (a new filter), not when a node is dragged. */
  fitKey: unknown;
  centre: CentreRequest | null;
  onHover: (id: string | null) => void;
  onActivate: (id: string) => void;
  onDrag: (id: string, x: number, y: number) => void;
  /** Given the drawing's width: the dashboard's small labels, or Present's large whole names. */
  labelStyle?: (width: number) => LabelStyle;
}

const dashboardLabels = () => DASHBOARD_LABELS;

/** Pause in pan and zoom after which the canvas is redrawn sharp, with labels. */
const SETTLE_MS = 120;

type HitEvent = { clientX: number; clientY: number; target: EventTarget | null };

/** The drawing area: size, zoom and pan, hit testing, labels and the hover tooltip around one renderer. */
export function NetworkStage({ scene, useCanvas, focus, description, fitKey, centre, onHover, onActivate, onDrag, labelStyle = dashboardLabels }: NetworkStageProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Measured after the frame that shows the stage, so the first drawing is rendered in slices.
  const size = useElementSize(boxRef, NETWORK_TEST_SIZE, { afterLayout: true });
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const surfaceRef: RefObject<Element | null> = useCanvas ? canvasRef : svgRef;
  const [storedView, setViewState] = useState<View>(IDENTITY);
  // The view is fitted to the nodes for each new filter (fitKey), size and renderer, in the render
  // that draws them: fitting in an effect afterwards drew and placed the labels twice.
  const [fitted, setFitted] = useState<FittedView | null>(null);
  let view = storedView;
  if (size !== null && (fitted === null || fitted.key !== fitKey || fitted.size !== size || fitted.useCanvas !== useCanvas)) {
    view = fitView(scene.nodes, size.width, size.height);
    setFitted({ key: fitKey, size, useCanvas, view });
    setViewState(view);
  }
  const viewRef = useRef(view);
  const sceneRef = useRef(scene);
  useLayoutEffect(() => {
    viewRef.current = view;
    sceneRef.current = scene;
  });

  const index = useMemo(() => (useCanvas ? nodeIndex(scene) : null), [scene, useCanvas]);

  const hitTest = useCallback(
    (event: HitEvent): string | null => {
      if (index === null) {
        const target = event.target instanceof Element ? event.target.closest('[data-node-id]') : null;
        return target?.getAttribute('data-node-id') ?? null;
      }
      // The stage, not the canvas: mid-gesture the canvas is moved by a CSS transform.
      const stage = boxRef.current;
      if (stage === null) return null;
      const rect = stage.getBoundingClientRect();
      return nodeAt(index, viewRef.current, event.clientX - rect.left, event.clientY - rect.top)?.id ?? null;
    },
    [index],
  );

  const wheel = useWheelGate(boxRef);
  const setView = useZoom(surfaceRef, size, setViewState, (event) => hitTest(event as unknown as HitEvent) !== null, wheel.wheelZooms);

  // d3-zoom starts the next gesture from the fitted view (the state holds it already: no re-render).
  useLayoutEffect(() => {
    if (fitted !== null) setView(fitted.view);
  }, [fitted, setView]);

  useLayoutEffect(() => {
    if (centre === null || size === null) return;
    const node = sceneRef.current.byId.get(centre.id);
    if (node !== undefined) setView(centreOn(viewRef.current, node, size.width, size.height, 1));
  }, [centre, size, setView]);

  // The canvas redraws in full (and places labels) only once pan and zoom pause for a moment.
  const [settledView, setSettledView] = useState<View>(view);
  useEffect(() => {
    if (!useCanvas) return;
    const timer = setTimeout(() => setSettledView(view), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [view, useCanvas]);
  const labelView = useCanvas ? settledView : view;

  // Names keep clear of the zoom buttons over the drawing (their size follows the theme and the pointer).
  const zoomRef = useRef<HTMLDivElement>(null);
  const controls = useControlsBox(boxRef, zoomRef);

  const order = useMemo(() => restingLabelOrder(scene), [scene]);
  const style = labelStyle(size?.width ?? 0);
  const { fontSize, fullNames } = style;
  const measure = useMemo(() => createTextMeasure(labelFont(fontSize), fontSize), [fontSize]);
  const labels = useMemo(
    () => (size === null ? [] : sceneLabels(scene, order, labelView, size, focus, measure, { fontSize, fullNames }, undefined, controls)),
    [scene, order, labelView, size, focus, measure, fontSize, fullNames, controls],
  );
  const pointer = useNodePointer({ hitTest, view, onHover, onActivate, onDrag });

  const hoveredNode = focus.hovered === null ? undefined : scene.byId.get(focus.hovered);
  const tooltip = (() => {
    if (hoveredNode === undefined || size === null) return null;
    const [x, y] = toScreen(view, hoveredNode.x, hoveredNode.y);
    if (x < 0 || y < 0 || x > size.width || y > size.height) return null;
    const r = screenRadius(hoveredNode.r, view.k);
    const below = y < 60;
    return (
      <div className="network-tooltip" role="presentation" style={{ left: Math.min(Math.max(x, 90), size.width - 90), top: below ? y + r + 8 : y - r - 8 }} data-below={below || undefined}>
        {nodeSummary(hoveredNode, hoveredNode.kind === 'group' ? scene.byId.get(`country:${hoveredNode.ref}`)?.label : undefined)}
      </div>
    );
  })();

  return (
    <div ref={boxRef} className="network-stage" data-renderer={useCanvas ? 'canvas' : 'svg'}>
      {size !== null &&
        (useCanvas ? (
          <NetworkCanvas canvasRef={canvasRef} scene={scene} view={view} settledView={settledView} width={size.width} height={size.height} focus={focus} labels={labels} pointer={pointer} description={description} />
        ) : (
          <NetworkSvg svgRef={svgRef} scene={scene} view={view} width={size.width} height={size.height} focus={focus} labels={labels} pointer={pointer} description={description} />
        ))}
      {tooltip}
      <p className="network-stage__hint" role="status">
        {wheel.hint ? 'To zoom, hold Ctrl (⌘ on a Mac) while scrolling, or click the network first' : ''}
      </p>
      <div ref={zoomRef} className="network-stage__zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" onClick={() => size !== null && setView(zoomAbout(view, 1.5, size.width / 2, size.height / 2))}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => size !== null && setView(zoomAbout(view, 1 / 1.5, size.width / 2, size.height / 2))}>
          −
        </button>
        <button type="button" aria-label="Fit the network to the view" onClick={() => size !== null && setView(fitView(scene.nodes, size.width, size.height))}>
          ⤢
        </button>
      </div>
    </div>
  );
}

interface FittedView {
  key: unknown;
  size: Size;
  useCanvas: boolean;
  view: View;
}

/**
 * Where the zoom buttons sit over the stage, for the labels to keep clear of. Read when the
 * ResizeObserver reports either box (after the frame's layout, so reading it forces none), the
 * first time in a transition together with the stage's size: one render places the labels.
 */
function useControlsBox(stageRef: RefObject<HTMLElement | null>, zoomRef: RefObject<HTMLElement | null>): Box[] {
  const [controls, setControls] = useState<Box[]>([]);
  useLayoutEffect(() => {
    const stageElement = stageRef.current;
    const zoomElement = zoomRef.current;
    if (stageElement === null || zoomElement === null) return;
    const read = () => {
      const stage = stageElement.getBoundingClientRect();
      const zoom = zoomElement.getBoundingClientRect();
      if (zoom.width === 0) return;
      const box = { x0: zoom.left - stage.left - 2, y0: zoom.top - stage.top - 2, x1: zoom.right - stage.left + 2, y1: zoom.bottom - stage.top + 2 };
      setControls((previous) => (previous.length === 1 && JSON.stringify(previous[0]) === JSON.stringify(box) ? previous : [box]));
    };
    if (typeof ResizeObserver === 'undefined') {
      read();
      return;
    }
    let first = true;
    const observer = new ResizeObserver(() => {
      if (first) startTransition(read);
      else read();
      first = false;
    });
    observer.observe(stageElement);
    observer.observe(zoomElement);
    return () => observer.disconnect();
  }, [stageRef, zoomRef]);
  return controls;
}

function zoomAbout(view: View, factor: number, cx: number, cy: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  return { k, x: cx - ((cx - view.x) / view.k) * k, y: cy - ((cy - view.y) / view.k) * k };
}
