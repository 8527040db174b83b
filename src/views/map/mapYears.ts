import { changeSentence, statusChangesByYear, type ChangesData, type StatusChange } from '../../model/statusChanges';

/** A year on the slider that deserves a mark, and why. */
export interface YearMark {
  year: number;
  kind: 'membership' | 'article';
  /** Shown on hover and read by screen readers, e.g. "2017: India and Pakistan became members". */
  label: string;
}

/**
 * Years in which some country's map colour changes from the end of the previous year, with the changes:
 * the model's status changes without the applications that leave the colour as it was.
 */
export function membershipChanges(data: ChangesData, firstYear: number, lastYear: number, asOf: string): Map<number, StatusChange[]> {
  const changes = new Map<number, StatusChange[]>();
  for (const [year, list] of statusChangesByYear(data, firstYear, lastYear, asOf)) {
    const onMap = list.filter((c) => c.onMap);
    if (onMap.length > 0) changes.set(year, onMap);
  }
  return changes;
}

/** Marks for the year slider: years in which membership changed, and years with articles (articles per year). */
export function yearMarks(changes: Map<number, StatusChange[]>, articleCounts: ReadonlyMap<number, number>, firstYear: number, lastYear: number): YearMark[] {
  const marks: YearMark[] = [];
  for (const [year, list] of [...changes].sort((a, b) => a[0] - b[0])) {
    marks.push({ year, kind: 'membership', label: `${year}: ${changeSentence(list)}` });
  }
  for (const [year, count] of articleCounts) {
    if (year < firstYear || year > lastYear) continue;
    marks.push({ year, kind: 'article', label: `${year}: ${count} ${count === 1 ? 'article' : 'articles'}` });
  }
  return marks;
}
