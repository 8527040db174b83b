import { resolve } from 'node:path';
import { FALLBACK_LEXICON, readLexicon, type ThemePhrases } from './lexicon';

export const LEXICON_PATH = resolve(import.meta.dirname, '../../data/reference/themes.json');

/** The project's lexicon when it exists, else the built-in stand-in (and says which, for the report). */
export function loadLexicon(path = LEXICON_PATH): { lexicon: ThemePhrases[]; source: string } {
  const lexicon = readLexicon(path);
  return lexicon === null ? { lexicon: FALLBACK_LEXICON, source: 'the built-in stand-in lexicon' } : { lexicon, source: 'data/reference/themes.json' };
}
