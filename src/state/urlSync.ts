import { selectViewState, useAtlasStore } from './store';
import { queryToViewState, viewStateToQuery } from './urlState';

/** Changes closer together than this (slider playback, drags) share one history entry. */
const COALESCE_MS = 600;

/**
 * Mirrors the store in the URL query through one subscription (the zustand URL guide's pattern):
 * a reload or a shared link restores the view, and back/forward step through past views.
 * Returns a function that stops the sync.
 */
export function startUrlSync(win: Window = window): () => void {
  const store = useAtlasStore;
  store.getState().applyViewState(queryToViewState(win.location.search));

  let lastPush = 0;
  let applyingPopState = false;
  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingPopState) return;
    const query = viewStateToQuery(selectViewState(state));
    if (query === viewStateToQuery(selectViewState(previous)) || query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const now = Date.now();
    if (now - lastPush < COALESCE_MS) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastPush = now;
  });

  const onPopState = () => {
    applyingPopState = true;
    store.getState().applyViewState(queryToViewState(win.location.search));
    applyingPopState = false;
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
