/**
 * Entering and leaving presentation mode. The step in the store is the switch (a link with ?step=
 * opens presenting); these add what a link cannot: full screen, which needs a click.
 */
import { selectViewState, useAtlasStore } from '../../state/store';
import { enterFullscreen, exitFullscreen } from './fullscreen';

/** Starts presenting `storyId` at `step` (from 1). Call from a click or key handler: full screen needs the gesture. */
export function startPresenting(storyId: string, step = 1): Promise<boolean> {
  const entered = enterFullscreen();
  const store = useAtlasStore.getState();
  // The presentation stage sees the new step and applies its view.
  store.applyViewState({ ...selectViewState(store), step, story: storyId });
  return entered;
}

/** Leaves presentation mode; the view of the last step stays, to explore from there. */
export function stopPresenting(): void {
  const store = useAtlasStore.getState();
  store.applyViewState({ ...selectViewState(store), step: null, story: null });
  void exitFullscreen();
}
