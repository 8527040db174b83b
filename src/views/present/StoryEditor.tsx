import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { closeEnclosingDialog, Dialog } from '../../components/Dialog';
import { useData, useDataIndex, useDataClock, useEvidence } from '../../state/data';
import { selectViewState, useAtlasStore } from '../../state/store';
import { stepFacts, withQuoteWords } from './captionFacts';
import { fillCaption, PLACEHOLDERS } from './captionTemplate';
import { downloadText } from '../../components/download';
import { startPresenting } from './presenting';
import { StepEditor } from './StepEditor';
import { stepToViewState, viewStateToStepState } from './stepState';
import { stepSummary } from './stepSummary';
import { bundledStories } from './storyCatalog';
import { stepProblems } from './storyValidation';
import { addStep, copyAsUserStory, emptyUserStory, moveStep, readUploadedStory, removeStep, storyFileName, storyToJson, updateStep } from './userStory';
import { useUserStory } from './useUserStory';
import type { Story, StoryStep } from './storySchema';

type Notice = { kind: 'info' | 'error'; lines: string[] } | null;

function currentStepState() {
  return viewStateToStepState({ ...selectViewState(useAtlasStore.getState()), step: null, story: null });
}

/** "Edit story": the user's own story, kept in this browser; steps added from the current view. */
export function StoryEditor() {
  const data = useData();
  const index = useDataIndex();
  const clock = useDataClock();
  const uploadId = useId();
  const [story, save] = useUserStory();
  const [notice, setNotice] = useState<Notice>(null);

  const names = useMemo(
    () => ({
      expert: (id: string) => index.expertById.get(id)?.name ?? id,
      country: (iso3: string) => index.countryByIso3.get(iso3)?.name ?? iso3,
      theme: (id: string) => index.themeById.get(id)?.label ?? id,
    }),
    [index],
  );

  const commit = (next: Story | null, message?: string) => {
    const stored = save(next);
    if (!stored) setNotice({ kind: 'error', lines: ['This browser did not keep the story (private mode or full storage): download it to keep your changes.'] });
    else setNotice(message === undefined ? null : { kind: 'info', lines: [message] });
  };

  const onUpload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const parsed = readUploadedStory(await file.text());
    if (!parsed.ok) {
      setNotice({ kind: 'error', lines: [`“${file.name}” is not a story this app can read:`, ...parsed.errors] });
      return;
    }
    commit(parsed.story, `Loaded “${parsed.story.title}” (${parsed.story.steps.length} steps) from ${file.name}.`);
  };

  const showStep = (i: number) => {
    const step = story?.steps[i];
    if (step !== undefined) useAtlasStore.getState().applyViewState({ ...stepToViewState(step.state, i + 1, ''), step: null, story: null });
  };

  const defaultStory = bundledStories().stories[0];
  const stepsFacts = useMemo(() => (story?.steps ?? []).map((step) => stepFacts(data, step.state, clock)), [story, data, clock]);
  // Captions that quote an expert need the quote's words: one request for every step's.
  const quoteWords = useEvidence(stepsFacts.flatMap((facts) => (facts.expertQuoteRef === null ? [] : [facts.expertQuoteRef.articleId])));
  const previewOf = (step: StoryStep, i: number) => {
    const facts = withQuoteWords(stepsFacts[i] ?? stepFacts(data, step.state, clock), quoteWords.words);
    return { title: fillCaption(step.title, facts), caption: fillCaption(step.caption, facts) };
  };

  return (
    <Dialog openLabel="Edit story" title="Your story" closeLabel="Close story editor" className="story-editor">
      <p className="story-editor__intro">
        A story is a list of views with a title and a caption each. It is kept in this browser; download it to share it or to add it to data/stories/.
      </p>

      {notice !== null && (
        <div className={`story-editor__notice story-editor__notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}

      {story === null ? (
        <div className="story-editor__start">
          <p>You have no story of your own yet.</p>
          <button type="button" onClick={() => commit(emptyUserStory(currentStepState()), 'Started a story with the current view as step 1.')}>
            Start a story with the current view
          </button>
          {defaultStory !== undefined && (
            <button type="button" onClick={() => commit(copyAsUserStory(defaultStory), `Copied “${defaultStory.title}”: edit it freely.`)}>
              Copy “{defaultStory.title}” to edit
            </button>
          )}
        </div>
      ) : (
        <>
          <label className="step-editor__field">
            <span>Story title</span>
            <input type="text" value={story.title} maxLength={120} onChange={(e) => commit({ ...story, title: e.target.value })} />
          </label>
          <ol className="story-editor__steps">
            {story.steps.map((step, i) => (
              <StepEditor
                key={i}
                step={step}
                index={i}
                count={story.steps.length}
                summary={stepSummary(step.state, names)}
                preview={previewOf(step, i)}
                problems={stepProblems(step, data, clock)}
                onChange={(change) => commit(updateStep(story, i, change))}
                onMove={(delta) => commit(moveStep(story, i, delta), `Moved step ${i + 1} to place ${i + 1 + delta}.`)}
                onDelete={() => commit(removeStep(story, i), `Deleted step ${i + 1}.`)}
                onShow={() => showStep(i)}
                onReplaceView={() => commit(updateStep(story, i, { state: currentStepState() }), `Step ${i + 1} now shows the current view.`)}
              />
            ))}
          </ol>
          <div className="story-editor__footer" role="group" aria-label="Story actions">
            <button type="button" onClick={() => commit(addStep(story, currentStepState()), `Added the current view as step ${story.steps.length + 1}.`)}>
              Add the current view as a step
            </button>
            <button
              type="button"
              onClick={(event) => {
                closeEnclosingDialog(event.currentTarget);
                void startPresenting(story.id);
              }}
            >
              Present this story
            </button>
            <button type="button" onClick={() => downloadText(storyToJson(story), storyFileName(story), 'application/json')}>
              Download story (JSON)
            </button>
            <button
              type="button"
              className="story-editor__discard"
              onClick={() => {
                if (window.confirm(`Delete “${story.title}” from this browser? Download it first to keep a copy.`))
                  commit(null, 'Your story was deleted from this browser.');
              }}
            >
              Delete my story
            </button>
          </div>
        </>
      )}

      <p className="story-editor__upload">
        <label htmlFor={uploadId}>Upload a story (JSON)</label>{' '}
        <input id={uploadId} type="file" accept="application/json,.json" onChange={(e) => void onUpload(e)} />
        {story !== null && <span className="story-editor__note"> It replaces your current story.</span>}
      </p>

      <details className="story-editor__placeholders">
        <summary>Placeholders for captions</summary>
        <p>
          Write them in braces, e.g. “By {'{year}'} the SCO had {'{count.member}'} members.” They are filled from the data for the step’s year.
        </p>
        <dl>
          {Object.entries(PLACEHOLDERS).map(([name, p]) => (
            <div key={name}>
              <dt>
                <code>{`{${name}}`}</code>
              </dt>
              <dd>{p.description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Dialog>
  );
}
