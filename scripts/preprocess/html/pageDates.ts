/**
 * Dates as web pages write them → the pipeline's partial ISO dates. A timestamp keeps the date the
 * publisher wrote ("2024-07-05T01:30:00+06:00" is 5 July in Astana, where it was printed), rather than
 * its UTC day.
 */
import { checkPartialDate, parseWrittenDate, type DateCheck } from '../dates';

const ISO_START = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/;

/** A date from a meta tag, JSON-LD or a datetime attribute; null when the text holds no date at all. */
export function pageDate(raw: string): DateCheck | null {
  const iso = ISO_START.exec(raw) ?? COMPACT.exec(raw);
  if (iso !== null) return checkPartialDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  if (/^\s*\d{4}(?:-\d{2})?\s*$/.test(raw)) return checkPartialDate(raw.trim());
  return parseWrittenDate(raw);
}

/**
 * A date in a URL's path, as news sites put it: /2024/07/05/, /2024/07/, /2024-07-05-slug,
 * /20240705/ or /202407/ (Global Times). Only years a news article can have count, so /1234/5678/
 * ids do not.
 */
export function urlPathDate(url: string): DateCheck | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/,
    /(?:^|[/_-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
    /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/|$)/,
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(?:\/|$)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(path);
    if (match === null) continue;
    const date = checkPartialDate([match[1], match[2], match[3]].filter((part) => part !== undefined).join('-'));
    if (date.ok) return date;
  }
  return null;
}
