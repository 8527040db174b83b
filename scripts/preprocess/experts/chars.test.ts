import { describe, expect, it } from 'vitest';
import { collapseSpaces, hasMoreWordsThan } from './chars';

describe('hasMoreWordsThan', () => {
  const texts = ['', ' ', 'one', ' one  two ', 'a\tb\nc', 'Anna\u00a0Kim,\u2009senior\u3000fellow', 'x\u200by', 'end\ufeff.', 'one two three four'];
  it('counts what a /\\S+/g match counts, with every kind of space', () => {
    for (const text of texts) {
      const words = (text.match(/\S+/g) ?? []).length;
      for (let limit = 0; limit <= 5; limit++) expect(hasMoreWordsThan(text, limit), `${JSON.stringify(text)} > ${limit}`).toBe(words > limit);
    }
  });
});

describe('collapseSpaces', () => {
  it('gives what replacing every run of \\s by one space and trimming gives', () => {
    for (const text of ['', '  ', 'a b', ' a b ', 'a  b', 'a\tb', 'a\u00a0b', 'a \u2009b', 'a\u200bb', 'director of\nthe Asia Centre ']) {
      expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
