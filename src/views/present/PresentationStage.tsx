import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useData, useDataClock, useEvidence } from '../../state/data';
import { ExternalLink } from '../../components/ExternalLink';
import { useAtlasStore } from '../../state/store';
import { stepFacts, withQuoteWords } from './captionFacts';
import { fillCaption } from './captionTemplate';
import { stopPresenting } from './presenting';
import { NO_SPOTLIGHT, SpotlightList, useSpotlight } from './spotlight';
import { bundledStories, DEFAULT_STORY_ID, storyLibrary } from './storyCatalog';
import { stepProblems } from './storyValidation';
import { usePresentationController } from './usePresentationController';
import { useUserStory } from './useUserStory';
import './present.css';

/**
 * Presentation mode's stage: the step counter, the step's title and caption (filled from the data)
 * and its sources, beside the view in focus. Renders nothing unless a step is shown.
 */
export function PresentationStage() {
  const data = useData();
  const clock = useDataClock();
  const { step, storyId } = useAtlasStore(useShallow((s) => ({ step: s.step, storyId: s.story })));
  const [userStory] = useUserStory();
  const wantedId = storyId ?? DEFAULT_STORY_ID;
  const story = useMemo(() => storyLibrary(bundledStories().stories, userStory).find((s) => s.id === wantedId) ?? null, [userStory, wantedId]);
  const { presenting, stepNumber, stepCount } = usePresentationController({ story, step, clock });

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Into the stage on entering, so the next keys reach the presentation and not a hidden header button.
    if (presenting) headingRef.current?.focus({ preventScroll: true });
  }, [presenting]);

  const current = story === null || stepNumber === null ? undefined : story.steps[stepNumber - 1];
  const factsWithoutWords = useMemo(() => (current === undefined ? null : stepFacts(data, current.state, clock)), [data, current, clock]);
  // A caption may quote the expert: that quote's words come from its article's evidence file.
  const quoteWords = useEvidence(factsWithoutWords?.expertQuoteRef === null || factsWithoutWords === null ? [] : [factsWithoutWords.expertQuoteRef.articleId]);
  const facts = useMemo(() => (factsWithoutWords === null ? null : withQuoteWords(factsWithoutWords, quoteWords.words)), [factsWithoutWords, quoteWords.words]);
  const problems = useMemo(() => (current === undefined ? [] : stepProblems(current, data, clock)), [current, data, clock]);
  // The map is on screen unless the network has the whole stage: only then do its year and marks matter.
  const mapOnScreen = current !== undefined && current.state.focus !== 'network';
  const spotlight = presenting && mapOnScreen && facts !== null ? facts.spotlight : NO_SPOTLIGHT;
  useSpotlight(spotlight, facts?.year ?? clock.lastYear);
  // Only while a step is shown: a year step outside presentation mode need not render the stage.
  const mapYear = useAtlasStore((s) => (s.step === null ? null : (s.year ?? clock.lastYear)));

  if (!presenting) return null;

  if (story === null || current === undefined || facts === null || stepNumber === null) {
    return (
      <aside className="present-stage present-stage--missing" aria-label="Presentation">
        <h2 ref={headingRef} tabIndex={-1}>
          Story not found
        </h2>
        <p>
          This link asks for the story “{wantedId}”, which this browser does not have. A story of your own lives in the browser it was made in:
          download it there as JSON and upload it here.
        </p>
        <button type="button" className="tool-button" onClick={stopPresenting}>
          Leave presentation
        </button>
      </aside>
    );
  }

  const setStep = (n: number) => useAtlasStore.getState().setStep(n);
  const title = fillCaption(current.title, facts);
  // While the map walks to the step's year, the caption waits: its figures are for that year, not the one on screen.
  const arrived = !mapOnScreen || mapYear === facts.year;
  const sources = (current.sources ?? []).map((id) => data.sources.find((s) => s.id === id)).filter((s) => s !== undefined);

  return (
    <aside className="present-stage" aria-label="Presentation">
      <p className="present-stage__story">{story.title}</p>
      <p className="present-stage__counter" aria-live="polite" aria-atomic="true">
        <span className="visually-hidden">Step </span>
        {stepNumber} / {stepCount}
        <span className="visually-hidden">: {title}</span>
      </p>
      <h2 className="present-stage__title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {!arrived && (
        <p className="present-stage__transit" aria-hidden="true">
          The map moves to {facts.year}: <span className="present-stage__transit-year">{mapYear}</span>
        </p>
      )}
      {arrived && current.caption.trim() !== '' && <p className="present-stage__caption">{fillCaption(current.caption, facts)}</p>}
      {arrived && <SpotlightList countries={spotlight} />}
      {arrived && sources.length > 0 && (
        <div className="present-stage__sources">
          <h3>Sources</h3>
          <ul>
            {sources.map((source) => (
              <li key={source.id}>
                <ExternalLink href={source.url}>{source.title ?? source.publisher}</ExternalLink>
                <span className="present-stage__source-meta">
                  {' '}
                  — {source.publisher}
                  {source.date !== undefined && `, ${source.date}`} [{source.id}]
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <div className="present-stage__problems" role="note">
          <p>This step does not fit the data:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <nav className="present-stage__nav" aria-label="Story steps">
        <button type="button" className="tool-button" onClick={() => setStep(stepNumber - 1)} disabled={stepNumber <= 1}>
          <span aria-hidden="true">← </span>Previous step
        </button>
        <button type="button" className="tool-button" onClick={() => setStep(stepNumber + 1)} disabled={stepNumber >= stepCount}>
          Next step<span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="tool-button present-stage__exit" onClick={stopPresenting}>
          Exit presentation
        </button>
      </nav>
      <p className="present-stage__keys">
        <kbd>→</kbd> <kbd>Space</kbd> <kbd>Page Down</kbd> next · <kbd>←</kbd> <kbd>Page Up</kbd> previous · <kbd>Home</kbd> <kbd>End</kbd> first, last · <kbd>Esc</kbd> exit
      </p>
    </aside>
  );
}
