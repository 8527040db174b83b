import { CANDIDATE_RULES, type CandidateRow } from './candidateRules';
import { CANDIDATE_TRIGGERS, candidatesInSentence } from './candidates';
import { findPlaces } from './gazetteer';
import { gazetteer } from './testSupport';
import { tokenize } from './tokens';

/** The predicates a sentence's words allow, as analyseArticle finds them: each cue word as written or capitalised. */
function triggersOf(sentence: string): number {
  let mask = 0;
  for (const token of tokenize(sentence)) {
    const word = sentence.slice(token.start, token.end);
    mask |= CANDIDATE_TRIGGERS.get(word) ?? CANDIDATE_TRIGGERS.get(word[0]?.toLowerCase() + word.slice(1)) ?? 0;
  }
  return mask;
}

/** What one row alone finds in a sentence of an article about the SCO, as "ISO3:kind". */
function foundBy(row: CandidateRow, sentence: string): string[] {
  const bit = 1 << CANDIDATE_RULES.indexOf(row);
  const places = findPlaces(gazetteer(), tokenize(sentence)).filter((p) => p.value.kind !== 'organisation' && p.value.kind !== 'none');
  return candidatesInSentence(sentence, places, { aboutSco: true, previous: '', predicates: triggersOf(sentence) & bit })
    .map((hit) => `${hit.iso3}:${hit.kind}`)
    .sort();
}

describe('the candidate predicate table', () => {
  it('has unique ids, and examples both ways in every row', () => {
    expect(new Set(CANDIDATE_RULES.map((r) => r.id)).size).toBe(CANDIDATE_RULES.length);
    for (const row of CANDIDATE_RULES) {
      expect(row.yes.length, row.id).toBeGreaterThan(0);
      expect(row.no.length, row.id).toBeGreaterThan(0);
    }
  });

  describe.each(CANDIDATE_RULES.map((row) => [row.id, row] as const))('%s', (_id, row) => {
    it.each(row.yes.map(([sentence, expected]) => [expected.join(', '), sentence, expected] as const))('finds %s in: %s', (_label, sentence, expected) => {
      // The row's cue words must let it run on the sentence at all.
      expect(triggersOf(sentence) & (1 << CANDIDATE_RULES.indexOf(row)), 'no cue word of the row').not.toBe(0);
      expect(foundBy(row, sentence)).toEqual([...expected].sort());
    });
    it.each(row.no.map((sentence) => [sentence]))('finds no candidate in: %s', (sentence) => {
      expect(foundBy(row, sentence)).toEqual([]);
    });
  });
});
