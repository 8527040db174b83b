/** Dates as articles give them: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or "Sep 16, 2022" in plain text. */

export type DateCheck = { ok: true; value: string; year: number } | { ok: false; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Publication years a news article can have. "0000" or "0202" is a typo; let through, it would be
 * written as "0" (failing the schema) and stretch the timeline over two thousand empty years.
 */
export const PUBLISHED_YEARS = { first: 1900, last: 2100 } as const;

/** Checks a partial ISO date, including that the day exists (2023-02-30 does not). */
export function checkPartialDate(raw: string): DateCheck {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (match === null) return { ok: false, reason: `"${raw}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)` };
  const year = Number(match[1]);
  if (year < PUBLISHED_YEARS.first || year > PUBLISHED_YEARS.last) {
    return { ok: false, reason: `"${raw}": the year ${match[1]} is outside ${PUBLISHED_YEARS.first}–${PUBLISHED_YEARS.last} (a typo?)` };
  }
  if (match[2] === undefined) return { ok: true, value: String(year), year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `impossible date "${raw}": there is no month ${month}` };
  if (match[3] === undefined) return { ok: true, value: `${year}-${pad(month)}`, year };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `impossible date "${raw}": ${MONTHS[month - 1] ?? month} ${year} has ${daysInMonth(year, month)} days` };
  }
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}`, year };
}

/** "Sep 16, 2022 09:23 AM", "September 16, 2022", "16 September 2022" or an ISO date → a checked date. */
export function parseWrittenDate(text: string): DateCheck | null {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (iso?.[1] !== undefined) return checkPartialDate(iso[1]);
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const parts = monthFirst !== null
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] }
    : dayFirst !== null
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] }
      : null;
  if (parts === null) return null;
  const month = MONTHS.indexOf((parts.month ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  return checkPartialDate(`${parts.year}-${pad(month)}-${pad(Number(parts.day))}`);
}
