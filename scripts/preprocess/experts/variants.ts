/**
 * Spellings of one name that transliteration from Cyrillic and other scripts produces:
 * Kh-/H- ("Khasanov", "Hasanov"), Ye-/E- ("Yevgeni", "Evgeni"), -yev/-ev ("Bekayev", "Bekaev"),
 * -iy/-y/-i, Dzh-/J-/Zh-, doubled letters. Two names with the same key are one person.
 */
import { fold } from '../tokens';

function canonicalWord(word: string): string {
  return fold(word)
    .replace(/['’]/g, '')
    .replace(/dzh|dj/g, 'zh')
    .replace(/j/g, 'zh')
    .replace(/kh/g, 'h')
    .replace(/^y(?=[aeiou])/, '')
    .replace(/(?:iy|y|i)ev/g, 'ev')
    .replace(/(?:iy|ii|yi|y)$/, 'i')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Names repeat across a corpus (the same expert in many articles): each is made a key once. */
const keys = new Map<string, string>();
const MAX_CACHED = 50_000;

export function variantKey(words: readonly string[], name = words.join(' ')): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = words.map(canonicalWord).join(' ');
    if (keys.size >= MAX_CACHED) keys.clear();
    keys.set(name, key);
  }
  return key;
}
