import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Box } from '../../model/labelPlacement';

const same = (a: readonly Box[], b: readonly Box[]) =>
  a.length === b.length && a.every((box, i) => box.x0 === b[i]?.x0 && box.y0 === b[i]?.y0 && box.x1 === b[i]?.x1 && box.y1 === b[i]?.y1);

/**
 * Boxes, relative to the stage, of what floats over the map drawing (zoom buttons, the borders note,
 * the details panel): every child of the stage but the drawing itself and the tooltip, which
 * follows the pointer. Measured after each render that changes `key`, in whole pixels.
 */
export function useOverlayBoxes(stageRef: RefObject<HTMLElement | null>, key: string): Box[] {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (stage === null) return;
    const origin = stage.getBoundingClientRect();
    const next: Box[] = [];
    for (const child of stage.children) {
      if (child instanceof SVGElement || child.getAttribute('role') === 'tooltip') continue;
      const rect = child.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      next.push({ x0: Math.floor(rect.left - origin.left), y0: Math.floor(rect.top - origin.top), x1: Math.ceil(rect.right - origin.left), y1: Math.ceil(rect.bottom - origin.top) });
    }
    setBoxes((previous) => (same(previous, next) ? previous : next));
  }, [stageRef, key]);
  return boxes;
}
