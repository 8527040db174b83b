import { createRandom, type Random } from './random';
import { EXPERT_COUNTRIES, pickWeighted, type CountryProfile } from './countries';
import {
  EXPERT_TITLES,
  GIVEN_HEADS,
  GIVEN_MIDDLES,
  GIVEN_TAILS,
  ORG_FIELDS,
  ORG_KINDS,
  ORG_QUALIFIERS,
  SURNAME_ENDINGS,
  SURNAME_LINKS,
  SURNAME_ROOTS,
  SURNAME_SUFFIXES,
  type Gender,
} from './vocabulary';

export interface PersonName {
  given: string;
  surname: string;
  gender: Gender;
}

/** A synthetic expert: the same person (title, organisation, city) every time they are quoted. */
export interface SyntheticExpert extends PersonName {
  name: string;
  country: CountryProfile;
  title: string;
  organisation: string;
  city: string;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export function makePersonName(random: Random): PersonName {
  const gender: Gender = random.chance(0.5) ? 'female' : 'male';
  const given = capitalise(random.pick(GIVEN_HEADS) + random.pick(GIVEN_MIDDLES) + random.pick(GIVEN_TAILS[gender])).replace(/(.)\1\1/g, '$1$1');
  const suffix = random.pick(SURNAME_SUFFIXES)[gender];
  const surname = capitalise(random.pick(SURNAME_ROOTS) + random.pick(SURNAME_LINKS) + random.pick(SURNAME_ENDINGS) + suffix);
  return { given, surname, gender };
}

/** Experts in a pool; an article draws from it, so the same people recur across articles. */
export const EXPERT_POOL_SIZE = 4000;
/** People who are only mentioned (presidents, photographers, bylines): never experts. */
export const BYSTANDER_POOL_SIZE = 600;

export interface PeoplePools {
  experts: SyntheticExpert[];
  bystanders: PersonName[];
}

/**
 * Builds both pools from the corpus seed alone (not from the corpus size), with surnames unique
 * across both pools, so a later mention by surname can only mean one person.
 */
export function buildPeoplePools(seed: number): PeoplePools {
  const random = createRandom(seed ^ 0x5eed);
  const takenSurnames = new Set<string>();
  const nextName = (): PersonName => {
    for (;;) {
      const name = makePersonName(random);
      if (!takenSurnames.has(name.surname) && name.surname !== name.given) {
        takenSurnames.add(name.surname);
        return name;
      }
    }
  };
  const experts: SyntheticExpert[] = [];
  for (let i = 0; i < EXPERT_POOL_SIZE; i += 1) {
    const person = nextName();
    const country = pickWeighted(random, EXPERT_COUNTRIES);
    const organisation = random.chance(0.6)
      ? `${random.pick(ORG_QUALIFIERS)} ${random.pick(ORG_KINDS)} ${random.pick(ORG_FIELDS)}`
      : `${random.pick(ORG_KINDS)} ${random.pick(ORG_FIELDS)}`;
    experts.push({
      ...person,
      name: `${person.given} ${person.surname}`,
      country,
      title: random.pick(EXPERT_TITLES),
      organisation,
      city: random.pick(country.cities),
    });
  }
  const bystanders = Array.from({ length: BYSTANDER_POOL_SIZE }, nextName);
  return { experts, bystanders };
}

/** Picks an expert with a long-tailed popularity: a few are quoted often, most now and then. */
export function pickExpert(random: Random, experts: readonly SyntheticExpert[]): SyntheticExpert {
  const index = Math.floor(experts.length * random.next() ** 2);
  return experts[Math.min(index, experts.length - 1)] as SyntheticExpert;
}
