import type { Country } from '../../model/schema';
import { statusInYear } from '../../model/statusInYear';

/** A year on the slider that deserves a mark, and why. */
export interface YearMark {
  year: number;
  kind: 'membership' | 'article';
  /** Shown on hover and read by screen readers, e.g. "2017: India, Pakistan became members". */
  label: string;
}

export interface StatusChange {
  name: string;
  from: string | null;
  to: string | null;
}

/**
 * Years in which some country's map colour changes from the end of the previous year, with the changes.
 * Computed from the same statusInYear the map draws with, so a mark never disagrees with the colours.
 */
export function membershipChanges(
  countries: readonly Pick<Country, 'name' | 'statuses'>[],
  firstYear: number,
  lastYear: number,
  asOf: string,
): Map<number, StatusChange[]> {
  const changes = new Map<number, StatusChange[]>();
  for (const country of countries) {
    let previous = statusInYear(country, firstYear - 1, asOf);
    for (let year = firstYear; year <= lastYear; year++) {
      const status = statusInYear(country, year, asOf);
      if (status !== previous) {
        const list = changes.get(year) ?? [];
        list.push({ name: country.name, from: previous, to: status });
        changes.set(year, list);
      }
      previous = status;
    }
  }
  return changes;
}

const TO_PHRASE: Record<string, string> = {
  member: 'became members',
  partner: 'became partners',
  observer: 'became observers',
  'dialogue-partner': 'became dialogue partners',
  applicant: 'applied',
  none: 'lost their status',
};

/** "India, Pakistan became members; Mongolia became observers" (grouped by the new status, in first-seen order). */
export function describeChanges(changes: readonly StatusChange[]): string {
  const groups = new Map<string, string[]>();
  for (const change of changes) {
    const key = change.to ?? 'none';
    groups.set(key, [...(groups.get(key) ?? []), change.name]);
  }
  return [...groups].map(([to, names]) => `${names.join(', ')} ${TO_PHRASE[to] ?? to}`).join('; ');
}

/** Marks for the year slider: years in which membership changed, and years with articles. */
export function yearMarks(changes: Map<number, StatusChange[]>, articleYears: readonly number[], firstYear: number, lastYear: number): YearMark[] {
  const marks: YearMark[] = [];
  for (const [year, list] of [...changes].sort((a, b) => a[0] - b[0])) {
    marks.push({ year, kind: 'membership', label: `${year}: ${describeChanges(list)}` });
  }
  const articleCounts = new Map<number, number>();
  for (const year of articleYears) articleCounts.set(year, (articleCounts.get(year) ?? 0) + 1);
  for (const [year, count] of articleCounts) {
    if (year < firstYear || year > lastYear) continue;
    marks.push({ year, kind: 'article', label: `${year}: ${count} ${count === 1 ? 'article' : 'articles'}` });
  }
  return marks;
}
