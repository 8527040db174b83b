import { countryName, EXPERT_COUNTRIES, MENTIONED_COUNTRIES } from './countries';
import { pickPhrase, type ThemePhrases } from './lexicon';
import type { PersonName } from './names';
import type { Random } from './random';
import { NEWS_AGENCIES } from './vocabulary';

/**
 * Text around the experts: the lead, news paragraphs naming countries and candidates, and people
 * who are only mentioned (bylines, photo credits, heads of state). Those people are the traps:
 * an extractor that lists them as experts loses precision.
 */

export function leadParagraph(random: Random, lexicon: readonly ThemePhrases[], city: string): string {
  const [a = '', b = ''] = random.sample(MENTIONED_COUNTRIES, 2).map(countryName);
  const first = pickPhrase(random, lexicon).text;
  const second = pickPhrase(random, lexicon).text;
  return random.chance(0.5)
    ? `${city.toUpperCase()} \u2013 Experts from ${a} and ${b} shared their views after the meeting of the Shanghai Cooperation Organisation (SCO) in ${city}, which focused on ${first} and ${second}.`
    : `The Shanghai Cooperation Organization (SCO) gathered in ${city} this week. Talks covered ${first}, and several analysts said ${second} would shape the next year.`;
}

type NewsSentence = (a: string, b: string, c: string, phrase: string) => string;

/** Sentences of background news, each naming countries the way reports do (names, candidacies). */
const NEWS_SENTENCES: readonly NewsSentence[] = [
  (a, b, c, p) => `Delegations from ${a}, ${b} and ${c} discussed ${p} on the sidelines of the meeting.`,
  (a) => `${a} has applied for observer status in the organisation.`,
  (_a, b) => `${b} has shown interest in full membership.`,
  (a) => `Membership of the organisation is expanding to include ${a}.`,
  (_a, b) => `Officials from ${b} said any decision would be taken by consensus.`,
  (a, b, _c, p) => `The members agreed a statement on ${p}, and ${a} and ${b} are expected to host the next rounds of talks.`,
  (a, b, _c, p) => `Trade between ${a} and ${b} has grown in recent years, and ${p} was mentioned in the final declaration.`,
  (a, _b, _c, p) => `The foreign ministers met in ${a} two months earlier to prepare the documents on ${p}.`,
  (_a, _b, c) => `Observers from ${c} attended as guests of the chair.`,
  (_a, _b, _c, p) => `The final declaration runs to more than twenty pages and mentions ${p} several times.`,
  (a, b) => `Road and rail links between ${a} and ${b} were among the projects listed for the coming years.`,
  (_a, _b, _c, p) => `Working groups will report on ${p} before the next meeting of the heads of government.`,
];

/** A background paragraph of two to four distinct news sentences. */
export function newsParagraph(random: Random, lexicon: readonly ThemePhrases[]): string {
  const [a = '', b = '', c = ''] = random.sample(MENTIONED_COUNTRIES, 3).map(countryName);
  return random
    .sample(NEWS_SENTENCES, random.int(2, 4))
    .map((sentence) => sentence(a, b, c, pickPhrase(random, lexicon).text))
    .join(' ');
}

export type BystanderRole = 'byline' | 'photo-credit' | 'head-of-state' | 'minister';

export function bystanderLine(random: Random, person: PersonName, role: BystanderRole, city: string): string {
  const name = `${person.given} ${person.surname}`;
  switch (role) {
    case 'byline':
      return random.chance(0.5) ? `By ${name}` : `By ${name}, staff correspondent`;
    case 'photo-credit':
      return random.chance(0.5) ? `Photo credit: ${name}/${random.pick(NEWS_AGENCIES)}` : `Illustration: ${name}/${random.pick(NEWS_AGENCIES)}`;
    case 'head-of-state': {
      const country = random.pick(EXPERT_COUNTRIES);
      return random.chance(0.5)
        ? `${country.demonym} President ${name} arrived in ${city} on the eve of the summit.`
        : `President ${name} of ${countryName(country.iso3)} opened the meeting and thanked the hosts.`;
    }
    case 'minister':
      return `The session was chaired by Foreign Minister ${name}, whose visit was widely covered.`;
  }
}
