import { formatPartialDate } from '../../model/partialDate';
import { appliedForLabel } from '../../model/statusLabels';
import type { Application } from '../../model/membershipInYear';

/** Said wherever a fact rests on weak sources only (tooltip, details, table). */
export const UNVERIFIED = 'unverified';
export const UNVERIFIED_WHY = 'only weak sources (a mirror, a forum post, one person’s account) support it';

/** "Applied for membership, Jul 2025", with "(unverified)" when only weak sources say so. */
export function applicationPhrase({ period, verified }: Application): string {
  const what = period.appliedFor === undefined ? 'Applied' : `Applied for ${appliedForLabel(period.appliedFor)}`;
  return `${what}, ${formatPartialDate(period.from)}${verified ? '' : ` (${UNVERIFIED})`}`;
}
