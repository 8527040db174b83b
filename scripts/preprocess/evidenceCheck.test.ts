/**
 * The evidence check in the hot path passes only what the shard schema (ArticleEvidence) passes,
 * and it passes what the pipeline really builds, so the schema is seldom asked and still decides.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleEvidence } from '../../src/model/coreSchema';
import { evidenceProblem, plainEvidence } from './evidenceCheck';
import { findingsOf } from './pipeline';
import { readArticleFile } from './readArticle';
import { prepared } from './testSupport';

const GOOD = {
  id: 'a-1',
  quotes: [[1, 'The bank is ready.']],
  attributions: [['anna-kim', 'Anna Kim said so.']],
  mentions: [['KAZ', 'Kazakhstan hosts the summit.']],
  candidates: [['IRN', 'membership', 'Iran seeks membership.']],
};

/** GOOD with one field replaced: each a way the shape can go wrong (or stay right). */
const VARIANTS: Array<[string, unknown]> = [
  ['empty lists', { ...GOOD, quotes: [], attributions: [], mentions: [], candidates: [] }],
  ['an extra field', { ...GOOD, extra: 1 }],
  ['no id', { ...GOOD, id: undefined }],
  ['an empty id', { ...GOOD, id: '' }],
  ['a numeric id', { ...GOOD, id: 7 }],
  ['quote number 0', { ...GOOD, quotes: [[0, 'x']] }],
  ['a fractional quote number', { ...GOOD, quotes: [[1.5, 'x']] }],
  ['a quote number as text', { ...GOOD, quotes: [['1', 'x']] }],
  ['an infinite quote number', { ...GOOD, quotes: [[Number.POSITIVE_INFINITY, 'x']] }],
  ['an empty quote', { ...GOOD, quotes: [[1, '']] }],
  ['a quote with a third cell', { ...GOOD, quotes: [[1, 'x', 'y']] }],
  ['a quote with one cell', { ...GOOD, quotes: [[1]] }],
  ['quotes not a list', { ...GOOD, quotes: {} }],
  ['a quote not a list', { ...GOOD, quotes: [{ 0: 1, 1: 'x' }] }],
  ['a slug with capitals', { ...GOOD, attributions: [['Anna-kim', 'x']] }],
  ['a slug with a double hyphen', { ...GOOD, attributions: [['anna--kim', 'x']] }],
  ['a slug ending in a hyphen', { ...GOOD, attributions: [['anna-', 'x']] }],
  ['an empty attribution sentence', { ...GOOD, attributions: [['anna-kim', '']] }],
  ['a lower-case code', { ...GOOD, mentions: [['kaz', 'x']] }],
  ['a two-letter code', { ...GOOD, mentions: [['KZ', 'x']] }],
  ['a code with a newline', { ...GOOD, mentions: [['KAZ\n', 'x']] }],
  ['an unknown kind', { ...GOOD, candidates: [['IRN', 'friendship', 'x']] }],
  ['a candidate without a sentence', { ...GOOD, candidates: [['IRN', 'membership']] }],
  ['null', null],
  ['a list', [GOOD]],
  ['a string', 'a-1'],
];

describe('the evidence check', () => {
  it('passes an entry only when the shard schema passes it', () => {
    expect(plainEvidence(GOOD)).toBe(true);
    for (const [what, entry] of VARIANTS) {
      const schema = ArticleEvidence.safeParse(entry).success;
      if (plainEvidence(entry)) expect(schema, what).toBe(true);
      expect(evidenceProblem(entry) === undefined, what).toBe(schema);
    }
  });

  it('passes the evidence the pipeline builds from the seed articles without asking the schema', () => {
    for (const name of readdirSync('data/articles')) {
      const { evidence } = findingsOf(readArticleFile(join('data/articles', name)), prepared());
      expect(plainEvidence(evidence), name).toBe(true);
    }
  });

  it('words a refusal as the schema does', () => {
    expect(evidenceProblem({ ...GOOD, mentions: [['kaz', 'x']] })).toMatch(/^mentions\.0\.0: /);
  });
});
