/**
 * Which years the timeline's strip names, and how, so that no two labels touch however many years
 * the axis holds: every year in full ("2024") when the columns are wide enough; every year
 * abbreviated ("’97") when only that fits; otherwise every 2nd, 5th, 10th… year, on round years.
 * (Years with articles are not named by preference between the round ones: each stride is at most
 * two and a half times the one before, so a label between two round years never has room.)
 */

export interface YearLabel {
  year: number;
  text: string;
}

export interface YearLabelWidths {
  /** Width of a full year ("2026") in the strip's widest type, px. */
  full: number;
  /** Width of an abbreviated year ("’26"), px. */
  short: number;
}

/** Space kept between two labels, px. */
export const YEAR_LABEL_GAP = 8;
/** Round strides: years divisible by one of these are labelled when not every year fits. */
const STRIDES = [2, 5, 10, 20, 25, 50, 100];

export function shortYear(year: number): string {
  return `’${String(year).slice(-2)}`;
}

/** Widths at a font size (px) where nothing can be measured (jsdom): digits are about 0.62 em in bold sans. */
export function estimateYearLabelWidths(fontPx: number): YearLabelWidths {
  return { full: 4 * 0.62 * fontPx, short: 3 * 0.62 * fontPx };
}

/** Labels for `years` (consecutive, ascending) drawn in columns `step` px apart. */
export function yearLabels(years: readonly number[], step: number, widths: YearLabelWidths): YearLabel[] {
  const fits = (columns: number, width: number) => columns * step >= width + YEAR_LABEL_GAP;
  if (fits(1, widths.full)) return years.map((year) => ({ year, text: String(year) }));
  if (fits(1, widths.short)) return years.map((year) => ({ year, text: shortYear(year) }));

  const stride = STRIDES.find((n) => fits(n, widths.short)) ?? Math.ceil((widths.short + YEAR_LABEL_GAP) / Math.max(step, 1e-6));
  const full = fits(stride, widths.full);
  const text = (year: number) => (full ? String(year) : shortYear(year));
  const round = years.filter((year) => year % stride === 0);
  // A short span may hold no round year: name its first.
  const named = round.length > 0 ? round : years.slice(0, 1);
  return named.map((year) => ({ year, text: text(year) }));
}
