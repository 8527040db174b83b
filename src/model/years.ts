/** The Shanghai Five met first in April 1996: the slider's first year. */
export const FIRST_YEAR = 1996;

/** The slider's last year: this year, or the reference date's year if the data is ahead of the clock. */
export function currentYear(referenceAsOf: string, today: Date): number {
  return Math.max(Number(referenceAsOf.slice(0, 4)), today.getUTCFullYear());
}
