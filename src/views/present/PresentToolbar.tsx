import { useId, useMemo, useState } from 'react';
import { CopyLinkButton } from './CopyLinkButton';
import { ExportDialog } from './ExportDialog';
import { startPresenting } from './presenting';
import { BUNDLED_STORIES, DEFAULT_STORY_ID, storyLibrary } from './storyCatalog';
import { StoryEditor } from './StoryEditor';
import { useUserStory } from './useUserStory';
import './present.css';
import './print.css';

/** The header's share-and-present tools: choose a story and present it, edit your own, copy a link, export. */
export function PresentToolbar() {
  const selectId = useId();
  const [userStory] = useUserStory();
  const stories = useMemo(() => storyLibrary(BUNDLED_STORIES.stories, userStory), [userStory]);
  const [chosen, setChosen] = useState<string>(DEFAULT_STORY_ID);
  const storyId = stories.some((s) => s.id === chosen) ? chosen : (stories[0]?.id ?? null);
  const problems = BUNDLED_STORIES.problems;

  return (
    <div className="present-toolbar" role="group" aria-label="Present and share">
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
      <CopyLinkButton />
      <ExportDialog />
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
    </div>
  );
}
