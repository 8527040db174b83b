/**
 * Every story shipped in data/stories/ must validate, and must fit the data the pipeline builds
 * from data/articles and data/reference today: known placeholders, experts, themes and sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/preprocess/pipeline';
import type { ScoData } from '../../model/schema';
import { stepFacts } from './captionFacts';
import { fillCaption } from './captionTemplate';
import { dataClock } from '../../model/dataClock';
import { bundledStories, DEFAULT_STORY_ID } from './storyCatalog';
import { parseStoryText, type Story } from './storySchema';
import { storyProblems } from './storyValidation';

const ROOT = resolve(import.meta.dirname, '../../..');
const STORIES = join(ROOT, 'data/stories');
const files = readdirSync(STORIES).filter((f) => f.endsWith('.json'));
// The day the figures are checked for: after Tianjin, as the reference data is.
const clock = dataClock('2025-09-01', new Date('2026-11-23T12:00:00Z'));

let data: ScoData;
beforeAll(() => {
  data = runPipeline({ articlesDir: join(ROOT, 'data/articles'), referenceDir: join(ROOT, 'data/reference'), generatedAt: '2026-01-01T00:00:00.000Z' });
});

describe('data/stories', () => {
  it('holds the default story', () => {
    expect(files).toContain(`${DEFAULT_STORY_ID}.json`);
    expect(bundledStories().stories[0]?.id).toBe(DEFAULT_STORY_ID);
    expect(bundledStories().problems).toEqual([]);
  });

  it.each(files)('%s matches the story schema and fits the data', (file) => {
    const parsed = parseStoryText(readFileSync(join(STORIES, file), 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    expect(`${parsed.story.id}.json`).toBe(file);
    expect(storyProblems(parsed.story, data, clock)).toEqual([]);
  });
});

describe('the default story', () => {
  let story: Story;
  beforeAll(() => {
    const found = bundledStories().stories.find((s) => s.id === DEFAULT_STORY_ID);
    if (found === undefined) throw new Error('default story missing');
    story = found;
  });
  const caption = (i: number) => {
    const step = story.steps[i];
    if (step === undefined) throw new Error(`no step ${i + 1}`);
    return fillCaption(step.caption, stepFacts(data, step.state, clock));
  };

  it('walks 1996 → 2001 → 2017 → 2023 → 2024 → 2025, then the experts', () => {
    expect(story.steps.slice(0, 6).map((s) => s.state.year)).toEqual([1996, 2001, 2017, 2023, 2024, 2025]);
    expect(story.steps.slice(6).map((s) => s.state.focus)).toEqual(expect.arrayContaining(['timeline', 'network']));
    expect(story.steps.some((s) => s.state.selectedExpert !== undefined)).toBe(true);
    expect(story.steps.some((s) => (s.state.themes ?? []).length > 0)).toBe(true);
  });

  it('states the enlargement as the reference data has it', () => {
    expect(caption(0)).toBe("China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan met in Shanghai on 26 Apr 1996 as the Shanghai Five, the SCO's forerunner: 5 countries.");
    expect(caption(1)).toContain('Uzbekistan joined as a founding member: 6 members at the end of 2001');
    expect(caption(2)).toContain('On 9 Jun 2017, at the Astana summit, India and Pakistan became full members');
    expect(caption(3)).toContain('Iran became a full member on 4 Jul 2023');
    expect(caption(4)).toBe('Belarus became a full member at the Astana summit on 4 Jul 2024: the SCO now has 10 members.');
    expect(caption(5)).toContain('Newly admitted: Laos. At the end of 2025: 10 members and 17 partners.');
  });

  it('cites a source for every membership step', () => {
    for (const step of story.steps.slice(0, 6)) expect(step.sources?.length ?? 0).toBeGreaterThan(0);
  });
});
