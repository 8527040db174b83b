/**
 * Stage 3, extract (candidates): countries an article says are joining, applying for, or
 * interested in SCO membership or partner status — "membership … is expanding to include
 * Belarus"; "Bangladesh, Laos, and Qatar have shown interest in attaining full membership".
 */
import type { CandidateKind } from './model';
import type { PlaceRef } from './gazetteer';
import type { PhraseMatch } from './phraseIndex';

/** The sentence must be about status in the organisation, not any interest or joining. */
const STATUS_CONTEXT = /\b(?:member(?:ship|s)?|observer|partner(?:ship)?|accession|accede|admission|admitted|SCO|Shanghai Cooperation|organi[sz]ation|bloc|grouping)\b/i;
const KIND_CUES: ReadonlyArray<[CandidateKind, RegExp]> = [
  ['interested', /\b(?:interest(?:ed)?|aspir(?:e|es|ed|ing|ation|ations)|seek(?:s|ing)?|sought|wish(?:es|ing)?|wants?|wanted|keen|hop(?:e|es|ed|ing) to|intend(?:s|ed)?|eyes|eyeing)\b/i],
  ['applying', /\b(?:appl(?:y|ies|ied|ying|ication|ications)|applicants?|request(?:s|ed|ing)?|bids?|asked (?:for|to)|submitted|candidacy|candidate)\b/i],
  ['joining', /\b(?:join(?:s|ed|ing)?|expand(?:s|ed|ing)? to include|to include|accession|acced(?:e|es|ed|ing)|admitted|admission|welcom(?:e|es|ed|ing)\b[^.]{0,40}\bas (?:a |its )?(?:new |full |\d+\w* )?(?:member|partner)|bec(?:ome|omes|oming|ame) (?:a |an |the )?(?:new |full(?:-fledged)? |\d+\w* )?(?:member|partner|observer)|new members?|grant(?:ed|s)? (?:\w+ )?(?:status|membership))\b/i],
];

export interface CandidateHit {
  iso3: string;
  kind: CandidateKind;
}

/** The candidate countries one sentence names, with the kind of step it describes. */
export function candidatesInSentence(sentence: string, places: ReadonlyArray<PhraseMatch<PlaceRef>>): CandidateHit[] {
  if (!STATUS_CONTEXT.test(sentence)) return [];
  const cue = KIND_CUES.find(([, pattern]) => pattern.test(sentence));
  if (cue === undefined) return [];
  const kind = cue[0];
  // Only countries named as such: "Kazakh experts joined …" is not Kazakhstan applying.
  const countries = new Set(places.filter((p) => p.value.kind === 'country' && !isPossessiveSubject(sentence, p)).map((p) => p.value.iso3));
  return [...countries].map((iso3) => ({ iso3, kind }));
}

/** "Kazakhstan’s chairmanship …": a possessive country is the owner of something, not a candidate. */
function isPossessiveSubject(sentence: string, place: PhraseMatch<PlaceRef>): boolean {
  return /^['’]s\b/u.test(sentence.slice(place.end)) || /['’]s$/u.test(sentence.slice(place.start, place.end));
}
