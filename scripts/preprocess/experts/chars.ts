/**
 * Character tests by char code, for the loops that walk a sentence letter by letter from its end:
 * a regex per character was a measurable share of the extractor's time.
 */

/** Whitespace, including the no-break and thin spaces news text has. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x2002 || code === 0x2003;
}

/** An ASCII lower-case letter (adverbs and auxiliaries are plain ASCII). */
export const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** What ends a clause: , ; : ( quotation marks, the quote mask "_", dashes. */
export function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 0x201c || code === 0x201d || code === 34 || code === 0xab || code === 0xbb || code === 95 || code === 0x2014 || code === 0x2013;
}

/** Exactly the whitespace of a regex \s (ECMAScript's WhiteSpace and LineTerminator). */
function isRegexSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether the text has more than `limit` runs of non-space (what `text.match(/\S+/g).length` counts), without building the list. */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isRegexSpace(text.charCodeAt(i));
    if (!space && !inWord && ++count > limit) return true;
    inWord = !space;
  }
  return false;
}

/** `text.replace(/\s+/g, ' ').trim()`, without the regex when every space is a single " " (most descriptions). */
export function collapseSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isRegexSpace(code) && (code !== 32 || isRegexSpace(text.charCodeAt(i + 1)))) return text.replace(/\s+/g, ' ').trim();
  }
  return text.trim();
}
