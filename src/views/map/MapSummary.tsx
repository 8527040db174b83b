import { useMemo } from 'react';
import { byName } from './countryDirectory';
import type { MembershipYear } from '../../model/membershipInYear';
import { STATUS_STRENGTH } from '../../model/statusInYear';
import { classLabel } from './statusScale';
import { formatPartialDate } from '../../model/partialDate';

interface MapSummaryProps {
  year: number;
  membership: MembershipYear;
}

/**
 * The map as a table for screen readers (the summary sentence is visible above the map): every
 * country that held a status that year or had been named as a candidate.
 */
export function MapSummary({ year, membership }: MapSummaryProps) {
  const rows = useMemo(
    () =>
      [...membership.values()]
        .filter((c) => c.status !== null || c.candidacies.length > 0)
        .sort((a, b) => {
          const rank = (s: typeof a.status) => (s === null ? STATUS_STRENGTH.length : STATUS_STRENGTH.indexOf(s));
          return rank(a.status) - rank(b.status) || byName(a.name, b.name);
        }),
    [membership],
  );
  return (
    <div className="visually-hidden">
      <table>
        <caption>Countries by SCO status at the end of {year}</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Named as candidate</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.iso3}>
              <th scope="row">{c.name}</th>
              <td>{c.status === null ? 'No status' : classLabel(c.status)}</td>
              <td>{c.period !== null ? formatPartialDate(c.period.from) : '—'}</td>
              <td>{c.candidacies.length > 0 ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
