import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { toLayout, type View } from './scene';

/** Moves shorter than this are a click, not a drag (a hand on a trackpad always trembles a little). */
const DRAG_THRESHOLD_PX = 4;

export interface NodePointerHandlers {
  /** The node under the pointer, from the event's target (SVG) or a quadtree (canvas). */
  hitTest: (event: { clientX: number; clientY: number; target: EventTarget | null }) => string | null;
  view: View;
  onHover: (id: string | null) => void;
  onActivate: (id: string) => void;
  /** New layout position of a dragged node. */
  onDrag: (id: string, x: number, y: number) => void;
}

interface Press {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  dragging: boolean;
}

/** Hover, click and drag on nodes, the same for the SVG and the canvas renderer. */
export function useNodePointer({ hitTest, view, onHover, onActivate, onDrag }: NodePointerHandlers) {
  const press = useRef<Press | null>(null);
  const lastHover = useRef<string | null>(null);

  const hover = (id: string | null) => {
    if (id === lastHover.current) return;
    lastHover.current = id;
    onHover(id);
  };

  return {
    onPointerDown: (event: ReactPointerEvent<Element>) => {
      if (event.button !== 0) return;
      const id = hitTest(event);
      if (id === null) return;
      press.current = { id, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, dragging: false };
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove: (event: ReactPointerEvent<Element>) => {
      const current = press.current;
      if (current === null || current.pointerId !== event.pointerId) {
        // While a button is held the view is being panned: hovering what passes under it would flicker.
        hover(event.buttons === 0 ? hitTest(event) : null);
        return;
      }
      if (!current.dragging && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD_PX) return;
      current.dragging = true;
      // The surface's parent (the stage) has the same origin and is never moved by a CSS transform.
      const rect = (event.currentTarget.parentElement ?? event.currentTarget).getBoundingClientRect();
      const [x, y] = toLayout(view, event.clientX - rect.left, event.clientY - rect.top);
      onDrag(current.id, x, y);
    },
    onPointerUp: (event: ReactPointerEvent<Element>) => {
      const current = press.current;
      if (current === null || current.pointerId !== event.pointerId) return;
      press.current = null;
      event.currentTarget.releasePointerCapture?.(event.pointerId);
      if (!current.dragging) onActivate(current.id);
    },
    onPointerCancel: () => {
      press.current = null;
    },
    onPointerLeave: () => {
      if (press.current === null) hover(null);
    },
  };
}
