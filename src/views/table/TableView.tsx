import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadText } from '../../components/download';
import { scopeWords } from '../../model/countryRelations';
import { csvTable } from '../../model/csv';
import { viewYear } from '../../model/dataClock';
import { formatPartialDate } from '../../model/partialDate';
import { UNVERIFIED, UNVERIFIED_WHY } from '../../model/statusLabels';
import { useData, useDataClock, useDataIndex } from '../../state/data';
import { useStoreAfterPaint } from '../../state/afterPaint';
import { useAtlasStore, type AtlasState } from '../../state/store';
import { candidacyText, countryRows, CSV_COLUMNS, csvRows, DEFAULT_SORT, nextSort, sinceText, sortRows, type ColumnKey, type SortOrder } from './countryTable';
import './table.css';

const COLUMN_LABELS: Record<ColumnKey, string> = {
  country: 'Country',
  status: 'Status',
  since: 'Since',
  candidacy: 'Named as a candidate',
  expertsFrom: 'Experts from it',
  expertsSpokeAbout: 'Experts who spoke about it',
  quotesFrom: 'Quotes by its experts',
  quotesAbout: 'Quotes naming it',
};

const storeYearOf = (s: AtlasState) => s.year;
/** How long the year must rest before the table shows it. */
const YEAR_REST_MS = 300;

const NUMERIC: ReadonlySet<ColumnKey> = new Set(['expertsFrom', 'expertsSpokeAbout', 'quotesFrom', 'quotesAbout']);

/**
 * Every country as a row (as in Our World in Data's table tab): its status in the map's year, since
 * when, candidacy, and the experts and quotes that relate to it in the store's years and themes.
 * Sortable, filtered by the same store as the other views, downloadable as CSV; the screen reader's
 * way to read the map as text.
 */
export default function TableView() {
  const data = useData();
  const index = useDataIndex();
  const clock = useDataClock();
  const { range, themes, selected } = useAtlasStore(useShallow((s) => ({ range: s.range, themes: s.themes, selected: s.selectedCountry })));
  const { selectCountry, setHoveredCountry } = useAtlasStore.getState();
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);

  // The map's year step paints first: the table (off screen on most layouts) renders the new year
  // after that frame, not in the keydown's render (nor in a deferred one queued before the frame),
  // and once the year has rested: re-sorting its rows costs a frame of ~12 ms (style, layout and
  // paint of ~600 boxes at 10,000 articles), which the next step of a held key would wait behind.
  const storeYear = useStoreAfterPaint(storeYearOf, YEAR_REST_MS);
  const year = viewYear({ year: storeYear, range }, clock);
  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  const themeKey = [...themes].sort().join(',');
  const scope = useMemo(() => ({ range: from === null || to === null ? null : ([from, to] as const), themes: themeKey === '' ? [] : themeKey.split(',') }), [from, to, themeKey]);
  const rows = useMemo(() => countryRows(data, year, clock.asOf, scope), [data, year, clock.asOf, scope]);
  const shown = useMemo(() => sortRows(selected === null ? rows : rows.filter((r) => r.iso3 === selected), sort), [rows, selected, sort]);

  const scopeText = scopeWords(scope.range, scope.themes.map((t) => index.themeById.get(t)?.label ?? t));
  const when = year === clock.lastYear ? `in ${year} (as of ${formatPartialDate(data.referenceAsOf)})` : `at the end of ${year}`;
  const selectedName = selected === null ? null : (rows.find((r) => r.iso3 === selected)?.name ?? selected);
  const download = () => downloadText(csvTable(CSV_COLUMNS, csvRows(shown)), `sco-atlas-countries-${year}.csv`, 'text/csv;charset=utf-8');

  return (
    <div className="table-view">
      <header className="table-view__header">
        <div>
          <h2>Countries {when}</h2>
          <p className="table-view__scope">
            Experts and quotes {scopeText === '' ? 'in all the articles' : `in the articles ${scopeText}`}.
          </p>
        </div>
        <button type="button" className="tool-button" onClick={download}>
          Download CSV
        </button>
      </header>
      {selectedName !== null && (
        <p className="table-view__filter">
          Showing {selectedName} only, the selected country.{' '}
          <button type="button" className="link-button" onClick={() => selectCountry(null)}>
            Show all countries
          </button>
        </p>
      )}
      <div className="table-view__scroll" role="region" aria-label="Scrollable rows of countries" tabIndex={0}>
        <table className="table-view__table">
          <caption className="visually-hidden">Countries by SCO status {when}, with the experts and quotes that relate to each</caption>
          <thead>
            <tr>
              {(Object.keys(COLUMN_LABELS) as ColumnKey[]).map((column) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined} className={NUMERIC.has(column) ? 'table-view__number' : undefined}>
                  <button type="button" className="table-view__sort" onClick={() => setSort((current) => nextSort(current, column))}>
                    {COLUMN_LABELS[column]}
                    <span className="table-view__arrow" aria-hidden="true">
                      {sort.column !== column ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.iso3} onPointerEnter={() => setHoveredCountry(row.iso3)} onPointerLeave={() => setHoveredCountry(null)}>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={row.iso3 === selected} onClick={() => selectCountry(row.iso3 === selected ? null : row.iso3)}>
                    {row.name}
                  </button>
                </th>
                <td>
                  {row.statusText}
                  {!row.verified && (
                    <strong className="table-view__unverified" title={UNVERIFIED_WHY}>
                      {' '}
                      ({UNVERIFIED})
                    </strong>
                  )}
                  {row.applications.map((a) => (
                    <span key={a} className="table-view__application">
                      {a}
                    </span>
                  ))}
                </td>
                <td className="table-view__since">{sinceText(row)}</td>
                <td>{candidacyText(row)}</td>
                <td className="table-view__number">{row.expertsFrom}</td>
                <td className="table-view__number">{row.expertsSpokeAbout}</td>
                <td className="table-view__number">{row.quotesFrom}</td>
                <td className="table-view__number">{row.quotesAbout}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
