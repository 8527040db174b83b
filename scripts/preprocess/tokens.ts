/** Words with their offsets: the unit every matcher works on, so matching stays linear in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters and digits, with apostrophes inside a word ("Xi'an", "Kazakhstan’s"); hyphens split words,
// so "counter-terrorism" and "counter terrorism" give the same tokens.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** "Azerbaijan’s" → "Azerbaijan": a possessive points to the same place or thing as its base word. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isPossessive(word: string): boolean {
  return /['’]s$/u.test(word);
}

/** ASCII-folded lower case: "Türkiye" → "turkiye", used for slugs and loose comparisons. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
