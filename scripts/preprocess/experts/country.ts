/**
 * A person's country from the words that describe them, as scored candidates: every place the
 * description names gets a score from how it is said, and the best one wins. A base city or
 * "X-based" beats a nationality, which beats a place in an organisation's name, which beats a
 * well-known organisation's country. A country the person studies ("a Russia expert", "a scholar
 * of Russia", "head of the Afghanistan programme") is not their country, nor a place in a book's
 * title, nor one they only visited. When nothing is left the country is null, not a guess.
 */
import type { PlaceRef } from '../gazetteer';
import type { PhraseMatch } from '../phraseIndex';
import type { Token } from '../tokens';
import type { OrgSpan } from './organisations';
import { findJobs, type AttributionWords, type JobMatch } from './words';

export interface ScoredPlace {
  iso3: string;
  score: number;
  /** Why: for tests and for reading a wrong guess. */
  basis: string;
}

/** Words after a place that make it a field of study or work, not where the person is. */
const FIELD_AFTER = /^(?:studies|affairs|politics|relations|policy|policies|programmes?|programs?|desk|issues|economy|economics|history|research|language|literature|questions?|ties|watchers?|experts?|analysts?|specialists?|scholars?|hands?|researchers?|observers?)$/;
/** The same list without the job nouns: "Kazakh scholar" is a nationality, "Russia expert" a field. */
const FIELD_AFTER_DEMONYM = /^(?:studies|affairs|politics|relations|policy|policies|programmes?|programs?|desk|issues|economy|economics|history|research|language|literature|questions?|ties)$/;
/** "in" is not among them: "an analyst in Baku" is where the analyst works; "ambassador to China" is where the ambassador is sent. */
const FIELD_BEFORE = new Set(['on', 'of', 'about', 'for', 'covering', 'towards', 'toward', 'regarding', 'to']);
const LOCATION_BEFORE = new Set(['in', 'from']);
const BASE_UNIT_AFTER = /^(?:office|bureau|correspondent|bureau chief|branch|campus)\b/;
/** "author of the book …": what follows is a title, whatever places it names. */
const WORK_TITLE = /\b(?:author|co-author|editor) of\b|\b(?:book|novel|report|study|paper|film)\b/i;
const RELATIVE = /\bwho\b/;

/** The word after a place, past "and Central Asia"-like additions: "Afghanistan and Central Asia programs" → "programs". */
function nextWordAfter(tokens: readonly Token[], index: number): string {
  let k = index;
  while (tokens[k]?.text === 'and' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
    k += 2;
    while (/^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++;
  }
  return (tokens[k]?.text ?? '').toLowerCase();
}

export interface DescriptorText {
  text: string;
  tokens: readonly Token[];
  places: ReadonlyArray<PhraseMatch<PlaceRef>>;
  jobs: readonly JobMatch[];
  orgs: readonly OrgSpan[];
}

export function scorePlaces(descriptor: DescriptorText, words: AttributionWords): ScoredPlace[] {
  const { text, tokens, places, jobs, orgs } = descriptor;
  const workTitle = WORK_TITLE.exec(text);
  const cutAt = workTitle === null ? text.length : workTitle.index;
  const relativeAt = RELATIVE.exec(text)?.index ?? text.length;
  // A later comma-separated segment that describes an organisation ("…, a daily in Moscow").
  const nestedOrgAt = (() => {
    const m = /,\s*(?:a|an)\s+[^,]*$/.exec(text.slice(0, cutAt));
    return m !== null && words.organisationNouns.test(m[0]) && !findJobs(words, m[0]).length ? m.index : text.length;
  })();
  const scored: ScoredPlace[] = [];
  for (const place of places) {
    if (place.start >= cutAt) continue;
    const result = scoreOne(text, tokens, place, jobs, orgs);
    if (result === null) continue;
    let { score } = result;
    if (place.start > nestedOrgAt) score -= 1;
    if (place.start > relativeAt && !/based/.test(text.slice(relativeAt, place.start)) && result.basis === 'location') score = 1;
    scored.push({ iso3: place.value.iso3, score, basis: result.basis });
  }
  for (const { pattern, iso3 } of words.titleCountries) if (pattern.test(text.slice(0, cutAt))) scored.push({ iso3, score: 3, basis: 'title' });
  return scored;
}

function scoreOne(
  text: string,
  tokens: readonly Token[],
  place: PhraseMatch<PlaceRef>,
  jobs: readonly JobMatch[],
  orgs: readonly OrgSpan[],
): { score: number; basis: string } | null {
  const { kind } = place.value;
  if (kind === 'organisation') return { score: 2, basis: 'organisation' };
  // "Western-Russian": the word before a hyphenated compound is the one that counts.
  let first = place.first;
  while (first > 0 && text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0) === '-') first--;
  const before = (tokens[first - 1]?.text ?? '').toLowerCase();
  const lastToken = tokens[place.last - 1];
  const after = text.slice(place.end);
  const next = nextWordAfter(tokens, place.last);
  const possessive = /^['’]s\b/.test(after) || /['’]s$/.test(lastToken?.text ?? '');
  const insideOrg = orgs.some((o) => place.start >= o.start && place.end <= o.end);
  // A field of study or work: "Russia expert", "Chinese studies", "expert on Russia", "secretary for Afghanistan".
  if (!possessive && (kind === 'demonym' ? FIELD_AFTER_DEMONYM : FIELD_AFTER).test(next)) return null;
  const jobBefore = jobs.find((j) => j.end <= (tokens[first]?.start ?? place.start) && (tokens[first]?.start ?? place.start) - j.end <= 24);
  if (!possessive && !insideOrg && jobBefore !== undefined && FIELD_BEFORE.has(before)) {
    // "of" makes a field only after an expert's job: "President of Kazakhstan" is the office's country.
    if (before !== 'of' || jobBefore.role === 'expert') return null;
  }
  if (/^-based\b/.test(after) || /^\s+based\b/.test(after)) return { score: 4, basis: 'based' };
  if (kind === 'city' && BASE_UNIT_AFTER.test(after.trim())) return { score: 5, basis: 'base unit' };
  if (LOCATION_BEFORE.has(before)) return { score: 5, basis: 'location' };
  if (possessive) return { score: 4, basis: 'possessive' };
  if (insideOrg) return { score: 3, basis: 'organisation name' };
  // "Kazakh scholar", "Indian Foreign Secretary", "U.S. Secretary of State": the person's own country.
  if (jobs.some((j) => j.start >= place.end && j.start - place.end <= 3)) return { score: 4, basis: 'nationality' };
  if (kind === 'demonym') return { score: 3, basis: 'demonym' };
  return { score: 2, basis: 'named' };
}

/** The best-scored place's country, the later one on a tie; null when none is left. */
export function bestCountry(scored: readonly ScoredPlace[]): ScoredPlace | null {
  let best: ScoredPlace | null = null;
  for (const s of scored) if (s.score > 0 && (best === null || s.score >= best.score)) best = s;
  return best;
}
