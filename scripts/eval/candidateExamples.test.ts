/**
 * The candidate examples written for the project (data/eval/candidates: short invented texts
 * about SCO membership, one or more forms per kind, with a city and a bystander country in the
 * sentence) and the set written after the first rules (data/eval/candidates-heldout), scored by
 * the same evaluation `npm run eval` reports.
 */
import { evaluateCorpus } from './evaluateCorpus';

const scored = (dir: string) => evaluateCorpus(`data/eval/${dir}/articles`, `data/eval/${dir}/answers.json`, 'data/reference', false).report;

describe('the candidate examples', () => {
  it.each([['candidates'], ['candidates-heldout']])('%s: candidates with precision and recall of at least 0.80, and the right kind', (dir) => {
    const { candidates } = scored(dir);
    expect(candidates).not.toBeNull();
    expect(candidates?.precision, `extra: ${candidates?.extra.join(', ')}`).toBeGreaterThanOrEqual(0.8);
    expect(candidates?.recall, `missed: ${candidates?.missed.join(', ')}`).toBeGreaterThanOrEqual(0.8);
    expect(candidates?.kind.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('never takes a bystander country or a city for a candidate', () => {
    const { candidates } = scored('candidates');
    expect(candidates?.extra).toEqual([]);
  });
});
