const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date as people write it, keeping its precision: "2010", "Jul 2015", "4 Jul 2024". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month !== undefined ? MONTHS[Number(month) - 1] : undefined;
  if (monthName === undefined) return year ?? date;
  return day !== undefined ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
