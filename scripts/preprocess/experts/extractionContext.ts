/** What extracting an article's people reads besides its paragraphs: the reference data and the outlet. */
import type { Gazetteer } from '../gazetteer';
import type { KnownOfficials } from './knownOfficials';
import type { NameContext } from './names';

export interface ExtractionContext {
  gazetteer: Gazetteer;
  names: NameContext;
  /** Well-known officials: a name's country when the text gives none, and who a lone surname is. */
  officials: KnownOfficials;
}

export interface ArticleSource {
  /** The outlet's name: its own staff (interviewers, hosts) are never its experts. */
  outlet: string;
  /** The outlet's country: what an unqualified "Vice President X" in its text is the office of. */
  outletCountry: string | null;
}
