/**
 * Well-known officials (data/reference/officials.json) made ready for lookup: a person the text
 * names in full is found by a transliteration-blind key ("Aleksandr Lukashenka", "Recep Tayyip
 * Erdogan"), and a lone surname only by the few single words the file says stand for one person
 * alone ("Erdogan said …" with no full name anywhere). What the lookup gives is a fallback: a
 * country or role the text states always wins (whoStays.ts).
 */
import type { KnownOfficial, OfficialsFile } from '../reference/schemas';
import { fold } from '../tokens';
import { variantKey } from './variants';

export interface KnownOfficials {
  /** The official a person's full name (or one of its spellings in the article) is, if any. */
  byName(names: readonly string[]): KnownOfficial | undefined;
  /** The official a lone surname stands for, when the file lists it as naming that person alone. */
  byLoneSurname(word: string): KnownOfficial | undefined;
}

const keyOf = (name: string) => {
  const words = name.split(' ');
  return variantKey(words, name);
};

export function buildKnownOfficials(file: OfficialsFile): KnownOfficials {
  const full = new Map<string, KnownOfficial>();
  const alone = new Map<string, KnownOfficial>();
  /** The first letters of the given names each official is written with: "A" for Aleksandr, Alexander. */
  const initials = new Map<KnownOfficial, Set<string>>();
  for (const official of file.officials) {
    const names = [official.name, ...official.aliases];
    for (const name of names) full.set(keyOf(name), official);
    for (const word of official.alone) alone.set(fold(word), official);
    initials.set(official, new Set(names.filter((n) => n.includes(' ')).map((n) => fold(n)[0] ?? '')));
  }
  return {
    byName(names) {
      for (const name of names) {
        const found = full.get(keyOf(name));
        if (found !== undefined) return found;
      }
      // A spelling the file lacks ("Aleksander Lukashenko"): a surname that stands alone and a given name with its initial.
      for (const name of names) {
        const words = name.split(' ');
        if (words.length < 2) continue;
        const official = alone.get(fold(words[words.length - 1] ?? ''));
        if (official !== undefined && initials.get(official)?.has(fold(name)[0] ?? '') === true) return official;
      }
      return undefined;
    },
    byLoneSurname: (word) => alone.get(fold(word.replace(/['’]s$/u, ''))),
  };
}

/** No list: nobody is known (reference folders without officials.json, small tests). */
export const NO_KNOWN_OFFICIALS: KnownOfficials = { byName: () => undefined, byLoneSurname: () => undefined };
