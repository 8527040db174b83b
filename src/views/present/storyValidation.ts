/**
 * What the schema cannot check: that a story fits the loaded data. Placeholders must be known and
 * fillable, and ids must name an expert, theme or source that the data holds; otherwise the step
 * would show an empty selection or a blank in its caption on the projector.
 */
import type { ScoCore } from '../../model/core';
import { stepFacts } from './captionFacts';
import type { DataClock } from '../../model/dataClock';
import { captionProblems, provisionsOf } from './captionTemplate';
import type { Story, StoryStep } from './storySchema';

export type ValidationData = Pick<ScoCore, 'countries' | 'candidates' | 'articles' | 'experts' | 'themes' | 'themeWeights' | 'summits' | 'sources'>;

/** Problems of one step, e.g. "unknown placeholder {membrs}"; empty when it fits the data. */
export function stepProblems(step: StoryStep, data: ValidationData, clock: DataClock): string[] {
  const { state } = step;
  const provides = provisionsOf(stepFacts(data, state, clock));
  // Titles may hold placeholders too ("The network, {years}").
  const problems = [...captionProblems(step.title, provides).map((p) => `title: ${p}`), ...captionProblems(step.caption, provides)];
  if (state.selectedExpert !== undefined && !data.experts.some((e) => e.id === state.selectedExpert)) {
    problems.push(`no expert with the id “${state.selectedExpert}” in the data`);
  }
  for (const theme of state.themes ?? []) if (!data.themes.some((t) => t.id === theme)) problems.push(`no theme with the id “${theme}” in the data`);
  for (const source of step.sources ?? []) if (!data.sources.some((s) => s.id === source)) problems.push(`no source with the id “${source}” in the data`);
  return problems;
}

/** Lines like "step 3 (“2017”): unknown placeholder {membrs}"; empty when the whole story fits the data. */
export function storyProblems(story: Story, data: ValidationData, clock: DataClock): string[] {
  return story.steps.flatMap((step, i) => stepProblems(step, data, clock).map((p) => `step ${i + 1} (“${step.title}”): ${p}`));
}
