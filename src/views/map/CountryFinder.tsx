import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { comboboxAction, comboboxInputProps } from '../../components/combobox';
import { matchCountries, type DirectoryEntry } from './countryDirectory';

interface CountryFinderProps {
  entries: readonly DirectoryEntry[];
  /** A short status for each option ("member", "no status"), read with the name. */
  describe: (iso3: string) => string;
  onSelect: (iso3: string) => void;
  /** The option under the keyboard cursor (or null): the map outlines it and shows its tooltip. */
  onPreview: (iso3: string | null) => void;
  /** Lets the map send focus back here (when the details panel closes). */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The keyboard's way into the map: a combobox that filters the countries as you type
 * (ARIA 1.2 list autocomplete). Arrow keys move through the matches, Enter picks one, Escape closes.
 * Memoised: a year step that changes no status leaves it alone.
 */
export const CountryFinder = memo(function CountryFinder({ entries, describe, onSelect, onPreview, inputRef }: CountryFinderProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const matches = useMemo(() => matchCountries(entries, query), [entries, query]);
  const activeEntry = open ? matches[active] : undefined;

  const onPreviewRef = useRef(onPreview);
  useEffect(() => {
    onPreviewRef.current = onPreview;
  });
  useEffect(() => {
    onPreviewRef.current(activeEntry?.iso3 ?? null);
  }, [activeEntry]);
  useEffect(() => {
    if (activeEntry === undefined) return;
    const option = listRef.current?.querySelector(`[data-option="${activeEntry.iso3}"]`);
    if (option instanceof HTMLElement && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [activeEntry]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (entry: DirectoryEntry | undefined) => {
    if (entry === undefined) return;
    setQuery(entry.name);
    close();
    onSelect(entry.iso3);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxAction(event.key, open, query !== '');
    if (action === null) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') {
      setOpen(true);
      setActive((i) => (action === 'next' ? Math.min(matches.length - 1, i + 1) : Math.max(0, i - 1)));
    } else if (action === 'choose') choose(matches[active] ?? matches[0]);
    else if (action === 'close') close();
    else setQuery('');
  };

  return (
    <div className="country-finder">
      <label htmlFor={`${id}-input`} className="country-finder__label">
        Find a country
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="country-finder__input"
        {...comboboxInputProps({ listId, expanded: open, activeId: activeEntry !== undefined ? `${id}-${activeEntry.iso3}` : undefined })}
        placeholder="Type a name, e.g. Belarus"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(e.target.value.trim() === '' ? -1 : 0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={listId} ref={listRef} role="listbox" aria-label="Countries" className="country-finder__list" hidden={!open}>
        {open && matches.length === 0 && (
          <li className="country-finder__empty" role="presentation">
            No country matches “{query}”
          </li>
        )}
        {open &&
          matches.map((entry, i) => (
            <li
              key={entry.iso3}
              id={`${id}-${entry.iso3}`}
              data-option={entry.iso3}
              role="option"
              aria-selected={i === active}
              className="country-finder__option"
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(entry);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span>{entry.name}</span>
              <span className="country-finder__status">{describe(entry.iso3)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
});
