import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { comboboxAction, comboboxInputProps } from '../../components/combobox';
import { MarkedText } from '../../components/MarkedText';
import type { SearchKind } from '../../model/searchIndex';
import type { SearchHit } from '../../model/searchQuery';
import { useSearcher } from '../../state/searcher';
import { jumpTo } from './searchJump';
import { useSearchShortcut } from './useSearchShortcut';
import './globalSearch.css';
import { formatCount } from '../../model/formatCount';

const GROUP_LABEL: Record<SearchKind, string> = {
  expert: 'Experts',
  country: 'Countries',
  theme: 'Themes',
  organisation: 'Organisations',
  quote: 'In quotes',
  article: 'Articles',
};

/** Results shown per kind: enough to choose from; the count says how many more there are. */
const PER_GROUP = 5;

function countText(shown: number, total: number): string {
  return shown === total ? String(total) : `${shown} of ${formatCount(total)}`;
}

function HitContent({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'quote') {
    return (
      <>
        <span className="global-search__title">{hit.title}</span>
        <span className="global-search__detail global-search__detail--quote">
          “<MarkedText text={hit.detail} ranges={hit.detailMatches} />”
        </span>
      </>
    );
  }
  return (
    <>
      <span className="global-search__title">
        <MarkedText text={hit.title} ranges={hit.titleMatches} />
        {hit.alias !== null && (
          <span className="global-search__alias">
            {' '}
            (<MarkedText text={hit.alias} ranges={hit.aliasMatches} />)
          </span>
        )}
      </span>
      {hit.detail !== '' && (
        <span className="global-search__detail">
          <MarkedText text={hit.detail} ranges={hit.detailMatches} />
          {hit.kind === 'article' && hit.target.kind === 'article' && hit.target.url !== undefined && ' · opens the article'}
        </span>
      )}
    </>
  );
}

/**
 * One search box over everything (ARIA 1.2 combobox with a grouped listbox): experts, countries,
 * themes, organisations, the words of quotes and article titles. Arrow keys move, Enter jumps to
 * the result, Escape closes; "/" or Ctrl+K (⌘K) comes here from anywhere.
 */
export function GlobalSearch() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [wanted, setWanted] = useState(false);
  const searcher = useSearcher(wanted);
  // Typing stays smooth on a large data set: the results follow a moment behind the keys.
  const deferredQuery = useDeferredValue(query);
  const groups = useMemo(() => searcher?.search(deferredQuery, { perGroup: PER_GROUP }) ?? [], [searcher, deferredQuery]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const activeHit = open ? hits[Math.min(active, hits.length - 1)] : undefined;
  const optionId = (hit: SearchHit) => `${id}-${hit.key}`;
  useSearchShortcut(inputRef);

  useEffect(() => {
    if (activeHit === undefined) return;
    const option = document.getElementById(`${id}-${activeHit.key}`);
    if (typeof option?.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [activeHit, id]);

  const close = () => {
    setOpen(false);
    setActive(0);
  };
  const choose = (hit: SearchHit | undefined) => {
    if (hit === undefined) return;
    close();
    setQuery('');
    setAnnouncement(jumpTo(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = comboboxAction(event.key, open, query !== '');
    if (action === null || (action === 'choose' && (!open || activeHit === undefined))) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') {
      // The first arrow opens the list; the next ones move through it, round and round.
      if (!open) setOpen(true);
      else if (hits.length > 0) setActive((i) => (i + (action === 'next' ? 1 : hits.length - 1)) % hits.length);
    } else if (action === 'choose') choose(activeHit);
    else if (action === 'close') {
      // Escape closes the list only, not also a panel or a presentation around the header.
      event.stopPropagation();
      close();
    } else setQuery('');
  };

  const searching = query.trim() !== '';
  const ready = searcher !== null;
  const expanded = open && searching;
  const total = groups.reduce((n, g) => n + g.total, 0);
  const found = total === 0 ? `Nothing matches “${deferredQuery.trim()}”.` : `${formatCount(total)} results for “${deferredQuery.trim()}”.`;
  const quotesNote = searcher?.quotes === 'loading' ? ' The quotes are still loading.' : searcher?.quotes === 'error' ? ' The quotes could not be loaded, so they are not searched.' : '';
  const summary = !searching ? '' : !ready ? 'Preparing the search…' : `${found}${quotesNote}`;

  return (
    <div className="global-search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search experts, countries, themes, organisations, quotes and articles
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="global-search__input"
        {...comboboxInputProps({ listId: `${id}-list`, expanded, activeId: activeHit !== undefined ? optionId(activeHit) : undefined })}
        placeholder="Search experts, countries, quotes…"
        aria-describedby={`${id}-status`}
        aria-keyshortcuts="/ Control+K Meta+K"
        value={query}
        onFocus={() => setWanted(true)}
        onChange={(event) => {
          setWanted(true);
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <kbd className="global-search__key" aria-hidden="true">
        /
      </kbd>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {summary || announcement}
      </p>
      <div id={`${id}-list`} ref={listRef} role="listbox" aria-label="Search results" className="global-search__list" hidden={!expanded}>
        {expanded && !ready && <p className="global-search__note">Preparing the search…</p>}
        {expanded && ready && total === 0 && <p className="global-search__note">Nothing matches “{deferredQuery.trim()}”.</p>}
        {expanded &&
          groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="global-search__group">
              <div id={`${id}-${group.kind}`} role="presentation" className="global-search__group-label">
                {GROUP_LABEL[group.kind]} <span className="global-search__count">{countText(group.hits.length, group.total)}</span>
              </div>
              {group.hits.map((hit) => (
                <div
                  key={hit.key}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={hit === activeHit}
                  className="global-search__option"
                  // mousedown, not click: it comes before the input's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(hit);
                  }}
                  onMouseMove={() => setActive(hits.indexOf(hit))}
                >
                  <HitContent hit={hit} />
                </div>
              ))}
            </div>
          ))}
      </div>
    </div>
  );
}
