/**
 * Who stays of the people an article's text attributes views to, and the country they are
 * given last: not the outlet's own staff, not officials who only stated plans; a description
 * found elsewhere in the text, a picture's caption or the outlet's country fills a gap.
 */
import type { Paragraph } from '../segment';
import { tokenize } from '../tokens';
import { findPlaces } from '../gazetteer';
import type { ArticleSource, ExtractionContext } from './extractionContext';
import { captionPlace, describedElsewhere } from './mentions';
import { mergeProfiles } from './mergeProfiles';
import type { PersonInArticle } from './people';
import { describeSpeaker } from './profile';

/** Outlets repeat across a corpus: each one's names are worked out once (bounded, like the other memos). */
const outletNamesSeen = new Map<string, readonly string[]>();
function outletNames(outlet: string): readonly string[] {
  let names = outletNamesSeen.get(outlet);
  if (names === undefined) {
    names = namesOfOutlet(outlet);
    if (outletNamesSeen.size >= 10_000) outletNamesSeen.clear();
    outletNamesSeen.set(outlet, names);
  }
  return names;
}

/** "Voice of America" → ["Voice of America", "VOA", "VA"]: how the outlet names its own staff. */
function namesOfOutlet(outlet: string): string[] {
  const words = outlet.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const all = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] ?? '').join('');
  return [outlet.replace(/^The\s+/, ''), all, capitalised].filter((n) => n.length >= 2);
}

/** Before the outlet's name when it is the person's employer: "a correspondent for", "Name, Steppe Radio", "of the". */
const EMPLOYER_BEFORE = /(?:^|,|\b(?:of|for|at|with|from|by|joined))(?:\s+the)?\s*$/;
/** After it: "VOA's", "VOA Uzbek", "VOA correspondent". */
const EMPLOYER_AFTER = /^(?:['’]s\b|\s+(?:\p{Lu}|(?:correspondent|reporter|editor|journalist|anchor|host|presenter|producer|columnist|staff|bureau|contributor)\b))/u;

/**
 * True when `name` stands in `text` as a whole word ("VOA" in "VOA Uzbek", not in "VOAX") where it
 * names the person's employer: "a reporter for VOA", not "gave Russia Today an interview".
 */
function namesEmployer(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/\p{L}/u.test(text[at - 1] ?? ' ') || /\p{L}/u.test(text[end] ?? ' ')) continue;
    if (EMPLOYER_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || EMPLOYER_AFTER.test(text.slice(end, end + 16))) return true;
  }
  return false;
}

/** Who stays: people with a view, not the outlet's own staff, not officials who only stated plans. */
export function keepExperts(all: PersonInArticle[], paragraphs: readonly Paragraph[], context: ExtractionContext, source: ArticleSource): PersonInArticle[] {
  const staff = outletNames(source.outlet);
  const kept: PersonInArticle[] = [];
  for (const person of all) {
    if (person.quotes.length === 0) continue;
    const described = person.descriptors.map((d) => `${d.before} ${d.after}`).join(' ');
    if (staff.some((name) => namesEmployer(described, name))) continue;
    if (person.profile.title === undefined || person.profile.country === null) {
      // "Ivan Orlov:" in a transcript, "Orlov said": the description may be elsewhere in the text.
      const mention = describedElsewhere(paragraphs, person.name.split(' '), context.names);
      if (mention !== null) person.profile = mergeProfiles(person.profile, describeSpeaker(mention, context.gazetteer, context.names.words));
    }
    // A well-known official (officials.json): their country when the text states none, and their
    // office when it describes them by nothing else; a country or job the text gives wins.
    const known = person.known ?? context.officials.byName([person.name, ...person.aliases]);
    // An official of an intergovernmental body ("SCO Secretary-General", as described or as the list knows them) speaks for no country.
    const international = () =>
      context.names.words.intergovernmental.test(`${described} ${person.profile.title ?? ''} ${person.profile.organisation ?? ''}`) || (known?.offices.every((o) => o.body !== undefined) ?? false);
    if (known !== undefined) {
      const { profile } = person;
      const undescribed = profile.title === undefined && profile.organisation === undefined;
      const country = profile.country ?? (international() ? null : known.iso3);
      if (country !== profile.country || undescribed) person.profile = { ...profile, country, role: undescribed ? 'official' : profile.role };
    }
    if (person.profile.role === 'official' && person.selfReports === person.quotes.length) continue;
    if (person.profile.country === null && person.profile.role === 'expert') {
      // The last resort for an expert: where the caption of their picture says it was taken.
      const place = captionPlace(paragraphs, person.name);
      const found = place === null ? undefined : findPlaces(context.gazetteer, tokenize(place)).find((p) => p.value.kind !== 'organisation' && p.value.kind !== 'demonym');
      if (found !== undefined) person.profile = { ...person.profile, country: found.value.iso3 };
    }
    // The outlet's country stands in for an official's unstated one, not for an official of an intergovernmental body.
    if (person.profile.role === 'official' && person.profile.country === null && source.outletCountry !== null && !international()) person.profile = { ...person.profile, country: source.outletCountry };
    kept.push(person);
  }
  return kept;
}
