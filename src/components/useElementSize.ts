import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

export interface ElementSizeOptions {
  /**
   * Wait for the browser's own layout instead of asking for one: the first size comes from the
   * ResizeObserver (called after the frame's layout, before its paint) and reaches the component
   * in a transition, so the render at that size is sliced into short tasks after the frame that
   * showed the element. Without it the size is read in the commit that mounts the element (a
   * forced layout) and the render at that size runs in the same task: right for the map, whose
   * outlines should be in the first frame, and a long task for views that can wait a frame.
   */
  afterLayout?: boolean;
}

/**
 * The element's content size in whole CSS pixels, kept up to date; null until first measured.
 * `fallback` is used where the browser cannot measure (jsdom in component tests).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size, { afterLayout = false }: ElementSizeOptions = {}): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  const { width: fallbackWidth, height: fallbackHeight } = fallback;
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = (width: number, height: number) => {
      // Whole pixels: sub-pixel jitter would otherwise re-layout on every frame of a resize.
      const next = width > 0 && height > 0 ? { width: Math.floor(width), height: Math.floor(height) } : { width: fallbackWidth, height: fallbackHeight };
      setSize((previous) => (previous?.width === next.width && previous.height === next.height ? previous : next));
    };
    const observes = typeof ResizeObserver !== 'undefined';
    if (!afterLayout || !observes) {
      const rect = element.getBoundingClientRect();
      measure(rect.width, rect.height);
    }
    if (!observes) return;
    let first = afterLayout;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box === undefined) return;
      if (first) startTransition(() => measure(box.width, box.height));
      else measure(box.width, box.height);
      first = false;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallbackWidth, fallbackHeight, afterLayout]);
  return size;
}
