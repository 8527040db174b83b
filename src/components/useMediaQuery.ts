import { useCallback, useSyncExternalStore } from 'react';

/**
 * Touch screens and narrow windows: controls grow to 44 px and charts to touchable cells.
 * Keep in step with the same query in src/styles/app.css (CSS cannot import it).
 */
export const TOUCH_LAYOUT_QUERY = '(max-width: 1024px), (pointer: coarse)';

function canMatch(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function';
}

/** Whether a CSS media query matches now, kept up to date; false where there is no window (tests, server). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!canMatch()) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => canMatch() && window.matchMedia(query).matches, () => false);
}

/** True on touch screens and narrow windows (see TOUCH_LAYOUT_QUERY). */
export function useTouchLayout(): boolean {
  return useMediaQuery(TOUCH_LAYOUT_QUERY);
}
