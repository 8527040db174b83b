import { describe, expect, it } from 'vitest';
import { parseStory, parseStoryText } from './storySchema';

const valid = {
  id: 'my-talk',
  title: 'My talk',
  steps: [
    { title: 'Start', caption: 'By {year}…', state: { year: 2001, focus: 'map' } },
    { title: 'Experts', caption: '', state: { range: [2022, 2024], themes: ['security'], selectedExpert: 'rizat-tasym', mapZoom: [70, 40, 2] }, sources: ['S1'] },
  ],
};

describe('parseStory', () => {
  it('accepts a well-formed story', () => {
    const parsed = parseStory(valid);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.story.steps).toHaveLength(2);
  });

  it('counts steps from one in its errors and names the field', () => {
    const parsed = parseStory({ ...valid, steps: [valid.steps[0], { title: 'Bad', caption: '', state: { year: 1800 } }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^step 2, state\.year: /);
  });

  it('refuses unknown fields, reversed ranges, a view that does not exist and an empty story', () => {
    const bad = (state: unknown) => parseStory({ ...valid, steps: [{ title: 'x', caption: '', state }] }).ok;
    expect(bad({ year: 2001, colour: 'red' })).toBe(false);
    expect(bad({ range: [2024, 2022] })).toBe(false);
    expect(bad({ focus: 'globe' })).toBe(false);
    expect(bad({ selectedCountry: 'india' })).toBe(false);
    expect(parseStory({ ...valid, steps: [] }).ok).toBe(false);
    expect(parseStory({ ...valid, id: 'My Talk' }).ok).toBe(false);
  });
});

describe('parseStoryText', () => {
  it('explains an empty file and a file that is not JSON', () => {
    expect(parseStoryText('  ')).toEqual({ ok: false, errors: ['The file is empty.'] });
    const notJson = parseStoryText('{ "id": ');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]).toMatch(/not valid JSON/);
  });

  it('reads a story written as JSON', () => {
    expect(parseStoryText(JSON.stringify(valid)).ok).toBe(true);
  });
});
