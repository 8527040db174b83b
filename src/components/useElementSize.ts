import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size in whole CSS pixels, kept up to date; null until first measured.
 * `fallback` is used where the browser cannot measure (jsdom in component tests).
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size | null {
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
    const rect = element.getBoundingClientRect();
    measure(rect.width, rect.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box !== undefined) measure(box.width, box.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallbackWidth, fallbackHeight]);
  return size;
}
