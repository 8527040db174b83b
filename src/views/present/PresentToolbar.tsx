import { useId, useMemo, useState } from 'react';
import { startPresenting } from './presenting';
import { bundledStories, DEFAULT_STORY_ID, storyLibrary } from './storyCatalog';
import { StoryEditor } from './StoryEditor';
import { useUserStory } from './useUserStory';
import './present.css';

/** The header's presentation tools: choose a story and present it, edit your own. */
export function PresentToolbar() {
  const selectId = useId();
  const [userStory] = useUserStory();
  const stories = useMemo(() => storyLibrary(bundledStories().stories, userStory), [userStory]);
  const [chosen, setChosen] = useState<string>(DEFAULT_STORY_ID);
  const storyId = stories.some((s) => s.id === chosen) ? chosen : (stories[0]?.id ?? null);
  const problems = bundledStories().problems;

  return (
    <>
      {stories.length > 1 && (
        <span className="present-toolbar__story">
          <label htmlFor={selectId}>Story</label>
          <select id={selectId} value={storyId ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </span>
      )}
      <button
        type="button"
        className="tool-button tool-button--primary"
        disabled={storyId === null}
        onClick={() => {
          if (storyId !== null) void startPresenting(storyId);
        }}
      >
        Present
      </button>
      <StoryEditor />
      {problems.length > 0 && (
        <details className="present-toolbar__problems">
          <summary>
            {problems.length} story {problems.length === 1 ? 'file' : 'files'} could not be read
          </summary>
          <ul>
            {problems.map((p) => (
              <li key={p.file}>
                <code>data/stories/{p.file}</code>: {p.errors.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
