interface FilterSummaryProps {
  themeLabels: ReadonlyArray<{ id: string; label: string }>;
  countryName: string | null;
  /** What the country filter keeps, in words: "Experts from Laos (0) and experts who spoke about it (1): 1 in all." */
  countryMeaning: string | null;
  range: readonly [number, number] | null;
  onRemoveTheme: (id: string) => void;
  onRemoveCountry: () => void;
  onClear: () => void;
}

/** The store's filters as this view applies them, each removable, so a narrowed network never puzzles. */
export function FilterSummary({ themeLabels, countryName, countryMeaning, range, onRemoveTheme, onRemoveCountry, onClear }: FilterSummaryProps) {
  if (themeLabels.length === 0 && countryName === null && range === null) return null;
  return (
    <div className="network-filters" role="group" aria-label="Filters on the network">
      {range !== null && <span className="network-filters__range">{range[0] === range[1] ? range[0] : `${range[0]}–${range[1]}`}</span>}
      {themeLabels.map(({ id, label }) => (
        <button key={id} type="button" className="network-filters__chip" onClick={() => onRemoveTheme(id)} aria-label={`Remove theme filter ${label}`}>
          {label} <span aria-hidden="true">×</span>
        </button>
      ))}
      {countryName !== null && (
        <button type="button" className="network-filters__chip" onClick={onRemoveCountry} aria-label={`Remove country filter ${countryName}`}>
          {countryName} <span aria-hidden="true">×</span>
        </button>
      )}
      <button type="button" className="link-button" onClick={onClear}>
        Clear filters
      </button>
      {countryMeaning !== null && <p className="network-filters__meaning">{countryMeaning}</p>}
    </div>
  );
}
