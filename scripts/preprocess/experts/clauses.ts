/**
 * Clause arithmetic on masked sentences: where the clause before or after a cue starts and ends,
 * and the adverbs and auxiliaries that may stand between a subject and its verb.
 */
import { isAsciiLower, isClauseBreak, isSpace } from './chars';

/** Words that may stand between a subject and its verb: "Tasym also noted", "she has said". */
const BETWEEN_SUBJECT_AND_VERB = new Set(
  ('also further later then recently previously once again has had have was is were are would will could might may did does do ' +
    'reportedly earlier additionally subsequently firmly strongly clearly rightly often repeatedly openly publicly privately ' +
    'separately specifically particularly himself herself however too already still even now long likewise similarly bluntly ' +
    'flatly simply only frankly candidly cautiously confidently emphatically forcefully sharply bitterly correctly famously ' +
    'quickly immediately never always not generally broadly largely').split(' '),
);

/** `left` without the adverbs and auxiliaries at its end (read word by word from the end: no regex over the whole text). */
export function withoutAdverbs(left: string): string {
  let end = left.length;
  for (;;) {
    while (end > 0 && isSpace(left.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isAsciiLower(left.charCodeAt(start - 1))) start--;
    if (start === end || start === 0 || !isSpace(left.charCodeAt(start - 1)) || !BETWEEN_SUBJECT_AND_VERB.has(left.slice(start, end))) break;
    end = start;
  }
  return left.slice(0, end);
}

/** `text` without the spaces and commas at its end (a loop: an anchored regex would scan the whole text). */
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 44 || isSpace(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function lastClause(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (isClauseBreak(text.charCodeAt(i))) return text.slice(i + 1);
  return text;
}

/** The part of a text up to its next comma, full stop or other clause break. */
export function nextClause(text: string): string {
  const stop = text.search(/[,;:.!?()“”"«»_—–]/);
  return stop < 0 ? text : text.slice(0, stop);
}
