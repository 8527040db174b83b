/**
 * The user's own story: edited in the story editor, kept in localStorage so a reload keeps it,
 * downloaded and uploaded as JSON. Edits are pure functions on an immutable story.
 */
import { parseStory, parseStoryText, type StepState, type Story, type StoryParse, type StoryStep } from './storySchema';

export const USER_STORY_ID = 'my-story';
const STORAGE_KEY = 'sco-atlas:user-story';

export function emptyUserStory(firstStep: StepState, title = 'My story'): Story {
  return { id: USER_STORY_ID, title, steps: [{ title: 'Step 1', caption: '', state: firstStep }] };
}

/** A copy of a story to edit as the user's own (the bundled one stays as shipped). */
export function copyAsUserStory(story: Story): Story {
  return { ...story, id: USER_STORY_ID, title: `${story.title} (my copy)`, steps: story.steps.map((s) => ({ ...s })) };
}

export function addStep(story: Story, state: StepState, title?: string): Story {
  const step: StoryStep = { title: title ?? `Step ${story.steps.length + 1}`, caption: '', state };
  return { ...story, steps: [...story.steps, step] };
}

/** Moves step `index` by `delta` places (−1: earlier); out-of-range moves leave the story unchanged. */
export function moveStep(story: Story, index: number, delta: number): Story {
  const target = index + delta;
  if (index < 0 || index >= story.steps.length || target < 0 || target >= story.steps.length) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(index, 1);
  if (moved === undefined) return story;
  steps.splice(target, 0, moved);
  return { ...story, steps };
}

/** Removes a step; the last step cannot go (a story has at least one). */
export function removeStep(story: Story, index: number): Story {
  if (story.steps.length <= 1 || index < 0 || index >= story.steps.length) return story;
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

export function updateStep(story: Story, index: number, change: Partial<Pick<StoryStep, 'title' | 'caption' | 'state'>>): Story {
  if (index < 0 || index >= story.steps.length) return story;
  return { ...story, steps: story.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) };
}

/**
 * Reads an uploaded story. Its id becomes the user story's id, so it can never replace a
 * shipped story of the same name; everything else is kept as written.
 */
export function readUploadedStory(text: string): StoryParse {
  const parsed = parseStoryText(text);
  return parsed.ok ? { ok: true, story: { ...parsed.story, id: USER_STORY_ID } } : parsed;
}

/** The JSON a download writes: the same shape data/stories/*.json files have. */
export function storyToJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** A file name from the title: "SCO enlargement (my copy)" → "sco-enlargement-my-copy.json". */
export function storyFileName(story: Pick<Story, 'title'>): string {
  const slug = story.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? 'story' : slug}.json`;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The saved story, or null when there is none or it no longer validates (an older version's shape). */
export function loadUserStory(storage: Storage | null): Story | null {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = parseStory(JSON.parse(text));
    return parsed.ok ? parsed.story : null;
  } catch {
    return null;
  }
}

/** Saves (or with null, forgets) the user's story; false when the browser refused (private mode, quota). */
export function saveUserStory(storage: Storage | null, story: Story | null): boolean {
  try {
    if (storage === null) return false;
    if (story === null) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(story));
    return true;
  } catch {
    return false;
  }
}

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
