/**
 * Organisation names in a person's description: capitalised stretches built around an
 * organisation word ("Kazakhstan’s Institute of Parliamentarism", "U.S. Institute of Peace").
 */
import type { Token } from '../tokens';
import type { AttributionWords } from './words';

export interface OrgSpan {
  start: number;
  end: number;
}

/** Punctuation between two words that ends an organisation's name. */
const BREAK = /[,;:"“”()]/;
/** Lower-case words that may sit inside an organisation's name. */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&']);

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

export function findOrganisations(text: string, tokens: readonly Token[], words: AttributionWords): OrgSpan[] {
  const spans: OrgSpan[] = [];
  const gapBefore = (k: number) => text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || !words.organisationWords.has(token.text)) {
      i++;
      continue;
    }
    let first = i;
    while (first > 0 && !BREAK.test(gapBefore(first))) {
      const prev = tokens[first - 1]?.text ?? '';
      if (isCapitalised(prev)) {
        first--;
        continue;
      }
      // "International and National Security Department": a connector between capitalised words.
      const prevPrev = tokens[first - 2]?.text ?? '';
      if ((prev === 'and' || prev === '&') && isCapitalised(prevPrev) && !BREAK.test(gapBefore(first - 1))) {
        first -= 2;
        continue;
      }
      break;
    }
    let last = i;
    while (last + 1 < tokens.length) {
      const gap = text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0);
      if (BREAK.test(gap)) break;
      const next = tokens[last + 1];
      if (next !== undefined && isCapitalised(next.text)) {
        last++;
        continue;
      }
      // "of the People", "and Politics": a connector counts only when a capitalised word follows.
      let k = last + 1;
      while (k < tokens.length && CONNECTORS.has(tokens[k]?.text ?? '')) k++;
      if (k > last + 1 && k < tokens.length && isCapitalised(tokens[k]?.text ?? '') && !BREAK.test(text.slice(tokens[last]?.end ?? 0, tokens[k]?.start ?? 0))) {
        last = k;
        continue;
      }
      break;
    }
    const start = tokens[first]?.start ?? 0;
    let end = tokens[last]?.end ?? 0;
    // A name in quotation marks right after: Research Institution "Knowledge Caravan"
    const quoted = /^\s*["“]([^"”]{1,80})["”]/.exec(text.slice(end));
    if (quoted !== null) end += quoted[0].length;
    spans.push({ start, end });
    i = last + 1;
  }
  return spans;
}

export const cleanOrganisation = (org: string) => org.replace(/,(["”])$/, '$1').replace(/\s*,\s*(["”])/, '$1').replace(/\s+/g, ' ').trim();
