/**
 * The presentation controller: applies the current step's view (animated), maps keys and a
 * clicker to steps, and puts the page into presentation layout (chrome hidden, projector theme)
 * while a step is shown.
 */
import { useEffect, useRef } from 'react';
import { timer, type Timer } from 'd3-timer';
import { usePrefersReducedMotion } from '../../components/yearPlayback';
import { useColorThemeStore } from '../../state/colorTheme';
import { selectViewState, useAtlasStore } from '../../state/store';
import { isDefaultViewState } from '../../state/urlState';
import type { ViewState } from '../../state/viewState';
import { DEFAULT_MAP_FRAMING } from '../../model/mapFrame';
import type { DataClock } from '../../model/dataClock';
import { keyTargetOf, presentAction, stepAfter } from './presentKeys';
import { stopPresenting } from './presenting';
import { clampStep, stepToViewState } from './stepState';
import { planTween, type Framing } from './stepTween';
import type { Story } from './storySchema';

function framingOf(zoom: ViewState['mapZoom'], fallback: Framing): Framing {
  return zoom === null ? fallback : [zoom[0], zoom[1], zoom[2]];
}

/** Sets the html element's presentation attributes and asks for the projector theme; undoes both when presenting ends. */
function usePresentationLayout(presenting: boolean, focus: string) {
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.dataset.presenting = 'true';
    useColorThemeStore.getState().setPresentationTheme(true);
    return () => {
      delete root.dataset.presenting;
      delete root.dataset.presentFocus;
      useColorThemeStore.getState().setPresentationTheme(false);
    };
  }, [presenting]);
  useEffect(() => {
    if (presenting) document.documentElement.dataset.presentFocus = focus;
  }, [presenting, focus]);
}

interface ControllerInput {
  story: Story | null;
  step: number | null;
  clock: DataClock;
}

export function usePresentationController({ story, step, clock }: ControllerInput) {
  const presenting = step !== null;
  const reducedMotion = usePrefersReducedMotion();
  const focus = useAtlasStore((s) => s.focus);
  usePresentationLayout(presenting, focus ?? 'map');

  // ----- apply the step's view when the step changes -----
  const applied = useRef<string | null>(null);
  // The first run is the page opening: a link, whose own view may differ from the step's.
  const opening = useRef(true);
  const running = useRef<Timer | null>(null);
  const stepCount = story?.steps.length ?? 0;
  const stepNumber = step === null || stepCount === 0 ? null : clampStep(step, stepCount);

  useEffect(() => {
    const fromLink = opening.current;
    opening.current = false;
    if (story === null || stepNumber === null) {
      // Leaving mid-transition: the animation must not go on writing the story's year over the view given back.
      running.current?.stop();
      running.current = null;
      applied.current = null;
      return;
    }
    const key = `${story.id}#${stepNumber}`;
    if (applied.current === key) return;
    // Entering presentation shows the first step at once; only moves between steps animate.
    const entering = applied.current === null;
    applied.current = key;
    const stepData = story.steps[stepNumber - 1];
    if (stepData === undefined) return;
    const store = useAtlasStore.getState();
    const target = stepToViewState(stepData.state, stepNumber, story.id);
    running.current?.stop();

    // Opening a link: if it carries a view of its own (changed after the step was shown), that view wins.
    if (fromLink && !isDefaultViewState({ ...selectViewState(store), step: null, story: null })) return;
    if (fromLink || entering || reducedMotion) {
      store.applyViewState(target);
      return;
    }
    const home: Framing = [...DEFAULT_MAP_FRAMING];
    const fromYear = store.year ?? clock.lastYear;
    const toYear = target.year ?? clock.lastYear;
    const tween = planTween({ year: fromYear, framing: framingOf(store.mapZoom, home) }, { year: toYear, framing: framingOf(target.mapZoom, home) });
    store.applyViewState({ ...target, year: fromYear, mapZoom: store.mapZoom });
    let lastYear = fromYear;
    const animation = timer((elapsed) => {
      const s = useAtlasStore.getState();
      if (elapsed >= tween.duration) {
        animation.stop();
        running.current = null;
        s.setYear(target.year);
        s.setMapZoom(target.mapZoom);
        return;
      }
      const year = tween.yearAt(elapsed);
      if (year !== lastYear) {
        lastYear = year;
        s.setYear(year);
      }
      if (tween.framingMoves) s.setMapZoom(tween.framingAt(elapsed));
    });
    running.current = animation;
  }, [story, stepNumber, clock.lastYear, reducedMotion]);

  useEffect(() => () => running.current?.stop(), []);

  // A step number beyond the story (an old link, an edited story) shows the nearest step.
  useEffect(() => {
    if (step !== null && stepNumber !== null && step !== stepNumber) useAtlasStore.getState().setStep(stepNumber);
  }, [step, stepNumber]);

  // ----- keys and clicker -----
  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presentAction(event, keyTargetOf(event.target));
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      const current = useAtlasStore.getState().step;
      const next = current === null ? null : stepAfter(action, current, Math.max(1, stepCount));
      if (next === null) stopPresenting();
      else if (next !== current) useAtlasStore.getState().setStep(next);
    };
    // Capture phase: a clicker's PageDown must step even when the year slider has the focus.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [presenting, stepCount]);

  // ----- Esc in full screen: the browser leaves full screen itself and the page gets no key -----
  useEffect(() => {
    if (!presenting) return;
    let wasFullscreen = document.fullscreenElement !== null;
    const onChange = () => {
      const isFullscreen = document.fullscreenElement !== null;
      if (wasFullscreen && !isFullscreen) stopPresenting();
      wasFullscreen = isFullscreen;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting]);

  return { presenting, stepNumber, stepCount };
}
