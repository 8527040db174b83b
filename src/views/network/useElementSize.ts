import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** Used where the browser cannot measure (jsdom in component tests). */
const FALLBACK: Size = { width: 640, height: 480 };

/** The element's content size in CSS pixels, kept up to date; null until first measured. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = (width: number, height: number) => {
      const next = width > 0 && height > 0 ? { width: Math.floor(width), height: Math.floor(height) } : FALLBACK;
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
  }, [ref]);
  return size;
}
