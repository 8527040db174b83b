import { existsSync, readFileSync } from 'node:fs';
import type { Random } from './random';

/** The part of data/reference/themes.json the generator uses: each theme's phrases as plain text. */
export interface ThemePhrases {
  id: string;
  label: string;
  phrases: string[];
}

/**
 * Turns a lexicon phrase into words a writer would print. The lexicon may use simple patterns
 * ("terroris(m|t)", "cyber-?security"): a group's first alternative is taken, an optional mark
 * keeps the character before it. Phrases that still hold pattern syntax are dropped.
 */
export function phraseToText(phrase: string): string | null {
  let text = phrase
    .replace(/\\b/g, '')
    .replace(/\\s[+*]?/g, ' ')
    .replace(/\(\?:/g, '(')
    .replace(/\(([^()|]*)(?:\|[^()]*)?\)\??/g, '$1')
    .replace(/\[([^\]])[^\]]*\]/g, '$1')
    .replace(/([^\\])[?*+]/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (/[\\()[\]{}|^$?*+]/.test(text) || text.length < 2) return null;
  text = text.replace(/\.$/, '');
  return text;
}

/** Reads the themes a user keeps in the lexicon file, tolerating either a bare list or `{ themes: [...] }`. */
export function readLexicon(path: string): ThemePhrases[] | null {
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const list = Array.isArray(raw) ? raw : (raw as { themes?: unknown }).themes;
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list of themes or { "themes": [...] }`);
  const themes: ThemePhrases[] = [];
  for (const entry of list as unknown[]) {
    const theme = entry as { id?: unknown; label?: unknown; phrases?: unknown };
    if (typeof theme.id !== 'string' || !Array.isArray(theme.phrases)) continue;
    const phrases = theme.phrases
      .filter((p): p is string => typeof p === 'string')
      .map(phraseToText)
      .filter((p): p is string => p !== null);
    if (phrases.length > 0) themes.push({ id: theme.id, label: typeof theme.label === 'string' ? theme.label : theme.id, phrases });
  }
  if (themes.length === 0) throw new Error(`${path}: no theme has a usable phrase`);
  return themes;
}

/**
 * Used only while data/reference/themes.json does not exist yet (the pipeline writes it),
 * so the generator and its tests never depend on another folder's progress.
 */
export const FALLBACK_LEXICON: ThemePhrases[] = [
  { id: 'security', label: 'Security and counter-terrorism', phrases: ['terrorism', 'extremism', 'regional security', 'border security', 'separatism'] },
  { id: 'economy', label: 'Economic cooperation and trade', phrases: ['trade', 'investment', 'economic cooperation', 'new markets', 'transport corridors'] },
  { id: 'belt-and-road', label: 'The Belt and Road', phrases: ['Belt and Road Initiative', 'BRI', 'connectivity projects'] },
  { id: 'enlargement', label: 'Enlargement and membership', phrases: ['full membership', 'observer status', 'new members', 'enlargement'] },
  { id: 'multipolarity', label: 'Multipolarity and world order', phrases: ['multipolar world', 'world order', 'global governance'] },
  { id: 'institutions', label: 'Consensus and institutional reform', phrases: ['consensus', 'Secretary General', 'institutional reform'] },
  { id: 'digital', label: 'Digital transformation and cybersecurity', phrases: ['digital transformation', 'cybersecurity', 'digital sovereignty'] },
  { id: 'culture', label: 'Culture, education, science and tourism', phrases: ['student exchanges', 'tourism', 'cultural events', 'joint research'] },
  { id: 'mediation', label: 'Conflict mediation', phrases: ['mediation', 'territorial disputes', 'conflict resolution'] },
  { id: 'energy', label: 'Energy and environment', phrases: ['energy security', 'climate change', 'renewable energy', 'water resources'] },
];

export function pickPhrase(random: Random, lexicon: readonly ThemePhrases[]): { themeId: string; text: string } {
  const theme = random.pick(lexicon);
  return { themeId: theme.id, text: random.pick(theme.phrases) };
}
