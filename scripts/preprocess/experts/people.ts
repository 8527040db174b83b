/**
 * The people of one article: every person a rule names, with their description so far, looked up
 * by full name, by surname (the most recent first), and by a transliteration-blind key, so "Mr.
 * Korin", "Korin said" and "Evgeni Korin" all reach the "Yevgeni Korin" introduced earlier.
 */
import { findPlaces, type Gazetteer } from '../gazetteer';
import type { KnownOfficial } from '../reference/schemas';
import type { Paragraph } from '../segment';
import { fold, slugify, tokenize } from '../tokens';
import type { KnownOfficials } from './knownOfficials';
import { findBySurname } from './mentions';
import { mergeProfiles } from './mergeProfiles';
import { isFullName, surnameOf, type NameContext } from './names';
import { describeSpeaker, type Descriptor, type Profile } from './profile';
import type { FormId } from './rules';
import type { Gender, SpeakerRef } from './speaker';
import { variantKey } from './variants';

/** Where a quote sits: a stretch of one paragraph (a block quote has one range per paragraph). */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

export interface QuoteInArticle {
  text: string;
  kind: 'direct' | 'reported';
  ranges: TextRange[];
  /**
   * Stretches inside the ranges that describe the speaker ("director of the … Forum in Brussels"
   * in a reported sentence): a place there is where the speaker works, not what the quote is about.
   */
  speaker?: TextRange[];
}

export interface PersonInArticle {
  id: string;
  name: string;
  profile: Profile;
  /** The sentence (or name heading) that introduced the person. */
  evidence: string;
  quotes: QuoteInArticle[];
  /** The attribution forms that gave the person a view. */
  forms: FormId[];
  /** Other spellings of the name in the article, merged into this one. */
  aliases: string[];
  /** Every description of the person seen, in order: what the profile is read from (describeAll). */
  descriptors: Descriptor[];
  gender: Gender | null;
  /** Views that only report the person's own plans or hopes ("said he hopes …"). */
  selfReports: number;
  /** The well-known official a lone surname was taken for ("Erdogan said …" with no full name in the text). */
  known?: KnownOfficial;
}

/** Names repeat across articles: each is slugified once. */
const ids = new Map<string, string>();
function idOf(name: string): string {
  let id = ids.get(name);
  if (id === undefined) {
    id = slugify(name);
    if (ids.size > 50_000) ids.clear();
    ids.set(name, id);
  }
  return id;
}

const FEMALE = /\b(?:Ms|Mrs|Miss|Madam|Madame|Mme|Lady|Dame|Frau)\b/;
const MALE = /\b(?:Mr|Mister|Sir|Lord|Monsieur|Herr)\b/;

export class PeopleInArticle {
  readonly people = new Map<string, PersonInArticle>();
  private readonly bySurname = new Map<string, PersonInArticle[]>();
  private readonly byVariant = new Map<string, PersonInArticle>();
  /** Surnames the article never gives a full name: looked for once. */
  private readonly unknown = new Set<string>();

  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly gazetteer: Gazetteer,
    private readonly context: NameContext,
    private readonly officials: KnownOfficials,
  ) {}

  /** The person a rule's name reference stands for, added when it is a full name; null when unknown. */
  resolveName(ref: Extract<SpeakerRef, { kind: 'name' }>, evidence: string): PersonInArticle | null {
    if (isFullName(ref.words)) return this.add(ref.words, ref, evidence);
    const word = surnameOf(ref.words);
    const known = this.bySurname.get(fold(word))?.at(-1);
    if (known !== undefined) {
      this.describe(known, ref);
      return known;
    }
    // Named in full elsewhere in the article ("Vice President Paul Dorman" … "Dorman said").
    if (this.unknown.has(word)) return null;
    const mention = findBySurname(this.paragraphs, word, this.context);
    if (mention === null) return this.knownOfficial(word, ref, evidence);
    const person = this.add(mention.words, mention, mention.sentence);
    this.describe(person, ref);
    return person;
  }

  /**
   * A lone surname the article never gives in full, as the well-known official it stands for
   * ("Erdogan said …"), when the article names that official's country somewhere: a namesake in
   * an unrelated story is not taken for the head of state.
   */
  private knownOfficial(word: string, ref: Descriptor, evidence: string): PersonInArticle | null {
    const official = this.officials.byLoneSurname(word);
    if (official === undefined || !this.namesCountry(official.iso3)) {
      this.unknown.add(word);
      return null;
    }
    const person = this.add(official.name.split(' '), ref, evidence);
    person.known = official;
    if (fold(word) !== fold(surnameOf(person.name.split(' ')))) {
      // "Lukashenka" for "Alexander Lukashenko": the text's spelling finds the person next time.
      if (!person.aliases.includes(word)) person.aliases.push(word);
      this.bySurname.set(fold(word), [...(this.bySurname.get(fold(word)) ?? []).filter((p) => p !== person), person]);
    }
    return person;
  }

  private namesCountry(iso3: string): boolean {
    return this.paragraphs.some((p) => findPlaces(this.gazetteer, tokenize(p.text)).some((m) => m.value.iso3 === iso3));
  }

  add(words: readonly string[], descriptor: Descriptor, evidence: string): PersonInArticle {
    const name = words.join(' ');
    const id = idOf(name);
    const existing = this.people.get(id) ?? this.byVariant.get(variantKey(words, name));
    if (existing !== undefined) {
      if (existing.name !== name && !existing.aliases.includes(name)) existing.aliases.push(name);
      this.describe(existing, descriptor);
      return existing;
    }
    const person: PersonInArticle = {
      id,
      name,
      profile: { country: null, role: 'expert' },
      evidence,
      quotes: [],
      forms: [],
      aliases: [],
      descriptors: [],
      gender: null,
      selfReports: 0,
    };
    this.people.set(id, person);
    this.byVariant.set(variantKey(words, name), person);
    this.describe(person, descriptor);
    // A surname points to its person; in a two-word name the first word may be the surname too ("Zhou Minghai").
    const keys = new Set([fold(surnameOf(words)), ...(words.length === 2 ? [fold(words[0] ?? '')] : [])]);
    for (const key of keys) this.bySurname.set(key, [...(this.bySurname.get(key) ?? []).filter((p) => p !== person), person]);
    return person;
  }

  describe(person: PersonInArticle, descriptor: Descriptor): void {
    const text = `${descriptor.before} ${descriptor.after}`;
    if (person.gender === null) person.gender = FEMALE.test(text) ? 'female' : MALE.test(text) ? 'male' : null;
    if (descriptor.before.trim() === '' && descriptor.after.trim() === '') return;
    if (person.descriptors.some((d) => d.before === descriptor.before && d.after === descriptor.after)) return;
    person.descriptors.push({ before: descriptor.before, after: descriptor.after });
  }

  /**
   * The person's profile from their descriptions in the order seen (mergeProfiles), read only for
   * the people kept: most people an article names never give a view.
   */
  describeAll(person: PersonInArticle): void {
    let profile = person.profile;
    for (const descriptor of person.descriptors) {
      if (profile.title !== undefined && profile.organisation !== undefined && profile.city !== undefined && profile.country !== null) break;
      profile = mergeProfiles(profile, describeSpeaker(descriptor, this.gazetteer, this.context.words));
    }
    person.profile = profile;
  }

  /** The most recent person (by order added or spoken) a pronoun of this gender can stand for. */
  latest(gender: Gender | null, order: readonly PersonInArticle[]): PersonInArticle | null {
    for (let i = order.length - 1; i >= 0; i--) {
      const person = order[i];
      if (person !== undefined && (gender === null || person.gender === null || person.gender === gender)) return person;
    }
    return null;
  }
}
