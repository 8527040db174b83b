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
