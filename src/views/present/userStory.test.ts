import { describe, expect, it } from 'vitest';
import type { Story } from './storySchema';
import {
  addStep,
  copyAsUserStory,
  emptyUserStory,
  loadUserStory,
  moveStep,
  readUploadedStory,
  removeStep,
  saveUserStory,
  storyFileName,
  storyToJson,
  updateStep,
  USER_STORY_ID,
} from './userStory';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

const story: Story = {
  id: USER_STORY_ID,
  title: 'Talk',
  steps: [
    { title: 'A', caption: '', state: { year: 1996 } },
    { title: 'B', caption: '', state: { year: 2001 } },
    { title: 'C', caption: '', state: { year: 2017 } },
  ],
};
const titles = (s: Story) => s.steps.map((x) => x.title);

describe('editing a story', () => {
  it('adds the current view as the last step', () => {
    const next = addStep(story, { year: 2024, focus: 'network' });
    expect(titles(next)).toEqual(['A', 'B', 'C', 'Step 4']);
    expect(next.steps[3]?.state).toEqual({ year: 2024, focus: 'network' });
    expect(story.steps).toHaveLength(3);
  });

  it('moves a step up and down, and leaves the story alone at the ends', () => {
    expect(titles(moveStep(story, 2, -1))).toEqual(['A', 'C', 'B']);
    expect(titles(moveStep(story, 0, 1))).toEqual(['B', 'A', 'C']);
    expect(moveStep(story, 0, -1)).toBe(story);
    expect(moveStep(story, 2, 1)).toBe(story);
  });

  it('deletes a step but never the last one', () => {
    expect(titles(removeStep(story, 1))).toEqual(['A', 'C']);
    const single = emptyUserStory({ year: 2025 });
    expect(removeStep(single, 0)).toBe(single);
  });

  it('renames a step and edits its caption', () => {
    const next = updateStep(story, 1, { title: 'Founding', caption: 'In {year}' });
    expect(next.steps[1]).toMatchObject({ title: 'Founding', caption: 'In {year}', state: { year: 2001 } });
  });

  it('copies a shipped story under the user’s id', () => {
    const copy = copyAsUserStory({ ...story, id: 'sco-enlargement', title: 'SCO enlargement' });
    expect(copy.id).toBe(USER_STORY_ID);
    expect(copy.title).toBe('SCO enlargement (my copy)');
  });
});

describe('download and upload', () => {
  it('writes JSON that reads back as the same story, under the user’s id', () => {
    const shipped = { ...story, id: 'sco-enlargement' };
    const parsed = readUploadedStory(storyToJson(shipped));
    expect(parsed).toEqual({ ok: true, story: { ...shipped, id: USER_STORY_ID } });
  });

  it('explains why an upload is not a story', () => {
    const parsed = readUploadedStory('{"id":"x","title":"T","steps":[{"title":"","caption":"","state":{}}]}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(/step 1, title/);
  });

  it('names the file after the title', () => {
    expect(storyFileName({ title: 'SCO enlargement (my copy)' })).toBe('sco-enlargement-my-copy.json');
    expect(storyFileName({ title: '***' })).toBe('story.json');
  });
});

describe('keeping the story in the browser', () => {
  it('saves, loads and forgets it', () => {
    const storage = memoryStorage();
    expect(loadUserStory(storage)).toBeNull();
    expect(saveUserStory(storage, story)).toBe(true);
    expect(loadUserStory(storage)).toEqual(story);
    expect(saveUserStory(storage, null)).toBe(true);
    expect(loadUserStory(storage)).toBeNull();
  });

  it('ignores a stored value that no longer validates, and survives a storage that throws', () => {
    const storage = memoryStorage();
    storage.items.set('sco-atlas:user-story', '{"id":"my-story","steps":"old"}');
    expect(loadUserStory(storage)).toBeNull();
    storage.items.set('sco-atlas:user-story', 'not json');
    expect(loadUserStory(storage)).toBeNull();
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(loadUserStory(throwing)).toBeNull();
    expect(saveUserStory(throwing, story)).toBe(false);
    expect(saveUserStory(null, story)).toBe(false);
  });
});
