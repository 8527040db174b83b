import { useEffect, useRef, useState, type RefObject } from 'react';

/** Width used before the first measurement and where ResizeObserver is missing (jsdom). */
const FALLBACK_WIDTH = 960;

/** The element's content width, kept up to date as the layout changes (window, focus mode). */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // Whole pixels: sub-pixel jitter would otherwise re-layout on every frame of a resize.
      if (measured !== undefined && measured > 0) setWidth(Math.floor(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
