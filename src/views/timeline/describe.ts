/** Words for marks and summits: the same text serves the tooltip and the accessible name. */
import type { Summit } from '../../model/schema';
import type { ThemeYearCell } from '../../model/themeYears';

export function percent(weight: number): string {
  if (weight > 0 && weight < 0.005) return '<1%';
  return `${Math.round(weight * 100)}%`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function quoteCountText(cell: Pick<ThemeYearCell, 'quotes'>): string {
  return plural(cell.quotes.length, 'quote');
}

export function articleShareText(cell: Pick<ThemeYearCell, 'articleCount' | 'scoredArticleCount'>): string {
  return `in ${cell.articleCount} of ${plural(cell.scoredArticleCount, 'article')}`;
}

/** "Security, 2022: 50% of the year's theme talk, 1 quote, in 1 of 2 articles". */
export function cellLabel(themeLabel: string, cell: ThemeYearCell): string {
  return `${themeLabel}, ${cell.year}: ${percent(cell.weight)} of the year's theme talk, ${quoteCountText(cell)}, ${articleShareText(cell)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 September 2022", "July 2024" or "1996": as precise as the source. */
export function partialDateText(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function summitKindText(summit: Summit): string {
  return summit.kind === 'shanghai-five' ? 'Shanghai Five summit' : 'SCO heads-of-state summit';
}

/** "SCO heads-of-state summit, Samarkand, Uzbekistan, 15 September 2022". */
export function summitLabel(summit: Summit, countryName: string): string {
  const place = summit.city === 'Online' ? `held online, chaired by ${countryName}` : `${summit.city}, ${countryName}`;
  return `${summitKindText(summit)}, ${place}, ${partialDateText(summit.date)}`;
}
