/**
 * What the words around a name say about the person: "director of the European Geopolitical
 * Forum in Brussels" → title "director", organisation "European Geopolitical Forum", city
 * "Brussels", country BEL, role expert. `before` is what stands before the name ("Kazakh political
 * scientist", "India’s Foreign Secretary"), `after` the appositive after it.
 */
import type { Gazetteer } from '../gazetteer';
import { findPlaces } from '../gazetteer';
import { tokenize } from '../tokens';
import { collapseSpaces } from './chars';
import { bestCountry, scorePlaces } from './country';
import { cleanOrganisation, findOrganisations, type OrgSpan } from './organisations';
import { findJobs, type AttributionWords, type JobMatch, type Role } from './words';

export interface Profile {
  title?: string;
  organisation?: string;
  city?: string;
  country: string | null;
  role: Role;
}

export interface Descriptor {
  before: string;
  after: string;
}

function cleanTitle(title: string): string {
  return title
    // "bureau chief of the Courier, a daily": what follows the comma describes the organisation.
    .replace(/,\s*(?:a|an)\s[\s\S]*$/i, '')
    .replace(/(?:,\s*)?\bwho\s+(?:\w+\s+){0,3}?(?:at|of|for|in|with)?(?:\s+the)?\s*$/i, '')
    .replace(/\s+(?:based\s+)?(?:in|at|from|of|under|with)(?:\s+the)?\s*$/i, '')
    .replace(/\s+(?:of|at|under|with|in|from|and|for)(?:\s+(?:the|a|an))?\s*$/i, '')
    .replace(/^(?:an?|the|its|their)\s+/i, '')
    .replace(/[\s,.;:]+$/u, '')
    .replace(/^[\s,.;:]+/u, '')
    .replace(/^(?:of|at|from|with|in|for|by)$/i, '')
    .trim();
}

const NOTHING_SAID: Profile = { country: null, role: 'expert' };

/** Official titles that name no government on their own: "Anna Kim, president" may head anything. */
const GENERIC_OFFICE = /^(?:president|vice[- ]president|secretary|representative|deputy|leader|general|commander|speaker|official|delegate)$/i;

/**
 * Expert or official: the first job named decides, unless it is a past one ("former minister",
 * "veteran diplomat": they speak as commentators), an office in a non-government body ("Vice
 * President of the Meridian Endowment"), or a bare office after the name with no country or
 * government around it.
 */
export function roleOf(descriptor: Descriptor, words: AttributionWords, hasCountry: boolean): Role {
  const now = /\bnow\b/.exec(descriptor.after);
  const parts: Array<{ text: string; after: boolean }> = now !== null ? [{ text: descriptor.after.slice(now.index), after: true }] : [{ text: descriptor.before, after: false }, { text: descriptor.after, after: true }];
  for (const part of parts) {
    for (const job of findJobs(words, part.text)) {
      const lead = part.text.slice(Math.max(0, job.start - 24), job.start);
      // "former minister", "who served as ambassador", "previously served as the deputy head".
      if (words.former.test(lead.trim().split(/\s+/).slice(-4).join(' '))) continue;
      if (job.role === 'expert') return inGovernmentBody(part.text.slice(job.end), words) ? 'official' : 'expert';
      return officeRole(part.text, job, part.after, words, hasCountry);
    }
  }
  return 'expert';
}

/**
 * "chairman of the Kazakh Senate", "head of the Foreign Ministry’s Asia department": a job that is
 * an expert's elsewhere is an office inside a government body. Not when an institute or a
 * university comes first ("director of the Academy of the Foreign Ministry" runs an academy).
 */
function inGovernmentBody(rest: string, words: AttributionWords): boolean {
  const body = /^\s*(?:of|at|in)\s+(?:the\s+)?([^,;]+)/.exec(rest)?.[1] ?? '';
  const government = body === '' ? null : words.government.exec(body);
  if (government === null || government === undefined) return false;
  // "professor at the U.S. Army War College": a college, an institute, a research centre teaches or studies, whoever runs it.
  if (words.researchBody.test(body)) return false;
  return !body.slice(0, government.index).split(/\s+/).some((w) => words.organisationWords.has(w));
}

function officeRole(text: string, job: JobMatch, after: boolean, words: AttributionWords, hasCountry: boolean): Role {
  const rest = text.slice(job.end);
  // "of the Meridian Endowment", "at the Institute": an office in a non-government body.
  const body = /^\s*(?:of|at|for)\s+(?:the\s+)?([^,;]+)/.exec(rest)?.[1] ?? '';
  // "Secretary-General of the SCO Research Centre": the SCO only names what the centre studies.
  if (body !== '' && words.researchBody.test(body)) return 'expert';
  const government = words.government.test(text);
  if (body !== '' && !government && body.split(/\s+/).some((w) => words.organisationWords.has(w))) return 'expert';
  if (after && GENERIC_OFFICE.test(text.slice(job.start, job.end)) && !government && !hasCountry) return 'expert';
  return 'official';
}

function titleOf(text: string, places: ReturnType<typeof findPlaces>, orgs: readonly OrgSpan[]): string {
  let cut = text.length;
  // The title ends where the first organisation or place begins.
  const firstOrg = orgs[0];
  if (firstOrg !== undefined) cut = firstOrg.start;
  for (const p of places) {
    if (p.value.kind === 'demonym' || p.start < 3) continue;
    // "… in Brussels", "…, Moscow", "… of a Moscow-based think tank": the title ends before the place.
    const based = /^-based\b/.test(text.slice(p.end));
    if (based || /(?:\bin|\bbased in|\bfrom|,)\s*$/i.test(text.slice(0, p.start))) {
      cut = Math.min(cut, based ? p.start - (/\b(?:a|an|the)\s+$/i.exec(text.slice(0, p.start))?.[0].length ?? 0) : p.start);
      break;
    }
  }
  let title = cleanTitle(text.slice(0, cut));
  // Strip a leading demonym or possessive place: "Kazakh political scientist" → "political scientist".
  const lead = places[0];
  if (lead !== undefined && lead.start === 0) title = cleanTitle(title.slice(lead.end).replace(/^['’]s\b/u, ''));
  const org = orgs[orgs.length - 1];
  if (title === '' && org !== undefined) title = cleanTitle(text.slice(org.end).replace(/^[^\p{L}]*/u, ''));
  return title.length > 120 ? '' : title;
}

/** Descriptions repeat (the same expert in many articles, the same label in a transcript): each is read once. */
const described = new WeakMap<Gazetteer, Map<string, Profile>>();
const MAX_CACHED = 20_000;

export function describeSpeaker(descriptor: Descriptor, gazetteer: Gazetteer, words: AttributionWords): Profile {
  const before = collapseSpaces(descriptor.before);
  const after = collapseSpaces(descriptor.after);
  // "Prime Minister" + "of Russia" reads as one phrase; "Anna Kim" + ", an analyst …" as an apposition.
  const text = before === '' ? after : after === '' ? before : `${before}${/^(?:of|from|with|at|for)\s/.test(after) ? ' ' : ', '}${after}`;
  if (text === '') return NOTHING_SAID;
  const key = `${before}\u0000${after}`;
  let cache = described.get(gazetteer);
  if (cache === undefined) {
    cache = new Map();
    described.set(gazetteer, cache);
  }
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const tokens = tokenize(text);
  const places = findPlaces(gazetteer, tokens);
  const orgs = findOrganisations(text, tokens, words);
  const best = bestCountry(scorePlaces({ text, tokens, places, orgs, jobs: findJobs(words, text, tokens) }, words));
  const cityMatch = [...places].reverse().find((p) => p.value.kind === 'city');
  const title = titleOf(text, places, orgs);
  const org = orgs[orgs.length - 1];
  const organisation = org === undefined ? '' : cleanOrganisation(text.slice(org.start, org.end));
  const profile: Profile = { country: best?.iso3 ?? null, role: roleOf({ before, after }, words, best !== null) };
  // "Mr Orlov": a courtesy honorific alone is no title ("Professor" is a job as well).
  if (title !== '' && !(words.honorifics.has(title.replace(/\.$/, '')) && !words.jobWords.has(title.toLowerCase()))) profile.title = title;
  if (organisation !== '') profile.organisation = organisation;
  if (cityMatch !== undefined) profile.city = cityMatch.value.name;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, profile);
  return profile;
}
