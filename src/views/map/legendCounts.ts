import { joinWithAnd } from '../../model/englishList';
import type { StatusKind } from '../../model/schema';
import { openCandidates, type MembershipYear } from '../../model/membershipInYear';
import { STATUS_STRENGTH } from '../../model/statusInYear';
import { classPlural } from './statusScale';

export interface LegendCounts {
  byStatus: Record<StatusKind, number>;
  /** Countries named as candidates in the articles up to that year that are not yet members. */
  candidates: number;
}

export function legendCounts(membership: MembershipYear): LegendCounts {
  const byStatus = Object.fromEntries(STATUS_STRENGTH.map((s) => [s, 0])) as Record<StatusKind, number>;
  for (const country of membership.values()) if (country.status !== null) byStatus[country.status] += 1;
  return { byStatus, candidates: openCandidates(membership).length };
}

/** "10 members, 2 observers" — only the statuses someone held that year, strongest first. */
export function countPhrases(counts: LegendCounts): string[] {
  return STATUS_STRENGTH.filter((s) => counts.byStatus[s] > 0).map((s) => `${counts.byStatus[s]} ${classPlural(s, counts.byStatus[s])}`);
}

/**
 * The screen-reader summary of the map for one year, e.g.
 * "In 2024 the SCO had 10 members, 2 observers and 14 dialogue partners; 3 countries were named as candidates in the articles."
 */
export function summarySentence(year: number, counts: LegendCounts): string {
  const phrases = countPhrases(counts);
  const held = phrases.length > 0 ? `In ${year} the SCO had ${joinWithAnd(phrases)}` : `In ${year} no country held an SCO status`;
  if (counts.candidates === 0) return `${held}.`;
  const named = counts.candidates === 1 ? '1 country was named as a candidate' : `${counts.candidates} countries were named as candidates`;
  return `${held}; ${named} in the articles.`;
}
