import { afterNextPaint } from './afterPaint';
import { selectViewState, useAtlasStore } from './store';
import { queryToViewState, viewStateToQuery } from './urlState';

/** Changes closer together than this (slider playback, drags) share one history entry. */
const COALESCE_MS = 600;

/**
 * The URL is written at most this often: a history write costs the browser milliseconds (about 6
 * per write measured at 10,000 articles), which a year step's frame, or playback, should not pay.
 */
const WRITE_GAP_MS = 250;

/**
 * And only once the store has rested this long: a history write blocks the main thread for its
 * round trip to the browser (1 ms of CPU, up to 40 ms of waiting measured on a busy machine), and
 * a key held down steps the year faster than this, so each step would queue behind the last one's write.
 */
const QUIET_MS = 300;

/** Runs the URL write still waiting, if any (set while a sync is running). */
let flushPendingWrite: (() => void) | null = null;

/**
 * The link to the view on screen now, built from the store rather than read from the address bar:
 * the address trails a change by QUIET_MS (or WRITE_GAP_MS) and a frame. Also brings the address up to
 * date, so the link copied and the one shown agree.
 */
export function currentViewUrl(win: Window = window): string {
  flushPendingWrite?.();
  const query = viewStateToQuery(selectViewState(useAtlasStore.getState()));
  return `${win.location.origin}${win.location.pathname}${query}${win.location.hash}`;
}

/**
 * Mirrors the store in the URL query through one subscription (the zustand URL guide's pattern):
 * a reload or a shared link restores the view, and back/forward step through past views. The
 * write waits until the store has rested for QUIET_MS (and WRITE_GAP_MS since the last write), then
 * for the next frame, and the changes made meanwhile go in that one write.
 * Returns a function that stops the sync.
 */
export function startUrlSync(win: Window = window): () => void {
  const store = useAtlasStore;
  store.getState().applyViewState(queryToViewState(win.location.search));

  let lastPush = 0;
  let applyingPopState = false;
  let cancelPending: (() => void) | null = null;
  const write = () => {
    cancelPending = null;
    const query = viewStateToQuery(selectViewState(store.getState()));
    if (query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const now = Date.now();
    if (now - lastPush < COALESCE_MS) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastPush = now;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingPopState) return;
    if (viewStateToQuery(selectViewState(state)) === viewStateToQuery(selectViewState(previous))) return;
    cancelPending?.();
    cancelPending = afterNextPaint(win, Math.max(QUIET_MS, lastPush + WRITE_GAP_MS - Date.now()), write);
  });

  const onPopState = () => {
    // The address is the one to show now: a write still waiting would overwrite it.
    cancelPending?.();
    cancelPending = null;
    applyingPopState = true;
    store.getState().applyViewState(queryToViewState(win.location.search));
    applyingPopState = false;
  };
  win.addEventListener('popstate', onPopState);
  const flush = () => {
    if (cancelPending === null) return;
    cancelPending();
    write();
  };
  flushPendingWrite = flush;
  return () => {
    cancelPending?.();
    if (flushPendingWrite === flush) flushPendingWrite = null;
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
