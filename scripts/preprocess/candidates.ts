/**
 * Stage 3, extract (candidates): countries an article says are joining, applying for, or interested
 * in SCO membership or another status — by clause, not by sentence. A country counts only as the
 * subject or the object of the membership predicate ("Belarus applied for full membership", "the
 * summit granted Egypt dialogue partner status", "Iran’s accession"); another country elsewhere
 * in the sentence does not ("… and said China would chair it next year"), nor a city or a demonym.
 * `kind` is what is sought; a country that already holds it (or more) on the article's date is
 * not a candidate. The predicates themselves, with their cue words and examples, are the rows of
 * candidateRules.ts.
 */
import { partialDateStart, STATUS_STRENGTH, strongestPeriodAt } from '../../src/model/statusInYear';
import { CANDIDATE_RULES as PREDICATES, type Side } from './candidateRules';
import type { PlaceRef } from './gazetteer';
import type { CandidateKind } from './model';
import type { PhraseMatch } from './phraseIndex';
import type { MembershipFile } from './reference/schemas';

export interface CandidateHit {
  iso3: string;
  kind: CandidateKind;
}

/**
 * The words the predicates are built on, each with the predicates (a bit each) that need it:
 * analyseArticle finds them with the places in its one pass over each paragraph's tokens, and
 * asks about a sentence only for the predicates its words allow.
 */
export const CANDIDATE_TRIGGERS: ReadonlyMap<string, number> = (() => {
  const masks = new Map<string, number>();
  PREDICATES.forEach((predicate, i) => {
    for (const word of predicate.words) masks.set(word, (masks.get(word) ?? 0) | (1 << i));
  });
  return masks;
})();

/** Every predicate: for callers that did not look for the trigger words. */
export const ALL_PREDICATES = (1 << PREDICATES.length) - 1;

/** What is sought, from the first status word after the predicate. */
const STATUS_WORDS: ReadonlyArray<[RegExp, CandidateKind]> = [
  [/^dialogue[- ]partner/i, 'dialogue-partner'],
  [/^observer/i, 'observer'],
  [/^partner/i, 'partner'],
  [/^(?:member|membership|accession|accede|admission)/i, 'membership'],
];
const STATUS_WORD = /\b(?:dialogue[- ]partner|observer|partner|member|membership|accession|accede|admission)/gi;

const SCO = /\bSCO\b|Shanghai (?:Cooperation|Five)/;
const GENERIC_BODY = /\b(?:organi[sz]ation|bloc|grouping|group|members?|membership|observers?|partners?|status|accession|candidacy)\b/i;
/** Other bodies a country may join: a sentence about one of them and not the SCO is not an SCO candidacy. */
const OTHER_BODY = /\b(?:BRICS|NATO|EU|European Union|CSTO|EAEU|Eurasian Economic Union|ASEAN|WTO|OPEC|CIS|G20|G7|AIIB|African Union|Commonwealth|OSCE|Arab League|GCC)\b/;
const NEGATION = /\b(?:not|n['’]t|never|no longer|refused|declined|ruled out|rejected)\s+(?:\w+\s+){0,2}$/i;
/** Between the last country of a subject and its predicate: auxiliaries and adverbs only. */
const SUBJECT_GAP = new RegExp(
  String.raw`^(?:['’]s\b)?` +
    // "Turkey, a dialogue partner, has …", "Ethiopia, through its embassy in Moscow, asked …": a
    // short appositive or aside between the country and its verb.
    String.raw`(?:\s*,\s*(?:a|an|the|its|one|both|all|already|now|currently|itself|which|who|through|via|in|at|on|after|before|during|like|unlike|for\s+its\s+part|for\s+their\s+part)\b[^,;.]{0,60},)?` +
    String.raw`[\s,–—]*(?:(?:has|have|had|is|are|was|were|also|formally|officially|already|recently|now|both|itself|themselves|long|since|then|reportedly|been|finally|each|all|too|together|which|that|who|would|will|could|may|might|still|once|again|repeatedly|publicly|openly|soon|meanwhile|expected to|anticipated to|set to|likely to|due to|about to|poised to|on track to|is to|are to|was to|were to|reported to be|said to be|thought to be|believed to be|(?:prepar|hop|plan|aim|mov|intend|want|seek|try|tri|look)\w*\s+to|(?:complet|finish|finali[sz]|begin|began|begun|start)\w*\s+(?:the\s+|their\s+|its\s+)?(?:(?:formal|legal)\s+)?(?:process|procedures?|formalities)\s+of|among\s+(?:the\s+)?(?:\w+\s+)?(?:countries|states|nations)|(?:sign|signs|signed|signing)\s+(?:a|the|its)\s+memorandum(?:\s+of\s+(?:obligations|commitments))?\s+to)\b[\s,–—]*)*$`,
  'i',
);
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|,?\s*as well as|&)\s*(?:the\s+)?$/i;
/** Between a predicate and its object: "admitted Iran", "admitted the two", "admitted two observers, Laos and Nepal". */
const OBJECT_GAP = /^\s*(?:the\s+|both\s+|(?:(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:new\s+)?(?:full\s+)?(?:members?|observers?|dialogue[- ]partners?|partners?|countries|states|nations)(?:\s+states)?\s*[,:—–-]+\s*))?(?:[\p{L}.]+-\p{Ll}+\s+)?$/iu;
/**
 * "… it would like to join", "its wish to join", "their accession", "as both the countries are to
 * become members", "the two nations hope to join": the countries named last before the pronoun.
 */
const PRONOUN_BEFORE = /\b(?:it|its|they|their|both\s+(?:(?:the|these|those)\s+)?(?:countries|nations|states)|(?:the|these|those)\s+(?:two|three|four)\s+(?:countries|nations|states))\s+(?:(?:also|still|long|again|now|soon|has|have|had|is|are|was|were|will|would|said|says|hopes|wants|formal|own|planned|eventual|(?:going|set|expected|due|about|likely)\s+to)\s+)*$/i;
/** "Iran, whose application …": the country right before the relative pronoun. */
const WHOSE_BEFORE = /^,\s*whose\s+(?:[\w-]+\s+){0,2}$/i;
/** "Egypt and Israel are considering requests for …": the subject of the verb before a nominal predicate. */
const VERB_BEFORE_NOUN = /(?:submit|file|lodge|make|made|consider|prepar|send|sent|present|renew|resubmit)\w*\s+(?:(?:an?|its|their|formal|new|official)\s+)*$/i;
/** "Iran’s formal bid": a possessive country owns a nominal predicate. */
const POSSESSIVE_GAP = /^(?:['’]s?)?\s+(?:(?:formal|official|own|long-standing|longstanding|pending|new|full)\s+)?$/i;
const isPossessive = (sentence: string, country: Country) => /['’]s?$/.test(sentence.slice(country.start, country.end)) || /^['’]/.test(sentence.slice(country.end));

type Country = PhraseMatch<PlaceRef>;

/** The countries in a list that ends right before `at` (the subject of a predicate). */
function subjectBefore(sentence: string, countries: readonly Country[], at: number): Country[] {
  const found: Country[] = [];
  let end = at;
  let gap = SUBJECT_GAP;
  for (let i = countries.length - 1; i >= 0; i--) {
    const country = countries[i];
    if (country === undefined || country.end > end) continue;
    if (!gap.test(sentence.slice(country.end, end))) break;
    found.unshift(country);
    end = country.start;
    gap = LIST_GAP;
  }
  return found;
}

/**
 * What may follow a country that is the object of a predicate: a status ("granted Egypt dialogue
 * partner status"), a preposition, a conjunction or a time ("admitted Iran last year"). Any other
 * word after it makes the country a modifier of that word, not the object: "welcomed the US
 * withdrawal", "accepted Iran's proposal".
 */
const OBJECT_FOLLOWER = /^(?:\s*(?:[,;:.!?)"”’—–]|-(?!\p{L})|$)|\s+(?:as|into|to|in|at|on|and|or|but|while|whose|which|who|with|from|for|after|during|alongside|last|this|next|earlier|later|formally|officially|also|too|yesterday|today|now|full|dialogue|observer|partner|partners|member|members|membership|status|the\s+status)\b|\s+\p{Lu})/u;

const COMPOUND_AFTER = /^\.?-\p{L}/u;

/** The countries in a list that starts right after `at` (the object of a predicate). */
function objectAfter(sentence: string, countries: readonly Country[], at: number): Country[] {
  const found: Country[] = [];
  let start = at;
  let gap = OBJECT_GAP;
  for (const country of countries) {
    if (country.start < start) continue;
    // "admit U.S.-allied Mongolia": a country joined to a participle or adjective is a modifier of the object.
    if (COMPOUND_AFTER.test(sentence.slice(country.end, country.end + 3))) continue;
    if (!gap.test(sentence.slice(start, country.start))) break;
    if (isPossessive(sentence, country) || !OBJECT_FOLLOWER.test(sentence.slice(country.end, country.end + 24))) break;
    found.push(country);
    start = country.end;
    gap = LIST_GAP;
  }
  return found;
}

function kindAfter(sentence: string, from: number, fallback: CandidateKind, named: readonly Country[]): CandidateKind {
  // A list of the countries after the predicate is one object, not a clause of its own: "awarding
  // Egypt, Qatar, and Saudi Arabia the status of dialogue partners" is read as "awarding Egypt the
  // status …", so its ", and" does not end the clause.
  const after = named.filter((c) => c.start >= from);
  const first = after[0];
  const last = after[after.length - 1];
  const text = first !== undefined && last !== undefined && first !== last ? sentence.slice(from, first.end) + sentence.slice(last.end) : sentence.slice(from);
  // The status sought is said in the same clause: up to the next semicolon or full stop.
  // A full stop ends it, but not the stops of "U.S." (a capital letter before the stop, or no space after it).
  const clause = (text.slice(0, 120).split(/;|(?<!(?:^|[^\p{L}])\p{Lu})\.(?=\s|$)|,\s*(?:and|but|while|whereas)\b|\bwhile\b|\bwhereas\b/u)[0] ?? '')
    // "upgraded from observer to full member": what is sought is after "to".
    .replace(/\bfrom\s+(?:an?\s+)?(?:observer|dialogue[- ]partner|partner)s?(?:\s+status)?\s+to\b/gi, ' to');
  STATUS_WORD.lastIndex = 0;
  const m = STATUS_WORD.exec(clause);
  if (m === null) return fallback;
  const kind = STATUS_WORDS.find(([pattern]) => pattern.test(m[0]))?.[1] ?? fallback;
  // "the admission of Laos as an observer", "Iran’s accession as a dialogue partner": the noun that
  // opens the predicate says only that something is sought; the status after "as" says what.
  if (kind !== 'membership') return kind;
  const as = AS_STATUS.exec(clause.slice(m.index));
  return as?.[1] === undefined ? kind : (STATUS_WORDS.find(([pattern]) => pattern.test(as[1] ?? ''))?.[1] ?? kind);
}

const AS_STATUS = /\bas\s+(?:an?\s+|the\s+)?(?:full\s+|new\s+)?(dialogue[- ]partner|observer|partner|member)/i;

/** The country a sentence opens with ("Belarus signed …", "Turkey, a dialogue partner, …"), if any. */
function openingCountry(sentence: string, countries: readonly Country[]): Country[] {
  const first = countries[0];
  return first !== undefined && /^\s*(?:the\s+)?$/i.test(sentence.slice(0, first.start)) ? [first] : [];
}

/** The last list of countries before `at`: what "it", "its" or "their" stands for. */
function lastListBefore(sentence: string, countries: readonly Country[], at: number): Country[] {
  const last = [...countries].reverse().find((c) => c.end <= at);
  if (last === undefined) return [];
  const list = [last];
  for (let i = countries.indexOf(last) - 1; i >= 0; i--) {
    const country = countries[i];
    if (country === undefined || !LIST_GAP.test(sentence.slice(country.end, list[0]?.start ?? 0))) break;
    list.unshift(country);
  }
  return list;
}

function countriesOf(side: Side, sentence: string, countries: readonly Country[], predicate: string, start: number, end: number): Country[] {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const pronoun = PRONOUN_BEFORE.exec(before);
  const referent = pronoun === null ? [] : lastListBefore(sentence, countries, start - (before.length - pronoun.index));
  if (side === 'subject') {
    const found = subjectBefore(sentence, countries, start);
    return found.length > 0 ? found : referent;
  }
  if (side === 'sentence') return openingCountry(sentence, countries);
  const passive = /^(?:is|are|was|were|has|have|had|be|being)\b/i.test(predicate);
  if (side === 'object') return [...objectAfter(sentence, countries, end), ...(passive ? subjectBefore(sentence, countries, start) : [])];
  const owners = countries.filter((c) => c.end <= start && ((isPossessive(sentence, c) && POSSESSIVE_GAP.test(sentence.slice(c.end, start))) || WHOSE_BEFORE.test(sentence.slice(c.end, start))));
  const verb = VERB_BEFORE_NOUN.exec(sentence.slice(Math.max(0, start - 60), start));
  const subjects = verb === null ? [] : subjectBefore(sentence, countries, start - verb[0].length);
  return [...objectAfter(sentence, countries, end), ...owners, ...subjects, ...(owners.length === 0 && subjects.length === 0 ? referent : [])];
}

/** "It is expected to become a full member", "The country applied …": a sentence whose subject stands for a country named before. */
const PRONOUN_OPENING = /^\s*(?:(?:But|And|Now|Meanwhile|However|Yet),?\s+)?(It|The\s+(?:country|nation|kingdom|republic))(?![\p{L}'’])/u;

/** A lower-case "it" as the subject of an auxiliary or a verb of wanting. */
const INNER_IT = /(?<![\p{L}'’])it(?=\s+(?:would|will|could|might|may|should|is|was|has|had|wants|wanted|hopes|hoped|plans|planned|intends|intended|applied|seeks|sought)\b)/u;

/**
 * The country a sentence opens with ("Iran has …", "The Philippines …"), as the antecedent a next
 * sentence's "it" may take. `first` is the sentence's first place; offsets are the paragraph's.
 */
export function opensWithCountry(text: string, first: PhraseMatch<PlaceRef> | undefined, sentenceStart: number): PlaceRef | null {
  if (first === undefined || first.value.kind !== 'country') return null;
  const lead = first.start - sentenceStart;
  return lead === 0 || (lead <= 4 && /^\s*(?:the\s+)?$/i.test(text.slice(sentenceStart, first.start))) ? first.value : null;
}

/** A cheap first test for pronounStandIn, on the paragraph's text: the sentence opens with "It" or "The", or holds " it ". */
export function mayStandIn(text: string, span: { start: number; end: number }): boolean {
  let at = span.start;
  while (at < span.end && text.charCodeAt(at) === 32) at++;
  if (text.startsWith('It ', at) || text.startsWith('The ', at) || text.startsWith('But ', at) || text.startsWith('And ', at)) return true;
  const inner = text.indexOf(' it ', at);
  return inner >= 0 && inner < span.end;
}

/**
 * The sentence's opening pronoun as a stand-in for the country the sentence before opened with
 * ("Iran has been an observer since 2005. It is expected to become a full member"): the
 * candidate rules then read it as they read the country's name. Null when the sentence does not
 * open with one.
 */
export function pronounStandIn(sentence: string, antecedent: PlaceRef): PhraseMatch<PlaceRef> | null {
  const m = PRONOUN_OPENING.exec(sentence);
  if (m?.[1] !== undefined) return { value: antecedent, first: 0, last: 0, start: m[0].length - m[1].length, end: m[0].length };
  // "Suggestions that it would join the bloc were downplayed": "it" as the subject of a verb further in.
  const inner = INNER_IT.exec(sentence);
  return inner === null ? null : { value: antecedent, first: 0, last: 0, start: inner.index, end: inner.index + 2 };
}

/** The candidate countries of one sentence, each with what it seeks. `aboutSco`: the article names the SCO. */
export interface SentenceContext {
  /** The article names the SCO: "the bloc" or "membership" then means the SCO. */
  aboutSco: boolean;
  /** The sentence before, which may say what is being joined ("… the first expansion. Iran’s bid remains on hold."). */
  previous: string;
  /** The predicates the sentence's words allow (CANDIDATE_TRIGGERS); all when not given. */
  predicates?: number;
}

export function candidatesInSentence(sentence: string, places: ReadonlyArray<PhraseMatch<PlaceRef>>, context: SentenceContext = { aboutSco: true, previous: '' }): CandidateHit[] {
  const sco = SCO.test(sentence);
  const aboutStatus = GENERIC_BODY.test(sentence) || (GENERIC_BODY.test(context.previous) && !OTHER_BODY.test(context.previous));
  if (!sco && (OTHER_BODY.test(sentence) || !context.aboutSco || !aboutStatus)) return [];
  const countries = places.filter((p) => p.value.kind === 'country');
  const allowed = context.predicates ?? ALL_PREDICATES;
  if (countries.length === 0 || allowed === 0) return [];
  const hits = new Map<string, CandidateKind>();
  for (const [i, { pattern, side, kind }] of PREDICATES.entries()) {
    if ((allowed & (1 << i)) === 0) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NEGATION.test(sentence.slice(Math.max(0, start - 40), start))) continue;
      const named = countriesOf(side, sentence, countries, m[0], start, end);
      const statusKind = kindAfter(sentence, start, kind, named);
      // "interest in the SCO", "interest in upgrading their status": nothing more specific is sought,
      // but what the interest is in must be the organisation or a status in it.
      if (statusKind === 'interest' && !sco && !GENERIC_BODY.test(sentence.slice(end, end + 60))) continue;
      for (const country of named) if (!hits.has(country.value.iso3)) hits.set(country.value.iso3, statusKind);
    }
  }
  return [...hits].map(([iso3, kind]) => ({ iso3, kind }));
}

/** How much a kind asks for, on the scale of STATUS_STRENGTH (lower is stronger). */
const SOUGHT: Record<CandidateKind, number> = {
  membership: STATUS_STRENGTH.indexOf('member'),
  partner: STATUS_STRENGTH.indexOf('partner'),
  observer: STATUS_STRENGTH.indexOf('observer'),
  'dialogue-partner': STATUS_STRENGTH.indexOf('dialogue-partner'),
  interest: STATUS_STRENGTH.indexOf('member'),
};

/**
 * False when the country already held what it is said to seek (or more) on the article's date —
 * the first day a partial date can mean, so a month that saw the country join still counts. A
 * member is never a candidate.
 */
export function stillSought(membership: MembershipFile, hit: CandidateHit, published: string): boolean {
  const periods = membership.countries.find((c) => c.iso3 === hit.iso3)?.statuses ?? [];
  const held = strongestPeriodAt(periods, partialDateStart(published));
  if (held === null || held.status === 'applicant') return true;
  const strength = STATUS_STRENGTH.indexOf(held.status);
  return held.status !== 'member' && strength > SOUGHT[hit.kind];
}

/** The first day anyone held the single "SCO partner" status, per membership file (null: never). */
const partnerStatusBegan = new WeakMap<MembershipFile, string | null>();

function firstPartnerDay(membership: MembershipFile): string | null {
  const known = partnerStatusBegan.get(membership);
  if (known !== undefined) return known;
  let first: string | null = null;
  for (const country of membership.countries)
    for (const period of country.statuses) {
      const from = partialDateStart(period.from);
      if (period.status === 'partner' && (first === null || from < first)) first = from;
    }
  partnerStatusBegan.set(membership, first);
  return first;
}

/**
 * What a kind means on the article's date. Before the SCO had a status called "partner" (the
 * statuses merged at Tianjin, per the status history), a "partner status" could only be the
 * dialogue partner's: "the leaders agreed to grant Belarus partner status", 2009.
 */
export function kindOnDate(membership: MembershipFile, kind: CandidateKind, published: string): CandidateKind {
  if (kind !== 'partner') return kind;
  const first = firstPartnerDay(membership);
  return first === null || partialDateStart(published) < first ? 'dialogue-partner' : kind;
}
