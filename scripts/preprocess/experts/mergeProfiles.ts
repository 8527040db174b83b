/**
 * One person described twice (later in the same article, or in another article): keep what is
 * already known and fill the gaps from the later description. The first description that says
 * anything (a title or an organisation) decides the role. Used by extraction within an article
 * and by assemble across articles, so both merges follow the same rule.
 */
import type { Profile } from './profile';

export function mergeProfiles(a: Profile, b: Profile): Profile {
  // Plain assignments, not spreads: this runs for every description of every person.
  const merged: Profile = { country: a.country ?? b.country, role: a.title === undefined && a.organisation === undefined ? b.role : a.role };
  const title = a.title ?? b.title;
  if (title !== undefined) merged.title = title;
  const organisation = a.organisation ?? b.organisation;
  if (organisation !== undefined) merged.organisation = organisation;
  const city = a.city ?? b.city;
  if (city !== undefined) merged.city = city;
  return merged;
}
