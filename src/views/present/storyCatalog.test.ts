import { describe, expect, it } from 'vitest';
import { buildStoryCatalog, DEFAULT_STORY_ID, storyLibrary } from './storyCatalog';

const story = (id: string, title = id) => ({ id, title, steps: [{ title: 'One', caption: '', state: {} }] });

describe('buildStoryCatalog', () => {
  it('keeps the valid stories, default first, and reports each broken file by name', () => {
    const catalog = buildStoryCatalog({
      '../../../data/stories/a-talk.json': story('a-talk', 'A talk'),
      '../../../data/stories/broken.json': { id: 'broken', steps: 'none' },
      '../../../data/stories/copy.json': story('a-talk', 'Copy'),
      [`../../../data/stories/${DEFAULT_STORY_ID}.json`]: story(DEFAULT_STORY_ID, 'Z default'),
    });
    expect(catalog.stories.map((s) => s.id)).toEqual([DEFAULT_STORY_ID, 'a-talk']);
    expect(catalog.problems.map((p) => p.file)).toEqual(['broken.json', 'copy.json']);
    expect(catalog.problems[0]?.errors.join(' ')).toMatch(/title/);
    expect(catalog.problems[1]?.errors).toEqual(['another story file already uses the id “a-talk”']);
  });
});

describe('storyLibrary', () => {
  it('adds the user’s story, which wins an id clash', () => {
    const bundled = [story('a'), story('my-story', 'shipped')];
    expect(storyLibrary(bundled, null)).toHaveLength(2);
    const library = storyLibrary(bundled, story('my-story', 'mine'));
    expect(library.map((s) => s.title)).toEqual(['a', 'mine']);
  });
});
