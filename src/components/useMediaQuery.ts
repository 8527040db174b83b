import { useCallback, useSyncExternalStore } from 'react';

/**
 * Touch screens and narrow windows: controls grow to 44 px and charts to touchable cells.
 * Keep in step with the same query in src/styles/app.css (CSS cannot import it).
 */
export const TOUCH_LAYOUT_QUERY = '(max-width: 1024px), (pointer: coarse)';

function canMatch(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function';
}

/** Per matchMedia function: one that is replaced (as tests do) starts afresh. */
const listsByMatcher = new WeakMap<typeof window.matchMedia, Map<string, MediaQueryList>>();

/** One MediaQueryList per query, kept: each render reads `matches` instead of parsing the query again. */
function mediaQueryList(query: string): MediaQueryList {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a key here, and called on window below
  const matcher = window.matchMedia;
  let lists = listsByMatcher.get(matcher);
  if (lists === undefined) {
    lists = new Map();
    listsByMatcher.set(matcher, lists);
  }
  let list = lists.get(query);
  if (list === undefined) {
    list = matcher.call(window, query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a CSS media query matches now, kept up to date; false where there is no window (tests, server). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!canMatch()) return () => undefined;
      const list = mediaQueryList(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => canMatch() && mediaQueryList(query).matches, () => false);
}

/** True on touch screens and narrow windows (see TOUCH_LAYOUT_QUERY). */
export function useTouchLayout(): boolean {
  return useMediaQuery(TOUCH_LAYOUT_QUERY);
}
