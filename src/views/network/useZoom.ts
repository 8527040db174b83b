import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { View } from './scene';
import type { Size } from '../../components/useElementSize';

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 12;

/**
 * d3-zoom on the drawing surface (SVG or canvas): wheel, drag-to-pan, pinch and double-click.
 * `startsOnNode` keeps a press on a node for dragging the node instead of panning; `wheelZooms`
 * says whether a wheel event zooms (else it scrolls the page, see useWheelGate). Returns a function
 * that moves the view (fit, centre on a node) without animation.
 */
export function useZoom<E extends Element>(
  ref: RefObject<E | null>,
  size: Size | null,
  onView: (view: View) => void,
  startsOnNode: (event: Event) => boolean,
  wheelZooms: (event: WheelEvent) => boolean = () => true,
): (view: View) => void {
  const latest = useRef({ onView, startsOnNode, wheelZooms });
  useLayoutEffect(() => {
    latest.current = { onView, startsOnNode, wheelZooms };
  });
  // The extent is read from a box when needed, not measured: the view may be set before the first
  // effect runs (and jsdom has no SVG viewBox for d3's default extent).
  const [{ behaviour, setExtent }] = useState(() => {
    const box: { size: Size | null } = { size: null };
    return {
      setExtent: (next: Size | null) => {
        box.size = next;
      },
      behaviour: zoom<E, unknown>()
        .scaleExtent([MIN_ZOOM, MAX_ZOOM])
        .extent((): [[number, number], [number, number]] => [
          [0, 0],
          [box.size?.width ?? 1, box.size?.height ?? 1],
        ]),
    };
  });
  useLayoutEffect(() => setExtent(size), [setExtent, size]);

  useEffect(() => {
    const element = ref.current;
    if (element === null || size === null) return;
    behaviour
      // d3's default filter (no secondary buttons, ctrl only with the wheel), minus presses on nodes
      // and minus a wheel that should scroll the page.
      .filter((event: MouseEvent & TouchEvent) => {
        if (event.type === 'wheel') return latest.current.wheelZooms(event as unknown as WheelEvent);
        if (event.ctrlKey || (event.button ?? 0) !== 0) return false;
        return !latest.current.startsOnNode(event);
      })
      .on('zoom', (event: D3ZoomEvent<E, unknown>) => {
        const { k, x, y } = event.transform;
        latest.current.onView({ k, x, y });
      });
    const selection = select(element);
    selection.call(behaviour);
    return () => {
      selection.on('.zoom', null);
    };
  }, [behaviour, ref, size]);

  return useCallback(
    (view: View) => {
      // Store the transform on the element, so the next gesture starts from it, and report it
      // directly: before the first effect has run there is no 'zoom' listener to report it yet.
      const element = ref.current;
      if (element !== null) select(element).call((selection) => behaviour.transform(selection, zoomIdentity.translate(view.x, view.y).scale(view.k)));
      latest.current.onView(view);
    },
    [behaviour, ref],
  );
}
