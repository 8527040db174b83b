/**
 * What the words around a name say about the person: "director of the European Geopolitical
 * Forum in Brussels" → title "director", organisation "European Geopolitical Forum", city
 * "Brussels", country BEL.
 */
import { findPlaces, type Gazetteer } from '../gazetteer';
import { tokenize, type Token } from '../tokens';

export interface Profile {
  title?: string;
  organisation?: string;
  city?: string;
  country: string | null;
  role: 'expert' | 'official';
}

const ORG_WORDS = new Set(
  ('Institute Institution Academy Forum University College School Center Centre Council Assembly Department Ministry Agency ' +
    'Foundation Fund Club Society Association Committee Commission Bank Office Bureau Programme Service Corporation Company ' +
    'Group Organization Organisation Secretariat Parliament Network Laboratory Observatory Faculty Initiative ' +
    'Times News Daily Post Press Review Journal Gazette Herald Radio Television').split(' '),
);
/** Lower-case words that may sit inside an organisation's name. */
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&']);

const OFFICIAL = /\b(?:minister|ambassador|president|vice[- ]president|spokes(?:man|woman|person)|secretary[- ]general|governor|mayor|senator|envoy|official|premier|chancellor|king|emir|deputy foreign minister|foreign minister|prime minister|diplomat|consul|commissioner|member of parliament|lawmaker|mp)\b/i;
const EXPERT = /\b(?:expert|analyst|scholar|scientist|researcher|professor|lecturer|fellow|sinologist|economist|academic|specialist|director of (?:the )?\S+ (?:institute|centre|center)|think[- ]tank)\b/i;

interface OrgSpan {
  start: number;
  end: number;
}

/** Punctuation between two words that ends an organisation's name. */
const BREAK = /[,;:"“”()]/;

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Capitalised stretches built around an organisation word, e.g. "Kazakhstan’s Institute of Parliamentarism". */
function findOrganisations(text: string, tokens: readonly Token[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined || !ORG_WORDS.has(token.text)) {
      i++;
      continue;
    }
    const gapBefore = (k: number) => text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
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
      while (k < tokens.length && ORG_CONNECTORS.has(tokens[k]?.text ?? '')) k++;
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

const cleanOrganisation = (org: string) =>
  org.replace(/,(["”])$/, '$1').replace(/\s*,\s*(["”])/, '$1').replace(/\s+/g, ' ').trim();

function cleanTitle(title: string): string {
  return title
    .replace(/(?:,\s*)?\bwho\s+(?:\w+\s+){0,3}?(?:at|of|for|in|with)?(?:\s+the)?\s*$/i, '')
    .replace(/\s+(?:based\s+)?(?:in|at|from|of|under|with)(?:\s+the)?\s*$/i, '')
    .replace(/\s+(?:of|at|under|with|in|from|and)(?:\s+the)?\s*$/i, '')
    .replace(/^(?:an?|the)\s+/i, '')
    .replace(/[\s,.;:]+$/u, '')
    .replace(/^[\s,.;:]+/u, '')
    .trim();
}

const NOTHING_SAID: Profile = { country: null, role: 'expert' };

export function describeSpeaker(descriptor: string, gazetteer: Gazetteer): Profile {
  const text = descriptor.replace(/\s+/g, ' ').trim();
  if (text === '') return NOTHING_SAID;
  const tokens = tokenize(text);
  const places = findPlaces(gazetteer, tokens);
  const strong = places.filter((p) => p.value.kind !== 'demonym');
  // The last stated place wins ("… program under the Institute … in Kazakhstan"); a demonym only
  // when nothing stronger is said ("Kazakh political scientist").
  const chosen = strong[strong.length - 1] ?? places[places.length - 1];
  const cityMatch = [...places].reverse().find((p) => p.value.kind === 'city');

  const orgs = findOrganisations(text, tokens);
  const org = orgs[orgs.length - 1];
  let cut = text.length;
  // The title ends where the first organisation or place begins.
  const firstOrg = orgs[0];
  if (firstOrg !== undefined) cut = firstOrg.start;
  for (const p of places) {
    if (p.value.kind === 'demonym' || p.start < 3) continue;
    const before = text.slice(0, p.start);
    if (/(?:\bin|\bbased in|\bfrom|,)\s*$/i.test(before)) {
      cut = Math.min(cut, p.start);
      break;
    }
  }
  let title = cleanTitle(text.slice(0, cut));
  // Strip a leading demonym or possessive place: "Kazakh political scientist" → "political scientist".
  const lead = places[0];
  if (lead !== undefined && lead.start === 0) title = cleanTitle(title.slice(lead.end).replace(/^['’]s\b/u, ''));
  if (title === '' && org !== undefined) title = cleanTitle(text.slice(org.end).replace(/^[^\p{L}]*/u, ''));
  if (title === '' || title.length > 120) title = '';

  const organisation = org === undefined ? '' : cleanOrganisation(text.slice(org.start, org.end));
  const role = OFFICIAL.test(title) && !EXPERT.test(text) ? 'official' : 'expert';
  return {
    ...(title === '' ? {} : { title }),
    ...(organisation === '' ? {} : { organisation }),
    ...(cityMatch === undefined ? {} : { city: cityMatch.value.name }),
    country: chosen?.value.iso3 ?? null,
    role,
  };
}
