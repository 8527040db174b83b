import type { Application } from './membershipInYear';
import { formatPartialDate } from './partialDate';
import type { AppliedFor, StatusKind, StatusPeriod } from './schema';

/** A status, or none at all (a country outside the SCO that year). */
export type StatusOrNone = StatusKind | 'none';

const STATUS_WORDS: Record<StatusOrNone, { label: string; plural: string }> = {
  member: { label: 'Member', plural: 'members' },
  partner: { label: 'Partner', plural: 'partners' },
  observer: { label: 'Observer', plural: 'observers' },
  'dialogue-partner': { label: 'Dialogue partner', plural: 'dialogue partners' },
  applicant: { label: 'Applicant', plural: 'applicants' },
  none: { label: 'No status', plural: 'countries without status' },
};

/** The status as a legend names it (a noun, singular): "Dialogue partner". */
export function statusLabel(status: StatusOrNone): string {
  return STATUS_WORDS[status].label;
}

/** The noun for a count in a sentence: "1 member", "10 members". */
export function statusPlural(status: StatusOrNone, count: number): string {
  return count === 1 ? STATUS_WORDS[status].label.toLowerCase() : STATUS_WORDS[status].plural;
}

const APPLIED_FOR_WORDS: Record<AppliedFor, string> = {
  membership: 'membership',
  observer: 'observer status',
  'dialogue-partner': 'dialogue-partner status',
};

/** "observer status": what an applicant applied for, as a sentence names it. */
export function appliedForLabel(appliedFor: AppliedFor): string {
  return APPLIED_FOR_WORDS[appliedFor];
}

/**
 * A period's status with what it is about: "Applicant for observer status", "Member". An applicant
 * holds no SCO status yet; saying what it applied for keeps that from reading as one.
 */
export function periodLabel(period: Pick<StatusPeriod, 'status' | 'appliedFor'>): string {
  if (period.status !== 'applicant' || period.appliedFor === undefined) return statusLabel(period.status);
  return `${statusLabel('applicant')} for ${appliedForLabel(period.appliedFor)}`;
}

/** Said wherever a fact rests on weak sources only (tooltip, details, table). */
export const UNVERIFIED = 'unverified';
export const UNVERIFIED_WHY = 'only weak sources (a mirror, a forum post, one person’s account) support it';

/** "Applied for membership, Jul 2025", with "(unverified)" when only weak sources say so. */
export function applicationPhrase({ period, verified }: Application): string {
  const what = period.appliedFor === undefined ? 'Applied' : `Applied for ${appliedForLabel(period.appliedFor)}`;
  return `${what}, ${formatPartialDate(period.from)}${verified ? '' : ` (${UNVERIFIED})`}`;
}
