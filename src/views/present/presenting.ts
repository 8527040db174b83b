/**
 * Entering and leaving presentation mode. The step in the store is the switch (a link with ?step=
 * opens presenting); these add what a link cannot: full screen, which needs a click, and the way
 * back to the view the person had before the story took over the filters.
 */
import { selectViewState, useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../state/viewState';
import { enterFullscreen, exitFullscreen } from './fullscreen';

/** The person's own view when they pressed Present; null when presenting began from a link. */
let viewBeforePresenting: ViewState | null = null;

/** Starts presenting `storyId` at `step` (from 1). Call from a click or key handler: full screen needs the gesture. */
export function startPresenting(storyId: string, step = 1): Promise<boolean> {
  const entered = enterFullscreen();
  const store = useAtlasStore.getState();
  const current = selectViewState(store);
  if (current.step === null) viewBeforePresenting = current;
  // The presentation stage sees the new step and applies its view.
  store.applyViewState({ ...current, step, story: storyId });
  return entered;
}

/**
 * Leaves presentation mode and gives back the view from before it: the story's last filters are
 * not the person's. A presentation opened from a link had no view before it: the default view.
 */
export function stopPresenting(): void {
  const store = useAtlasStore.getState();
  const back = viewBeforePresenting ?? DEFAULT_VIEW_STATE;
  viewBeforePresenting = null;
  store.applyViewState({ ...back, step: null, story: null });
  void exitFullscreen();
}
