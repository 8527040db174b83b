import type { StatusKind } from '../../model/schema';
import { STATUS_STRENGTH } from './statusInYear';

/**
 * The map's colour scale: one class per status, plus "no status". Colours are the --status-*
 * variables of app.css (Okabe–Ito, safe for the common forms of colour blindness), so a projector
 * theme can swap them in one place. Candidates named in articles are not a class but a hatched
 * overlay in --status-candidate, because a candidate usually holds a status too.
 */
export type MapClass = StatusKind | 'none';

export const MAP_CLASSES: readonly MapClass[] = [...STATUS_STRENGTH, 'none'];

interface ClassStyle {
  /** The legend's label (a noun, singular). */
  label: string;
  /** Plural noun for sentences ("10 members"). */
  plural: string;
  colour: string;
}

const CLASS_STYLES: Record<MapClass, ClassStyle> = {
  member: { label: 'Member', plural: 'members', colour: 'var(--status-member)' },
  partner: { label: 'Partner', plural: 'partners', colour: 'var(--status-partner)' },
  observer: { label: 'Observer', plural: 'observers', colour: 'var(--status-observer)' },
  'dialogue-partner': { label: 'Dialogue partner', plural: 'dialogue partners', colour: 'var(--status-dialogue-partner)' },
  applicant: { label: 'Applicant', plural: 'applicants', colour: 'var(--status-applicant)' },
  none: { label: 'No status', plural: 'countries without status', colour: 'var(--color-land)' },
};

export const CANDIDATE_STYLE = {
  label: 'Candidate named in articles',
  colour: 'var(--status-candidate)',
} as const;

export function mapClassOf(status: StatusKind | null): MapClass {
  return status ?? 'none';
}

export function classLabel(mapClass: MapClass): string {
  return CLASS_STYLES[mapClass].label;
}

export function classPlural(mapClass: MapClass, count: number): string {
  return count === 1 ? CLASS_STYLES[mapClass].label.toLowerCase() : CLASS_STYLES[mapClass].plural;
}

export function classColour(mapClass: MapClass): string {
  return CLASS_STYLES[mapClass].colour;
}

/** The CSS variable name behind a class's colour, e.g. "--status-member". */
export function classColourVariable(mapClass: MapClass): string {
  return classColour(mapClass).slice('var('.length, -1);
}
