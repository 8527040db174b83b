import type { StatusKind } from '../../model/schema';
import { STATUS_STRENGTH } from '../../model/statusInYear';
import { statusLabel, statusPlural, type StatusOrNone } from '../../model/statusLabels';

/**
 * The map's colour scale: one class per status, plus "no status". Colours are the --status-*
 * variables of app.css (Okabe–Ito, safe for the common forms of colour blindness), so a projector
 * theme can swap them in one place. Candidates named in articles are not a class but a hatched
 * overlay in --status-candidate, because a candidate usually holds a status too.
 */
export type MapClass = StatusOrNone;

export const MAP_CLASSES: readonly MapClass[] = [...STATUS_STRENGTH, 'none'];

const CLASS_COLOURS: Record<MapClass, string> = {
  member: 'var(--status-member)',
  partner: 'var(--status-partner)',
  observer: 'var(--status-observer)',
  'dialogue-partner': 'var(--status-dialogue-partner)',
  applicant: 'var(--status-applicant)',
  none: 'var(--color-land)',
};

export const CANDIDATE_STYLE = {
  label: 'Candidate named in articles',
  colour: 'var(--status-candidate)',
} as const;

/** What comes from the person's own articles ("Add articles"). */
export const OWN_COLOUR = 'var(--color-own)';

export function mapClassOf(status: StatusKind | null): MapClass {
  return status ?? 'none';
}

export const classLabel = statusLabel;
export const classPlural = statusPlural;

export function classColour(mapClass: MapClass): string {
  return CLASS_COLOURS[mapClass];
}

/** The CSS variable name behind a class's colour, e.g. "--status-member". */
export function classColourVariable(mapClass: MapClass): string {
  return classColour(mapClass).slice('var('.length, -1);
}
