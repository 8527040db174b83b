/**
 * The stories shipped with the app: every data/stories/*.json, bundled at build time (a rebuild
 * picks up a new file), each validated on load. A broken file becomes a readable problem in the
 * story menu, never a blank page.
 */
import { parseStory, type Story } from './storySchema';

export const DEFAULT_STORY_ID = 'sco-enlargement';

export interface StoryFileProblem {
  /** The file name, e.g. "my-talk.json". */
  file: string;
  errors: string[];
}

export interface StoryCatalog {
  stories: Story[];
  problems: StoryFileProblem[];
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Validates bundled story files (path → parsed JSON); the default story comes first, then by title. */
export function buildStoryCatalog(files: Readonly<Record<string, unknown>>): StoryCatalog {
  const stories: Story[] = [];
  const problems: StoryFileProblem[] = [];
  for (const [path, json] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseStory(json);
    if (!parsed.ok) {
      problems.push({ file: fileName(path), errors: parsed.errors });
    } else if (stories.some((s) => s.id === parsed.story.id)) {
      problems.push({ file: fileName(path), errors: [`another story file already uses the id “${parsed.story.id}”`] });
    } else {
      stories.push(parsed.story);
    }
  }
  stories.sort((a, b) => Number(b.id === DEFAULT_STORY_ID) - Number(a.id === DEFAULT_STORY_ID) || a.title.localeCompare(b.title));
  return { stories, problems };
}

const bundled = import.meta.glob('../../../data/stories/*.json', { eager: true, import: 'default' });

let bundledCatalog: StoryCatalog | null = null;

/**
 * The stories bundled into this build, validated on first use: by the header's story menu once
 * the data is in, not while index.js is evaluated (the page's first long task, about 3–5 ms of it).
 */
export function bundledStories(): StoryCatalog {
  bundledCatalog ??= buildStoryCatalog(bundled);
  return bundledCatalog;
}

/** Every story this browser can present: the bundled ones and the user's own (which wins an id clash). */
export function storyLibrary(bundled: readonly Story[], user: Story | null): Story[] {
  return user === null ? [...bundled] : [...bundled.filter((s) => s.id !== user.id), user];
}
